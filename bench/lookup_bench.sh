#!/usr/bin/env bash
# Public lookup: GET /api/v1/public/dossiers/{code} on the real `motcua serve` for random existing codes,
# against nginx serving a static file with the same bytes as one answer, alternated in the same run.
# Issue 3's target: at least half of nginx's rate, p99 under 5 ms.
#
#   bench/lookup_bench.sh BUILD_DIR DATA_DIR
#
# DATA_DIR is a data dir seeded by bench/seed_dossiers (its bench-samples/codes.txt has 10,000 random codes);
# see docs/benchmarks.md. The server (one I/O thread, as web_bench_server in http_bench.sh) and a throwaway
# nginx (1 worker, access log off, sendfile, open_file_cache) run pinned to CPU 1, wrk (-t1 -cCONNECTIONS,
# bench/lookup.lua) pinned to CPU 0. ROUNDS rounds of DURATION each, alternating; medians and the ratio, of
# requests per second and of CPU time per request (each server's utime + stime from /proc, which background
# load on the shared machine disturbs far less than the rate).
# Environment: DURATION (10s), CONNECTIONS (32), ROUNDS (3), THREADS (1).
set -euo pipefail

BUILD=${1:?usage: lookup_bench.sh BUILD_DIR DATA_DIR}
DATA=${2:?usage: lookup_bench.sh BUILD_DIR DATA_DIR}
MOTCUA=$BUILD/src/cli/motcua
DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-32}
ROUNDS=${ROUNDS:-3}
THREADS=${THREADS:-1}
HERE=$(cd "$(dirname "$0")" && pwd)
CODES=$DATA/bench-samples/codes.txt

source "$HERE/lib.sh"
require_tools wrk nginx curl taskset python3
[[ -x "$MOTCUA" ]] || { echo "lookup_bench: no motcua binary in $BUILD" >&2; exit 1; }
[[ -s "$CODES" ]] || { echo "lookup_bench: $CODES is missing (run seed_dossiers)" >&2; exit 1; }

work=$(mktemp -d /tmp/motcua-lookup-bench.XXXXXX)
server_pid=""
nginx_pid=""
cleanup() {
  stop_server
  if [[ -n "$nginx_pid" ]]; then kill -TERM "$nginx_pid" 2>/dev/null || true; wait "$nginx_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

start_server "$MOTCUA" "$DATA" "$THREADS" 1
sample_code=$(head -1 "$CODES")
fetch "$server_url/api/v1/public/dossiers/$sample_code" -o "$work/answer.json"
size=$(stat -c %s "$work/answer.json")

nginx_port=$(free_port)
mkdir -p "$work/nginx/html" "$work/nginx/logs" "$work/nginx/tmp"
cp "$work/answer.json" "$work/nginx/html/answer.json"
chmod 755 "$work" "$work/nginx" "$work/nginx/html"
chmod 644 "$work/nginx/html/answer.json"
cat >"$work/nginx/nginx.conf" <<EOF
worker_processes 1;
pid $work/nginx/nginx.pid;
error_log $work/nginx/logs/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  types { application/json json; }
  default_type application/octet-stream;
  sendfile on;
  tcp_nodelay on;
  open_file_cache max=16 inactive=60s;
  open_file_cache_valid 60s;
  keepalive_requests 1000;
  client_body_temp_path $work/nginx/tmp/body;
  proxy_temp_path $work/nginx/tmp/proxy;
  fastcgi_temp_path $work/nginx/tmp/fastcgi;
  uwsgi_temp_path $work/nginx/tmp/uwsgi;
  scgi_temp_path $work/nginx/tmp/scgi;
  server {
    listen 127.0.0.1:$nginx_port;
    root $work/nginx/html;
  }
}
EOF
taskset -c 1 nginx -p "$work/nginx" -e "$work/nginx/logs/error.log" -c "$work/nginx/nginx.conf" -g 'daemon off;' &
nginx_pid=$!
nginx_url="http://127.0.0.1:$nginx_port/answer.json"
wait_for_url "$nginx_url"
nginx_worker=$(pgrep -P "$nginx_pid" | head -1)
[[ "$(fetch "$nginx_url" | wc -c)" == "$size" ]] || { echo "lookup_bench: nginx serves other bytes" >&2; exit 1; }

