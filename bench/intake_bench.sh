#!/usr/bin/env bash
# Intake throughput: POST /api/v1/dossiers on the real `motcua serve` against intake_raw_sqlite (the same
# durable work straight on SQLite: sequence, dossier row, one journal event, one transaction each, the
# store's WAL + synchronous=FULL), alternated in the same run. Issue 3's target: ours >= 0.5 of raw.
#
#   bench/intake_bench.sh [BUILD_DIR]          (default: build; needs targets motcua and intake_raw_sqlite)
#
# Makes a fresh data dir in a temporary folder (on the same disk as /tmp): `motcua init`, a province and UNITS
# communes, one desk officer per commune (`motcua user add --role tiep_nhan`) and an API token each
# (`motcua token create`). The server (--threads THREADS) runs pinned to CPU 1, wrk (-t1, CONNECTIONS keep-alive
# connections, bench/intake.lua: varied valid bodies, the units' tokens in turn) pinned to CPU 0; the raw
# program runs pinned to CPU 1 too. ROUNDS rounds of DURATION seconds each side; the medians and their ratio
# are printed. Afterwards it checks the server's database: every 201's code is there, codes run 0001..N
# without a gap in every (unit, day), each dossier has exactly one event, and no answer was other than 201.
# Environment: DURATION (10), CONNECTIONS (16), ROUNDS (3), UNITS (16), THREADS (2).
set -euo pipefail

BUILD=${1:-build}
MOTCUA=$BUILD/src/cli/motcua
RAW=$BUILD/bench/intake_raw_sqlite
DURATION=${DURATION:-10}
CONNECTIONS=${CONNECTIONS:-16}
ROUNDS=${ROUNDS:-3}
UNITS=${UNITS:-16}
THREADS=${THREADS:-2}
HERE=$(cd "$(dirname "$0")" && pwd)

source "$HERE/lib.sh"
require_tools wrk curl taskset python3 sqlite3
[[ -x "$MOTCUA" && -x "$RAW" ]] || { echo "intake_bench: build motcua and intake_raw_sqlite in $BUILD" >&2; exit 1; }

work=$(mktemp -d /tmp/motcua-intake-bench.XXXXXX)
server_pid=""
trap 'stop_server; rm -rf "$work"' EXIT
data=$work/data

# --- a fresh deployment through the CLI ------------------------------------------------------------------
"$MOTCUA" init --data "$data" >/dev/null
"$MOTCUA" unit add --data "$data" --code 000.00.00.H31 --name "UBND tỉnh Thử Nghiệm" >/dev/null
: >"$work/tokens.txt"
for i in $(seq 1 "$UNITS"); do
  code=$(printf '000.00.%02d.H31' "$i")
  "$MOTCUA" unit add --data "$data" --code "$code" --name "UBND xã Thử Nghiệm $i" --parent 000.00.00.H31 >/dev/null
  head -c 18 /dev/urandom | base64 | "$MOTCUA" user add --data "$data" --username "letan.$i" \
    --name "Cán bộ tiếp nhận $i" --unit "$code" --role tiep_nhan --password-stdin >/dev/null 2>&1
  "$MOTCUA" token create --data "$data" --username "letan.$i" --name "intake bench" 2>/dev/null >>"$work/tokens.txt"
done
[[ $(wc -l <"$work/tokens.txt") -eq $UNITS ]] || { echo "intake_bench: token creation failed" >&2; exit 1; }

start_server "$MOTCUA" "$data" "$THREADS" 1
url="$server_url/api/v1/dossiers"

load_before=$(load_average)
# Warm-up (its dossiers are checked with the rest).
taskset -c 0 wrk -t1 -c"$CONNECTIONS" -d2s -s "$HERE/intake.lua" "$url" -- "$work/tokens.txt" "$work/loc.warmup" \
  >"$work/wrk.warmup" 2>&1
sqlite3 "$data/motcua.db" "SELECT body FROM dossier_events ORDER BY id DESC LIMIT 1" >"$work/payload.json"

: >"$work/motcua.res"
: >"$work/raw.res"
total_created=$(awk '/^created/ { print $2 }' "$work/wrk.warmup")
total_other=$(awk '/^other/ { print $2 }' "$work/wrk.warmup")
for round in $(seq 1 "$ROUNDS"); do
  load=$(load_average)
  cpu_before=$(cpu_ms "$server_pid")
  taskset -c 0 wrk -t1 -c"$CONNECTIONS" -d"${DURATION}s" --latency -s "$HERE/intake.lua" "$url" \
    -- "$work/tokens.txt" "$work/loc.$round" >"$work/wrk.$round" 2>&1
  cpu_after=$(cpu_ms "$server_pid")
  read -r rps p50 p99 max non2xx < <(wrk_summary "$work/wrk.$round")
  server_cpu=$(awk -v a="$cpu_before" -v b="$cpu_after" -v n="$(awk '/requests in/ { print $1 }' "$work/wrk.$round")" \
    'BEGIN { printf "%.0f", (b - a) * 1000 / n }')
  created=$(awk '/^created/ { print $2 }' "$work/wrk.$round")
  other=$(awk '/^other/ { print $2 }' "$work/wrk.$round")
  total_created=$((total_created + created))
  total_other=$((total_other + other + non2xx))
  taskset -c 1 "$RAW" --db "$work/raw.db" --payload "$work/payload.json" --seconds "$DURATION" --units "$UNITS" \
    >"$work/raw.$round"
  raw_rps=$(awk '/^raw_tx_per_s/ { print $2 }' "$work/raw.$round")
  raw_cpu=$(awk '/^raw_cpu_us_per_tx/ { print $2 }' "$work/raw.$round")
  echo "$rps $p99 $server_cpu" >>"$work/motcua.res"
  echo "$raw_rps $raw_cpu" >>"$work/raw.res"
  printf 'round %d (load %s): motcua %.0f req/s (p50 %s ms, p99 %s ms, CPU %s us/req, %d created, %d other)  raw %.0f tx/s (CPU %s us/tx)  ratio %.2f\n' \
    "$round" "$load" "$rps" "$p50" "$p99" "$server_cpu" "$created" "$other" "$raw_rps" "$raw_cpu" \
    "$(awk -v a="$rps" -v b="$raw_rps" 'BEGIN { print a / b }')"
