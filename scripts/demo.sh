#!/usr/bin/env bash
# README's main command: installs dependencies when missing, builds, and runs the whole flow on the embedded example.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
CI_QUIET=1 node esbuild.mjs
exec node dist/cli/callhome.js demo "$@"