load_before=$(load_average)
taskset -c 0 wrk -t1 -c"$CONNECTIONS" -d2s -s "$HERE/lookup.lua" "$server_url" -- "$CODES" >/dev/null
taskset -c 0 wrk -t1 -c"$CONNECTIONS" -d2s "$nginx_url" >/dev/null
: >"$work/motcua.res"
: >"$work/nginx.res"
for round in $(seq 1 "$ROUNDS"); do
  load=$(load_average)
  cpu_before=$(cpu_ms "$server_pid")
  taskset -c 0 wrk -t1 -c"$CONNECTIONS" -d"$DURATION" --latency -s "$HERE/lookup.lua" "$server_url" -- "$CODES" \
    >"$work/wrk.motcua.$round"
  m_cpu=$(awk -v a="$cpu_before" -v b="$(cpu_ms "$server_pid")" -v n="$(awk '/requests in/ { print $1 }' "$work/wrk.motcua.$round")" \
    'BEGIN { printf "%.1f", (b - a) * 1000 / n }')
  cpu_before=$(cpu_ms "$nginx_worker")
  taskset -c 0 wrk -t1 -c"$CONNECTIONS" -d"$DURATION" --latency "$nginx_url" >"$work/wrk.nginx.$round"
  n_cpu=$(awk -v a="$cpu_before" -v b="$(cpu_ms "$nginx_worker")" -v n="$(awk '/requests in/ { print $1 }' "$work/wrk.nginx.$round")" \
    'BEGIN { printf "%.1f", (b - a) * 1000 / n }')
  read -r m_rps m_p50 m_p99 m_max m_bad < <(wrk_summary "$work/wrk.motcua.$round")
  read -r n_rps n_p50 n_p99 n_max n_bad < <(wrk_summary "$work/wrk.nginx.$round")
  if [[ $m_bad -ne 0 || $n_bad -ne 0 ]]; then
    echo "lookup_bench: non-2xx answers (motcua $m_bad, nginx $n_bad)" >&2
    cat "$work/wrk.motcua.$round" >&2
    exit 1
  fi
  echo "$m_rps $m_p99 $m_cpu" >>"$work/motcua.res"
  echo "$n_rps $n_p99 $n_cpu" >>"$work/nginx.res"
  printf 'round %d (load %s): motcua %.0f req/s p50 %s p99 %s ms CPU %s us/req  nginx %.0f req/s p50 %s p99 %s ms CPU %s us/req\n' \
    "$round" "$load" "$m_rps" "$m_p50" "$m_p99" "$m_cpu" "$n_rps" "$n_p50" "$n_p99" "$n_cpu"
done
read -r hwm rss < <(memory_mb "$server_pid")
load_after=$(load_average)

motcua_rps=$(median_column "$work/motcua.res" 1)
motcua_p99=$(median_column "$work/motcua.res" 2)
nginx_rps=$(median_column "$work/nginx.res" 1)
nginx_p99=$(median_column "$work/nginx.res" 2)
dossiers=$(sqlite3 "$DATA/motcua.db" "SELECT count(*) FROM dossiers" 2>/dev/null || echo "?")

echo
machine_line
echo "load average before $load_before, after $load_after; server RSS peak $hwm MB"
echo "database: $DATA ($dossiers dossiers); $(wc -l <"$CODES") random codes; answer $size bytes"
echo "server (--threads $THREADS) and nginx (1 worker) on CPU 1, wrk -t1 -c$CONNECTIONS -d$DURATION on CPU 0, median of $ROUNDS rounds"
motcua_cpu=$(median_column "$work/motcua.res" 3)
nginx_cpu=$(median_column "$work/nginx.res" 3)
printf '%-42s %12s %10s %16s\n' "" "requests/s" "p99 (ms)" "server CPU us/req"
printf '%-42s %12.0f %10s %16s\n' "motcua GET /api/v1/public/dossiers/{code}" "$motcua_rps" "$motcua_p99" "$motcua_cpu"
printf '%-42s %12.0f %10s %16s\n' "nginx static file" "$nginx_rps" "$nginx_p99" "$nginx_cpu"
echo "ratio motcua/nginx: $(awk -v a="$motcua_rps" -v b="$nginx_rps" 'BEGIN { printf "%.2f", a / b }') requests/s," \
  "$(awk -v a="$nginx_cpu" -v b="$motcua_cpu" 'BEGIN { printf "%.2f", a / b }') by CPU per request (target >= 0.50, p99 < 5 ms)"
