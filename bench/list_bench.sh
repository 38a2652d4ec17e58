#!/usr/bin/env bash
# Lists and text search over a large store: GET /api/v1/dossiers as the desk officer of the busiest unit of a
# data dir seeded by bench/seed_dossiers (1,000,000 dossiers over 100 communes in docs/benchmarks.md), one
# scenario at a time: the default list (first pages, newest first), a status filter, overdue, and q= text
# search with a fragment of an applicant's name, of a citizen ID, and a dossier code. Issue 3's targets:
# p99 under 20 ms, server memory under 100 MB (VmHWM, the peak resident set, read from /proc at the end).
#
#   bench/list_bench.sh BUILD_DIR DATA_DIR
#
# Works on either backend: DATA_DIR's database is whatever `motcua init --data DATA_DIR [--database URL]` made.
# The server runs with THREADS I/O threads (default 2, one per core, as deployed) and wrk -t1 -cCONNECTIONS
# beside it (not pinned: both share the 2 cores). ROUNDS rounds; each round runs every scenario once for
# DURATION, so background load hits all of them; the medians are printed, with the server's CPU time per
# request (utime + stime from /proc: what a query costs, whatever else the machine is doing).
# Environment: DURATION (10s), CONNECTIONS (2), ROUNDS (3), THREADS (2), MODES ("default status overdue name
# id code").
set -euo pipefail

BUILD=${1:?usage: list_bench.sh BUILD_DIR DATA_DIR}
DATA=${2:?usage: list_bench.sh BUILD_DIR DATA_DIR}
MOTCUA=$BUILD/src/cli/motcua
DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-2}
ROUNDS=${ROUNDS:-3}
THREADS=${THREADS:-2}
MODES=${MODES:-default status overdue name id code}
HERE=$(cd "$(dirname "$0")" && pwd)
SAMPLES=$DATA/bench-samples

source "$HERE/lib.sh"
require_tools wrk curl python3
[[ -x "$MOTCUA" ]] || { echo "list_bench: no motcua binary in $BUILD" >&2; exit 1; }
[[ -s "$SAMPLES/unit.txt" ]] || { echo "list_bench: $SAMPLES is missing (run seed_dossiers)" >&2; exit 1; }

work=$(mktemp -d /tmp/motcua-list-bench.XXXXXX)
server_pid=""
trap 'stop_server; rm -rf "$work"' EXIT

unit=$(sed -n 1p "$SAMPLES/unit.txt")
officer=$(sed -n 2p "$SAMPLES/unit.txt")
token=$("$MOTCUA" token create --data "$DATA" --username "$officer" --name "list bench $(date +%s)" 2>/dev/null)

start_server "$MOTCUA" "$DATA" "$THREADS" ""
read -r hwm_start rss_start < <(memory_mb "$server_pid")

# One request per scenario, to show how many dossiers each matches.
declare -A example=(
  [default]="offset=0" [status]="status=in_progress" [overdue]="overdue=true"
  [name]="q=$(head -1 "$SAMPLES/unit-names.txt")" [id]="q=$(head -1 "$SAMPLES/unit-ids.txt")"
  [code]="q=$(head -1 "$SAMPLES/unit-codes.txt")")
echo "unit $unit, officer $officer"
for mode in $MODES; do
  total=$(fetch -H "Authorization: Bearer $token" "$server_url/api/v1/dossiers?${example[$mode]}" |
    python3 -c 'import json, sys; d = json.load(sys.stdin); print(d["total"], len(d["items"]))')
  echo "  $mode: ?${example[$mode]} -> total, items: $total"
done

load_before=$(load_average)
for mode in $MODES; do
  wrk -t1 -c"$CONNECTIONS" -d1s -s "$HERE/list.lua" "$server_url" -- "$mode" "$SAMPLES" "$token" >/dev/null
  : >"$work/$mode.res"
done
for round in $(seq 1 "$ROUNDS"); do
  for mode in $MODES; do
    load=$(load_average)
    cpu_before=$(cpu_ms "$server_pid")
    wrk -t1 -c"$CONNECTIONS" -d"$DURATION" --latency -s "$HERE/list.lua" "$server_url" \
      -- "$mode" "$SAMPLES" "$token" >"$work/wrk.$mode.$round"
    cpu_after=$(cpu_ms "$server_pid")
    read -r rps p50 p99 max bad < <(wrk_summary "$work/wrk.$mode.$round")
    requests=$(awk '/requests in/ { print $1 }' "$work/wrk.$mode.$round")
    cpu=$(awk -v a="$cpu_before" -v b="$cpu_after" -v n="$requests" 'BEGIN { printf "%.2f", (b - a) / n }')
    if [[ $bad -ne 0 ]]; then
      echo "list_bench: $bad non-2xx answers in $mode" >&2
      cat "$work/wrk.$mode.$round" >&2
      exit 1
    fi
    echo "$rps $p50 $p99 $max $cpu" >>"$work/$mode.res"
    printf 'round %d %-8s (load %s): %7.1f req/s  p50 %6.2f  p99 %6.2f  max %7.2f ms  server CPU %s ms/request\n' \
      "$round" "$mode" "$load" "$rps" "$p50" "$p99" "$max" "$cpu"
  done
done
read -r hwm rss < <(memory_mb "$server_pid")
load_after=$(load_average)

echo
machine_line
echo "database: $("$MOTCUA" --version 2>/dev/null | head -1) $(cat "$DATA/database.url" 2>/dev/null || echo "sqlite:$DATA/motcua.db")"
echo "load average before $load_before, after $load_after"
echo "server --threads $THREADS, wrk -t1 -c$CONNECTIONS -d$DURATION (unpinned), median of $ROUNDS rounds"
printf '%-10s %10s %9s %9s %9s %14s\n' "scenario" "req/s" "p50 ms" "p99 ms" "max ms" "CPU ms/req"
for mode in $MODES; do
  printf '%-10s %10.1f %9.2f %9.2f %9.2f %14.2f\n' "$mode" "$(median_column "$work/$mode.res" 1)" \
    "$(median_column "$work/$mode.res" 2)" "$(median_column "$work/$mode.res" 3)" \
    "$(median_column "$work/$mode.res" 4)" "$(median_column "$work/$mode.res" 5)"
done
echo "server memory: VmHWM $hwm MB (peak), VmRSS $rss MB at the end; $hwm_start MB after start (target < 100 MB)"
