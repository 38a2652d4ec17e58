#!/usr/bin/env bash
# Runs every test: the C++ suites built with gcc (warnings are errors), the same suites again built with clang
# under AddressSanitizer + UndefinedBehaviorSanitizer (with short libFuzzer runs of each fuzz target), all
# against SQLite and a throwaway PostgreSQL that this script starts (scripts/with-postgres.sh).
# Fails, never skips, when a part cannot run. Usage: scripts/test.sh   (from anywhere)
set -euo pipefail
cd "$(dirname "$0")/.."

export CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/motcua-ccache}"
export CCACHE_MAXSIZE="${CCACHE_MAXSIZE:-5G}"
export CTEST_OUTPUT_ON_FAILURE=1
jobs="$(nproc)"

step() { printf '\n== %s ==\n' "$*"; }

step "build (gcc, -Werror)"
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMOTCUA_BENCH=ON >/dev/null
ninja -C build -j "$jobs"

step "build (clang, ASan + UBSan + fuzz targets)"
cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
  -DMOTCUA_SANITIZE=ON -DMOTCUA_FUZZ=ON -DMOTCUA_BENCH=OFF >/dev/null
ninja -C build-asan -j "$jobs"

export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"

step "tests (gcc build) and tests under sanitizers (clang build), SQLite + PostgreSQL"
scripts/with-postgres.sh bash -c '
  set -e
  ctest --test-dir build -j 2 --timeout 600
  ctest --test-dir build-asan -j 2 --timeout 900
'
