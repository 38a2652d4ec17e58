#!/usr/bin/env bash
# Installs every Debian package MotCua needs to build, run, test and benchmark on a fresh Debian 12 machine.
# Idempotent; needs root (or sudo). Then installs the browser tests' npm package (scripts/install-npm.sh).
set -euo pipefail

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

packages=(
  # toolchain
  build-essential cmake ninja-build ccache pkg-config git clang libclang-rt-14-dev clang-format
  # libraries (DESIGN.md "Chosen dependencies")
  libboost1.81-dev libboost-url1.81-dev nlohmann-json3-dev libsqlite3-dev libpq-dev
  libspdlog-dev libfmt-dev libcli11-dev libsodium-dev libutf8proc-dev libmagic-dev libmagic1 libmagic-mgc
  libxlsxwriter-dev libzip-dev libpugixml-dev libcairo2-dev libpango1.0-dev libqrencode-dev
  libkainjow-mustache-dev
  # fonts with Vietnamese glyphs for PDFs
  fonts-liberation fonts-dejavu-core
  # tests and benchmarks
  libgtest-dev libgmock-dev libbenchmark-dev postgresql-15 postgresql-client-15 curl
  wrk nginx-light util-linux
  # browser tests (tests/e2e: Debian's chromium driven by npm playwright-core) and export checks (reports and
  # forms are opened by LibreOffice headless; PDFs are read back with pdftotext/pdftoppm, QR codes with zbarimg)
  chromium libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils zbar-tools fonts-liberation2 unzip
)

if [ -z "${MOTCUA_SKIP_APT_UPDATE:-}" ]; then
  $SUDO apt-get update -q
fi
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${packages[@]}"

# The browser tests' one npm package, with the machine's Node.js (not a Debian package: see install-npm.sh).
"$(dirname "$0")/install-npm.sh"
