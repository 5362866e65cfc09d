#!/usr/bin/env bash
# End-to-end tests in a real VS Code (code-server + headless chromium; see test/e2e/run-in-code-server.mjs).
#   bash scripts/test-e2e.sh                               # the extension from the repo (development path)
#   CALLHOME_E2E_VSIX=callhome-toolkit-0.1.0.vsix bash scripts/test-e2e.sh
#                                                          # ... then the same suite again against that .vsix, installed
# Env: CALLHOME_VSCODE_HOST (host install dir, default ~/.cache/callhome-vscode-host), SKIP_APT=1,
#      CALLHOME_E2E_TIMEOUT (seconds per run, default 600), KEEP_TMP=1, VERBOSE=1.
# Exit code: 0 when every run passed; otherwise the first failing run's code (124 = timeout).
set -euo pipefail
cd "$(dirname "$0")/.."
T0=$SECONDS
say() { printf '[test-e2e +%ss] %s\n' "$((SECONDS - T0))" "$*"; }

say "installing / checking the VS Code host"
eval "$(bash scripts/install-vscode-host.sh)"

say "building (node esbuild.mjs --tests)"
rm -rf out/test/e2e # esbuild never deletes: a removed *.test.ts would otherwise still run from a stale *.test.js
node esbuild.mjs --tests

if [ -n "${CALLHOME_E2E_VSIX:-}" ]; then
  [ -f "$CALLHOME_E2E_VSIX" ] || { echo "[test-e2e] ERROR: CALLHOME_E2E_VSIX=$CALLHOME_E2E_VSIX does not exist" >&2; exit 2; }
  vsix=$(cd "$(dirname "$CALLHOME_E2E_VSIX")" && pwd)/$(basename "$CALLHOME_E2E_VSIX")
fi

rc=0
say "run 1: development extension"
env -u CALLHOME_E2E_VSIX node out/test/e2e/runTest.js || rc=$?
say "run 1 exit code $rc"

if [ -n "${vsix:-}" ]; then
  rc2=0
  say "run 2: installed $vsix"
  CALLHOME_E2E_VSIX=$vsix node out/test/e2e/runTest.js || rc2=$?
  say "run 2 exit code $rc2"
  [ "$rc" -ne 0 ] || rc=$rc2
fi

say "done in $((SECONDS - T0))s, exit $rc"
exit "$rc"
