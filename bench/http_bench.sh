#!/usr/bin/env bash
# HTTP load test: MotCua's procedure API against nginx serving a static file of the same size.
#
#   bench/http_bench.sh [path/to/web_bench_server]      (default: build/src/web/web_bench_server)
#
# Builds nothing: build the server first (ninja -C build web_bench_server). Needs wrk, nginx (Debian
# nginx-light), curl, taskset and python3. Loopback only.
#
# The server under test (src/web/web_bench_server.cc: the real procedure API over a generated catalogue, one
# I/O thread) runs pinned to CPU 1; wrk (-t1 -cCONNECTIONS -dDURATION --latency) runs pinned to CPU 0 against
# GET /api/v1/procedures/{code}. A throwaway nginx (own prefix and config in a temp dir, 1 worker, access log
# off, sendfile and open_file_cache on, pinned to CPU 1) serves a static JSON file with the same bytes.
# The two are measured alternately, ROUNDS times each (so a change in background load hits both), and the
# median requests/s and p99 are printed with their ratio.
# Environment: DURATION (10s), CONNECTIONS (32), ROUNDS (3), CODE (1.000042), ACCESS_LOG=1 to measure
# MotCua with its access log on (written to a file) instead of off.
set -euo pipefail

SERVER=${1:-build/src/web/web_bench_server}
DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-32}
ROUNDS=${ROUNDS:-3}
CODE=${CODE:-1.000042}
SERVER_CPU=1
CLIENT_CPU=0

for tool in wrk nginx curl taskset python3; do
  command -v "$tool" >/dev/null || { echo "http_bench: '$tool' is missing" >&2; exit 1; }
done
[[ -x "$SERVER" ]] || { echo "http_bench: no server binary at '$SERVER' (build web_bench_server)" >&2; exit 1; }

