#!/usr/bin/env bash
# The list and search benchmark on PostgreSQL 15. Starts a throwaway cluster (scripts/with-postgres.sh: Unix
# socket only, fsync off, removed afterwards), creates the schema with `motcua init --database`, copies into it
# the rows of a SQLite data dir seeded by bench/seed_dossiers (units, users, sequences, dossiers and their
# journal, column for column: the same rows the engine wrote), runs VACUUM ANALYZE (what autovacuum does after
# a bulk load), prints the database size and EXPLAIN ANALYZE of the list queries, then runs
# bench/list_bench.sh against it.
#
#   bench/pg_list_bench.sh BUILD_DIR SQLITE_DATA_DIR
#
# Why a copy: seeding through the store on PostgreSQL makes one round trip per row (about 10 per dossier);
# on this machine that was about 160 dossiers/s, so a million would take hours. Environment: list_bench.sh's.
set -euo pipefail

BUILD=${1:?usage: pg_list_bench.sh BUILD_DIR SQLITE_DATA_DIR}
SOURCE=${2:?usage: pg_list_bench.sh BUILD_DIR SQLITE_DATA_DIR}
HERE=$(cd "$(dirname "$0")" && pwd)
if [[ -z "${MOTCUA_TEST_PG:-}" ]]; then
  exec "$HERE/../scripts/with-postgres.sh" "$0" "$@"
fi
MOTCUA=$BUILD/src/cli/motcua
data=$(mktemp -d /tmp/motcua-pg-list.XXXXXX)
trap 'rm -rf "$data"' EXIT
pg() { psql "$MOTCUA_TEST_PG" -X -q -A -t -v ON_ERROR_STOP=1 -c "$1"; }

# copy TABLE COLUMNS [ORDER BY]: the SQLite rows into the PostgreSQL table (NULL unquoted, '' quoted).
copy() {
  sqlite3 -csv "$SOURCE/motcua.db" "SELECT $2 FROM $1 ${3:-}" |
    psql "$MOTCUA_TEST_PG" -X -q -v ON_ERROR_STOP=1 -c "\\copy $1 ($2) FROM STDIN WITH (FORMAT csv)"
}

"$MOTCUA" init --data "$data" --database "$MOTCUA_TEST_PG" >/dev/null
cp -r "$SOURCE/bench-samples" "$data/"
echo "copying the rows of $SOURCE/motcua.db (load average $(cut -d' ' -f1-3 /proc/loadavg))"
start=$(date +%s)
copy units "code, name, parent_code, effective_from, effective_to, office_hours, day_overrides" \
  "ORDER BY parent_code IS NOT NULL, code"
copy users "id, username, display_name, unit_code, roles, fields, password_hash, disabled, created_at, updated_at"
pg "SELECT setval(pg_get_serial_sequence('users', 'id'), (SELECT max(id) FROM users))" >/dev/null
copy dossier_sequences "unit_code, day, last_number"
copy dossiers "code, unit_code, procedure_code, field_code, case_index, rule_version, channel, state, status_code,
  applicant_name, applicant_id_number, search_key, assignee, external_code, submitted_at, received_at, legal_due,
  appointment, paused, apologised, resolution, resolved_at, returned_at, closure, closed_at, evaluation,
  event_count, last_event_at"
copy dossier_events "id, dossier_code, seq, kind, at, actor, body, recorded_at"
pg "SELECT setval(pg_get_serial_sequence('dossier_events', 'id'), (SELECT max(id) FROM dossier_events))" >/dev/null
echo "copy took $(($(date +%s) - start)) s"
start=$(date +%s)
pg "VACUUM ANALYZE"
echo "VACUUM ANALYZE took $(($(date +%s) - start)) s; load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "rows: $(pg "SELECT count(*) FROM dossiers") dossiers, $(pg "SELECT count(*) FROM dossier_events") events;" \
  "database $(pg "SELECT pg_size_pretty(pg_database_size(current_database()))"):" \
  "dossiers $(pg "SELECT pg_size_pretty(pg_total_relation_size('dossiers'))")," \
  "dossier_events $(pg "SELECT pg_size_pretty(pg_total_relation_size('dossier_events'))")"

unit=$(sed -n 1p "$data/bench-samples/unit.txt")
now=$(date +%s)
cols="code, unit_code, procedure_code, field_code, case_index, channel, state, status_code, applicant_name"
order="ORDER BY received_at DESC NULLS LAST, code DESC LIMIT 50 OFFSET 0"
explain() {
  echo "-- $1"
  pg "EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY ON) $2" | grep -v '^$'
}
explain "default page" "SELECT $cols FROM dossiers WHERE unit_code IN ('$unit') $order"
explain "default count" "SELECT COUNT(*) FROM dossiers WHERE unit_code IN ('$unit')"
explain "status page, a rare state" \
  "SELECT $cols FROM dossiers WHERE unit_code IN ('$unit') AND state IN ('supplement_requested') $order"
explain "overdue page" "SELECT $cols FROM dossiers WHERE unit_code IN ('$unit') AND legal_due < $now AND
  resolution = '' AND closure = '' AND returned_at IS NULL AND paused = false $order"
explain "text page, a rare word" \
  "SELECT $cols FROM dossiers WHERE unit_code IN ('$unit') AND search_key LIKE '%702936%' ESCAPE '!' $order"
explain "text count, a common word" \
  "SELECT COUNT(*) FROM dossiers WHERE unit_code IN ('$unit') AND search_key LIKE '%huong%' ESCAPE '!'"

"$HERE/list_bench.sh" "$BUILD" "$data"
