// End-to-end test entry point: runs test/e2e/suite inside a real VS Code.
//   node esbuild.mjs --tests && node out/test/e2e/runTest.js
// It is @vscode/test-electron's standard runTests(), except that vscodeExecutablePath points at
// test/e2e/code-server-as-vscode.mjs, which runs the tests in code-server (VS Code 1.139.1, server build) driven by
// headless chromium: no VS Code download is possible or needed here. Install the host first:
//   bash scripts/install-vscode-host.sh
// Env: CODE_SERVER_NODE / CODE_SERVER_ENTRY (else read from ${CALLHOME_VSCODE_HOST:-~/.cache/callhome-vscode-host}/env.sh),
//      CALLHOME_E2E_VSIX=FILE to test an installed .vsix instead of the repo, CALLHOME_E2E_TIMEOUT=S (default 600).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runTests, TestRunFailedError } from '@vscode/test-electron';

// Bundled to out/test/e2e/runTest.js, so the repo root is three levels up.
const repoRoot = path.resolve(__dirname, '../../..');
const adapter = path.join(repoRoot, 'test/e2e/code-server-as-vscode.mjs');
const extensionTestsPath = path.join(repoRoot, 'out/test/e2e/suite/index.js');
const workspace = path.join(repoRoot, 'test/e2e/workspace');

/** Makes sure CODE_SERVER_NODE / CODE_SERVER_ENTRY are set (from the installer's env file if need be) and valid. */
function locateCodeServer(): void {
  const hostDir = process.env.CALLHOME_VSCODE_HOST || path.join(os.homedir(), '.cache/callhome-vscode-host');
  const envFile = path.join(hostDir, 'env.sh');
  if ((!process.env.CODE_SERVER_NODE || !process.env.CODE_SERVER_ENTRY) && fs.existsSync(envFile)) {
    for (const m of fs.readFileSync(envFile, 'utf8').matchAll(/^export (\w+)='([^']*)'$/gm)) {
      process.env[m[1]!] ??= m[2];
    }
  }
  for (const name of ['CODE_SERVER_NODE', 'CODE_SERVER_ENTRY']) {
    const value = process.env[name];
    if (!value || !fs.existsSync(value)) {
      throw new Error(
        `${name} ${value ? `(${value}) does not exist` : `is not set and ${envFile} has none`}.\n` +
          'Install the VS Code host first:  bash scripts/install-vscode-host.sh  (or set CALLHOME_VSCODE_HOST to where it is)',
      );
    }
  }
}

async function main(): Promise<number> {
  locateCodeServer();
  if (!fs.existsSync(extensionTestsPath)) throw new Error(`${extensionTestsPath} is missing; build it with: node esbuild.mjs --tests`);
  fs.mkdirSync(workspace, { recursive: true });
  const vsix = process.env.CALLHOME_E2E_VSIX;
  console.log(`e2e: testing ${vsix ? `the installed ${path.resolve(vsix)}` : `the development extension at ${repoRoot}`}`);
  return runTests({
    vscodeExecutablePath: adapter,
    extensionDevelopmentPath: repoRoot,
    extensionTestsPath,
    launchArgs: [workspace],
  });
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    if (err instanceof TestRunFailedError) {
      console.error(`e2e: ${err.message}`);
      process.exit(err.code ?? 1);
    }
    console.error(`e2e: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