work=$(mktemp -d /tmp/motcua-http-bench.XXXXXX)
server_pid=""
nginx_pid=""
cleanup() {
  if [[ -n "$server_pid" ]]; then kill -TERM "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  if [[ -n "$nginx_pid" ]]; then kill -TERM "$nginx_pid" 2>/dev/null || true; wait "$nginx_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

fetch() { curl --noproxy '*' -fsS "$@"; }

wait_for_url() {
  for _ in $(seq 1 100); do
    fetch -o /dev/null "$1" 2>/dev/null && return 0
    sleep 0.05
  done
  echo "http_bench: $1 did not answer" >&2
  return 1
}

# Runs wrk pinned to the client CPU; appends "requests_per_second p99_ms" to $2.
run_wrk() {
  local url=$1 results=$2 out="$work/wrk.txt"
  taskset -c "$CLIENT_CPU" wrk -t1 -c"$CONNECTIONS" -d"$DURATION" --latency "$url" >"$out"
  if grep -q "Non-2xx" "$out"; then
    echo "http_bench: non-2xx answers from $url" >&2
    cat "$out" >&2
    exit 1
  fi
  awk '/^Requests\/sec:/ { rps = $2 }
       $1 == "99%" { v = $2; ms = v + 0;
                     if (v ~ /us$/) ms = ms / 1000; else if (v ~ /ms$/) ms = ms; else if (v ~ /s$/) ms = ms * 1000;
                     p99 = ms }
       END { printf "%s %.2f\n", rps, p99 }' "$out" >>"$results"
}

median_column() {  # median of column $2 of file $1
  sort -g -k"$2" "$1" | awk -v c="$2" '{ v[NR] = $c } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

load_before=$(cut -d' ' -f1-3 /proc/loadavg)

# --- MotCua ---------------------------------------------------------------------------------------------
log_flag=""
[[ "${ACCESS_LOG:-0}" == "1" ]] && log_flag="--access-log"
taskset -c "$SERVER_CPU" "$SERVER" --listen 127.0.0.1:0 --threads 1 $log_flag >"$work/server.out" 2>&1 &
server_pid=$!
port=""
for _ in $(seq 1 100); do
  port=$(sed -n 's/^listening on 127\.0\.0\.1:\([0-9]*\)$/\1/p' "$work/server.out" | head -1)
  [[ -n "$port" ]] && break
  sleep 0.05
done
[[ -n "$port" ]] || { echo "http_bench: server did not start" >&2; cat "$work/server.out" >&2; exit 1; }
motcua_url="http://127.0.0.1:$port/api/v1/procedures/$CODE"
wait_for_url "$motcua_url"
fetch "$motcua_url" -o "$work/procedure.json"
size=$(stat -c %s "$work/procedure.json")

# --- nginx ------------------------------------------------------------------------------------------------
nginx_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
mkdir -p "$work/nginx/html" "$work/nginx/logs" "$work/nginx/tmp"
cp "$work/procedure.json" "$work/nginx/html/procedure.json"
# Run as root, nginx's worker runs as an unprivileged user: let it read the document root.
chmod 755 "$work" "$work/nginx" "$work/nginx/html"
chmod 644 "$work/nginx/html/procedure.json"
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
  open_file_cache_valid 60s;  # no open()/fstat() per request: the stricter baseline
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
taskset -c "$SERVER_CPU" nginx -p "$work/nginx" -e "$work/nginx/logs/error.log" -c "$work/nginx/nginx.conf" \
  -g 'daemon off;' &
nginx_pid=$!
nginx_url="http://127.0.0.1:$nginx_port/procedure.json"
wait_for_url "$nginx_url"
nginx_size=$(fetch "$nginx_url" | wc -c)
[[ "$nginx_size" == "$size" ]] || { echo "http_bench: nginx serves $nginx_size bytes, expected $size" >&2; exit 1; }

# --- measure, alternating ---------------------------------------------------------------------------------
: >"$work/motcua.res"
: >"$work/nginx.res"
taskset -c "$CLIENT_CPU" wrk -t1 -c"$CONNECTIONS" -d2s "$motcua_url" >/dev/null  # warm-up
taskset -c "$CLIENT_CPU" wrk -t1 -c"$CONNECTIONS" -d2s "$nginx_url" >/dev/null
for round in $(seq 1 "$ROUNDS"); do
  run_wrk "$motcua_url" "$work/motcua.res"
  run_wrk "$nginx_url" "$work/nginx.res"
  echo "round $round: motcua $(tail -1 "$work/motcua.res")  nginx $(tail -1 "$work/nginx.res")  (req/s p99_ms)"
done

motcua_rps=$(median_column "$work/motcua.res" 1)
motcua_p99=$(median_column "$work/motcua.res" 2)
nginx_rps=$(median_column "$work/nginx.res" 1)
nginx_p99=$(median_column "$work/nginx.res" 2)

# --- report -----------------------------------------------------------------------------------------------
echo "machine: $(lscpu | sed -n 's/^Model name: *//p' | head -1), $(nproc) CPUs; load average before: $load_before"
echo "server on CPU $SERVER_CPU, wrk on CPU $CLIENT_CPU: wrk -t1 -c$CONNECTIONS -d$DURATION --latency, median of $ROUNDS rounds"
echo "response: $size bytes of JSON (GET /api/v1/procedures/$CODE)${log_flag:+, motcua access log on}"
printf '%-26s %12s %10s\n' "server" "requests/s" "p99 (ms)"
printf '%-26s %12.0f %10s\n' "motcua (1 I/O thread)" "$motcua_rps" "$motcua_p99"
printf '%-26s %12.0f %10s\n' "nginx static (1 worker)" "$nginx_rps" "$nginx_p99"
ratio=$(awk -v a="$motcua_rps" -v b="$nginx_rps" 'BEGIN { printf "%.2f", a / b }')
echo "ratio motcua/nginx: $ratio (target >= 0.50)"
