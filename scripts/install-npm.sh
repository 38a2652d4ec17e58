#!/bin/sh
# Installs the browser tests' one npm package (playwright-core, pinned in tests/e2e/package-lock.json) into
# tests/e2e/node_modules with `npm ci`: the exact locked version, nothing else, and no browser download
# (playwright-core has none; the tests drive Debian's chromium, which scripts/install-deps.sh installs).
# Needs node >= 20 and npm, and access to the npm registry (or a configured mirror).
set -eu
cd "$(dirname "$0")/../tests/e2e"
if ! command -v npm >/dev/null 2>&1; then
  echo "install-npm.sh: npm is missing (install nodejs >= 20)" >&2
  exit 1
fi
npm ci --no-audit --no-fund
node -e "require('playwright-core'); console.log('playwright-core', require('playwright-core/package.json').version)"