done
load_after=$(load_average)
stop_server

# --- checks on the server's database ----------------------------------------------------------------------
db=$data/motcua.db
cat "$work"/loc.* | sed 's|^/api/v1/dossiers/||' | sort >"$work/codes.wrk"
sqlite3 "$db" "SELECT code FROM dossiers ORDER BY code" >"$work/codes.db"
stored=$(wc -l <"$work/codes.db")
answered=$(wc -l <"$work/codes.wrk")
missing=$(comm -23 "$work/codes.wrk" "$work/codes.db" | wc -l)
unanswered=$(comm -13 "$work/codes.wrk" "$work/codes.db" | wc -l)
duplicates=$(uniq -d "$work/codes.wrk" | wc -l)
gaps=$(sqlite3 "$db" "SELECT count(*) FROM (SELECT unit_code, substr(code, 15, 6) AS day, count(*) AS n,
         max(CAST(substr(code, 22, 4) AS INTEGER)) AS top FROM dossiers GROUP BY 1, 2) WHERE n <> top")
sequence_mismatch=$(sqlite3 "$db" "SELECT count(*) FROM dossier_sequences s WHERE s.last_number <>
         (SELECT count(*) FROM dossiers d WHERE d.unit_code = s.unit_code AND substr(d.code, 15, 6) =
          substr(s.day, 3, 2) || substr(s.day, 6, 2) || substr(s.day, 9, 2))")
events=$(sqlite3 "$db" "SELECT count(*) FROM dossier_events")
raw_gaps=$(sqlite3 "$work/raw.db" "SELECT count(*) FROM (SELECT unit_code, substr(code, 15, 6) AS day, count(*) AS n,
         max(CAST(substr(code, 22, 4) AS INTEGER)) AS top FROM dossiers GROUP BY 1, 2) WHERE n <> top")
raw_size=$(sqlite3 "$work/raw.db" "SELECT avg(length(body)) FROM dossier_events")
our_size=$(sqlite3 "$db" "SELECT avg(length(body)) FROM dossier_events")

motcua_rps=$(median_column "$work/motcua.res" 1)
motcua_p99=$(median_column "$work/motcua.res" 2)
raw_rps=$(median_column "$work/raw.res" 1)
ratio=$(awk -v a="$motcua_rps" -v b="$raw_rps" 'BEGIN { printf "%.2f", a / b }')

echo
machine_line
echo "filesystem of the databases: $(stat -f -c %T "$work") ($(df --output=source "$work" | tail -1)); load average before $load_before, after $load_after"
echo "server: motcua serve --threads $THREADS on CPU 1; wrk -t1 -c$CONNECTIONS -d${DURATION}s on CPU 0; raw program 1 thread on CPU 1; $UNITS units"
echo "journal event body: motcua avg $our_size bytes, raw avg $raw_size bytes"
printf '%-34s %12s %10s %14s\n' "" "per second" "p99 (ms)" "CPU us each"
printf '%-34s %12.0f %10s %14s\n' "motcua POST /api/v1/dossiers" "$motcua_rps" "$motcua_p99" "$(median_column "$work/motcua.res" 3)"
printf '%-34s %12.0f %10s %14s\n' "raw SQLite transaction" "$raw_rps" "-" "$(median_column "$work/raw.res" 2)"
echo "ratio motcua/raw (median of $ROUNDS rounds): $ratio (target >= 0.50)"
echo "check: $stored dossiers stored, $events events; wrk got $answered 201s ($duplicates duplicate codes), $total_other other answers"
echo "check: 201 codes missing from the database: $missing; stored codes whose answer wrk did not read (in flight when wrk stopped): $unanswered"
echo "check: (unit, day) groups with a gap: $gaps; sequences not equal to the count: $sequence_mismatch; raw db groups with a gap: $raw_gaps"
if [[ $missing -ne 0 || $duplicates -ne 0 || $total_other -ne 0 || $gaps -ne 0 || $sequence_mismatch -ne 0 ||
      $events -ne $stored || $unanswered -gt $((CONNECTIONS * (ROUNDS + 1))) ]]; then
  echo "intake_bench: CHECK FAILED" >&2
  exit 1
fi
echo "checks passed"
