#!/usr/bin/env bash
# Runs every test of the project: types, lint, unit + LSP tests (node:test), then the end-to-end tests inside a
# real VS Code (code-server + headless Chromium, installed by scripts/install-vscode-host.sh), both from the
# development folder and from the packaged VSIX. Installs what it needs (npm packages, Debian packages).
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)
step() { printf '\n=== %s (+%ss)\n' "$1" "$(( $(date +%s) - start ))"; }

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  step "npm ci"
  npm ci --no-audit --no-fund
fi

step "type-check"
npx tsc -p tsconfig.json --noEmit
npx tsc -p client/webview/tsconfig.json --noEmit
step "lint"
npx eslint .

step "build (bundles + tests)"
node esbuild.mjs --tests

step "unit and LSP tests"
node --test --test-reporter=spec out/test/unit/ out/test/lsp/ > .test-unit.log 2>&1 || true
# The spec reporter ends with "ℹ tests N / ℹ pass N / ℹ fail N" (TAP would print "# pass N").
grep -E '^(ℹ|#) (tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) ' .test-unit.log || true
unit_fail=$(grep -E '^(ℹ|#) fail ' .test-unit.log | tail -1 | awk '{print $3}')
unit_pass=$(grep -E '^(ℹ|#) pass ' .test-unit.log | tail -1 | awk '{print $3}')
if [ "${unit_fail:-1}" != "0" ]; then
  grep -A30 '✖' .test-unit.log | head -200
  echo "unit tests failed"
  exit 1
fi

e2e_pass=0
if [ "${CALLHOME_SKIP_E2E:-0}" != "1" ]; then
  step "package the VSIX"
  npm run package --silent
  step "end-to-end tests in a real VS Code (development folder, then the installed VSIX)"
  CALLHOME_E2E_VSIX="$PWD/callhome-toolkit.vsix" bash scripts/test-e2e.sh 2>&1 | tee .test-e2e.log
  e2e_pass=$(grep -Eo '^[0-9]+ passed, 0 failed' .test-e2e.log | awk '{s+=$1} END {print s+0}')
fi

step "done"
echo "$(( unit_pass + e2e_pass )) passed, 0 failed"
