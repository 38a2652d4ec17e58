#!/usr/bin/env bash
# Runs a command beside a throwaway PostgreSQL 15: a fresh cluster in a new temporary folder, listening only on
# a Unix socket in that folder (no TCP), with a database motcua_test, and
#   MOTCUA_TEST_PG="host=<socket folder> dbname=motcua_test user=postgres"
# exported to the command. The server is stopped and the folder removed whatever the command's outcome; the
# script exits with the command's exit code. Works as root (initdb and pg_ctl then run as the `postgres` OS
# user, which they require) or as an ordinary user. fsync is off: the data is thrown away.
#
# Usage: scripts/with-postgres.sh CMD [ARGS...]
#   e.g. scripts/with-postgres.sh ctest --test-dir build -R store_test --output-on-failure
set -euo pipefail

if [[ $# -eq 0 ]]; then
  echo "usage: $0 CMD [ARGS...]" >&2
  exit 2
fi

PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"
for tool in initdb pg_ctl pg_isready createdb; do
  if [[ ! -x "$PG_BIN/$tool" ]]; then
    echo "with-postgres: $PG_BIN/$tool not found; install postgresql-15 (scripts/install-deps.sh) or set PG_BIN" >&2
    exit 2
  fi
done

# As root, the cluster belongs to the postgres OS user; otherwise to whoever runs this.
if [[ "$(id -u)" -eq 0 ]]; then
  if ! id postgres >/dev/null 2>&1; then
    echo "with-postgres: running as root but there is no 'postgres' user (install postgresql-15)" >&2
    exit 2
  fi
  as_owner() { runuser -u postgres -- "$@"; }
else
  as_owner() { "$@"; }
fi

# A short path: the socket path must stay under the 107-byte limit of sun_path.
dir="$(mktemp -d /tmp/motcua-pg.XXXXXX)"
if [[ "$(id -u)" -eq 0 ]]; then chown postgres: "$dir"; fi
chmod 700 "$dir"
data="$dir/data"
log="$dir/server.log"

cleanup() {
  local rc=$?
  if [[ -f "$data/postmaster.pid" ]]; then
    (cd "$dir" && as_owner "$PG_BIN/pg_ctl" stop -D "$data" -m fast -w -t 30 >/dev/null 2>&1) ||
      (cd "$dir" && as_owner "$PG_BIN/pg_ctl" stop -D "$data" -m immediate -w -t 30 >/dev/null 2>&1) || true
  fi
  rm -rf "$dir"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

fail_start() {
  echo "with-postgres: $1" >&2
  for f in "$dir/initdb.log" "$dir/pg_ctl.log" "$log"; do
    if [[ -f "$f" ]]; then
      echo "---- $f ----" >&2
      cat "$f" >&2
    fi
  done
  exit 1
}

# The owner's commands run from inside the folder: the caller's directory may not be readable by postgres.
cd "$dir"
as_owner "$PG_BIN/initdb" -D "$data" -U postgres -A trust -E UTF8 --no-locale --no-sync >"$dir/initdb.log" 2>&1 ||
  fail_start "initdb failed"
as_owner "$PG_BIN/pg_ctl" start -D "$data" -l "$log" -w -t 60 \
  -o "-c listen_addresses='' -c unix_socket_directories='$dir' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
  >"$dir/pg_ctl.log" 2>&1 || fail_start "the server did not start"
as_owner "$PG_BIN/pg_isready" -h "$dir" -U postgres -t 30 >/dev/null 2>&1 || fail_start "the server does not answer"
as_owner "$PG_BIN/createdb" -h "$dir" -U postgres motcua_test >>"$log" 2>&1 || fail_start "createdb failed"
cd - >/dev/null

export MOTCUA_TEST_PG="host=$dir dbname=motcua_test user=postgres"
echo "with-postgres: PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on $dir; MOTCUA_TEST_PG=\"$MOTCUA_TEST_PG\"" >&2

set +e
"$@"
rc=$?
set -e
exit "$rc"
