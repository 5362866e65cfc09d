#!/usr/bin/env node
// Stands in for the VS Code executable of @vscode/test-electron: runTests({ vscodeExecutablePath: <this file>, ... })
// spawns it with VS Code's command line
//   [launchArgs...] --no-sandbox ... --extensionTestsPath=T --extensionDevelopmentPath=D --user-data-dir=... ...
// and this turns it into a run of run-in-code-server.mjs (code-server + headless chromium). test-electron only
// downloads VS Code when vscodeExecutablePath is not given, so nothing is downloaded.
// Env: CALLHOME_E2E_VSIX=FILE  test that packaged extension, installed, instead of the development path
//      CALLHOME_E2E_TIMEOUT=S  hard limit for the run (default 600 s)
// Other VS Code flags (--user-data-dir, --disable-extensions, ...) are ignored: the runner uses its own temp dirs.
// Exit code: the runner's (0 = tests passed, 124 = timeout).
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const values = (name) => {
  const out = [];
  args.forEach((a, i) => {
    if (a.startsWith(`--${name}=`)) out.push(a.slice(name.length + 3));
    else if (a === `--${name}` && args[i + 1] !== undefined) out.push(args[i + 1]);
  });
  return out;
};
const fail = (msg) => {
  console.error(`code-server-as-vscode: ${msg}`);
  process.exit(2);
};

const devPaths = values('extensionDevelopmentPath');
const testsPaths = values('extensionTestsPath');
if (devPaths.length !== 1) fail(`need exactly one --extensionDevelopmentPath, got ${devPaths.length}`);
if (testsPaths.length !== 1) fail(`need exactly one --extensionTestsPath, got ${testsPaths.length}`);
let tests = testsPaths[0];
if (!/\.[cm]?js$/.test(tests)) tests = path.join(tests, 'index.js'); // VS Code accepts a folder with index.js
// The workspace is the first bare argument (test-electron passes it through launchArgs).
const flagsWithValue = new Set(['--extensionDevelopmentPath', '--extensionTestsPath', '--user-data-dir', '--extensions-dir']);
const workspace = args.find((a, i) => !a.startsWith('-') && !flagsWithValue.has(args[i - 1]));

const runner = path.join(path.dirname(fileURLToPath(import.meta.url)), 'run-in-code-server.mjs');
const runnerArgs = [runner, '--mode', 'tests', '--ext', devPaths[0], '--tests', tests, '--workspace', workspace ?? devPaths[0]];
if (process.env.CALLHOME_E2E_VSIX) runnerArgs.push('--vsix', process.env.CALLHOME_E2E_VSIX);
if (process.env.CALLHOME_E2E_TIMEOUT) runnerArgs.push('--timeout', process.env.CALLHOME_E2E_TIMEOUT);

const child = spawn(process.execPath, runnerArgs, { stdio: 'inherit' });
// test-electron stops "VS Code" with SIGINT on Ctrl+C; the runner then shuts code-server down cleanly.
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('error', (e) => fail(`cannot start the runner: ${e.message}`));
child.on('exit', (code, signal) => process.exit(code ?? (signal === 'SIGINT' ? 130 : 1)));
