# Shared helpers of the dossier benchmarks (bench/intake_bench.sh, lookup_bench.sh, list_bench.sh); sourced,
# not run. Loopback only. Expects `work` (a temporary folder the caller removes) to be set.

fetch() { curl --noproxy '*' -fsS "$@"; }

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

wait_for_url() {
  for _ in $(seq 1 200); do
    fetch -o /dev/null "$1" 2>/dev/null && return 0
    sleep 0.05
  done
  echo "bench: $1 did not answer" >&2
  return 1
}

require_tools() {
  for tool in "$@"; do
    command -v "$tool" >/dev/null || { echo "bench: '$tool' is missing" >&2; exit 1; }
  done
}

load_average() { cut -d' ' -f1-3 /proc/loadavg; }

machine_line() {
  echo "machine: $(lscpu | sed -n 's/^Model name: *//p' | head -1), $(nproc) CPUs, $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo); $(date -u '+%Y-%m-%d %H:%M UTC')"
}

# "requests_per_second p50_ms p99_ms max_ms non2xx" from a wrk --latency report.
wrk_summary() {
  awk 'function ms(v) { x = v + 0; if (v ~ /us$/) return x / 1000; if (v ~ /ms$/) return x; if (v ~ /m$/) return x * 60000; if (v ~ /s$/) return x * 1000; return x }
       /^Requests\/sec:/ { rps = $2 }
       $1 == "Latency" && NF >= 4 { max = ms($4) }
       $1 == "50%" { p50 = ms($2) }
       $1 == "99%" { p99 = ms($2) }
       /Non-2xx or 3xx responses:/ { non2xx = $NF }
       END { printf "%s %.2f %.2f %.2f %d\n", rps, p50, p99, max, non2xx + 0 }' "$1"
}

median_column() {  # median of column $2 of file $1
  sort -g -k"$2" "$1" | awk -v c="$2" '{ v[NR] = $c } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# Peak and current resident memory of process $1, in MB: "VmHWM VmRSS".
memory_mb() {
  awk '/^VmHWM:/ { h = $2 } /^VmRSS:/ { r = $2 } END { printf "%.1f %.1f\n", h / 1024, r / 1024 }' "/proc/$1/status"
}

# CPU time (user + system) process $1 has used so far, in milliseconds.
cpu_ms() {
  awk -v hz="$(getconf CLK_TCK)" '{ sub(/^.*\) /, ""); print ($12 + $13) * 1000 / hz }' "/proc/$1/stat"
}

# Starts `motcua serve` on data dir $2 with $3 I/O threads, pinned to CPU list $4 (or "" for none); sets
# server_pid and server_url. $1 is the motcua binary.
start_server() {
  local binary=$1 data=$2 threads=$3 cpus=$4 port
  port=$(free_port)
  local pin=()
  [[ -n "$cpus" ]] && pin=(taskset -c "$cpus")
  "${pin[@]}" "$binary" serve --data "$data" --listen "127.0.0.1:$port" --threads "$threads" \
    >"$work/server.out" 2>&1 &
  server_pid=$!
  server_url="http://127.0.0.1:$port"
  wait_for_url "$server_url/healthz" || { cat "$work/server.out" >&2; exit 1; }
}

stop_server() {
  if [[ -n "${server_pid:-}" ]]; then
    kill -TERM "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
    server_pid=""
  fi
}
