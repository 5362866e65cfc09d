#!/usr/bin/env node
// Runs VS Code extension tests inside a real VS Code, offline: code-server (VS Code's server build, with its Node
// extension host) on 127.0.0.1, its workbench opened by headless Debian chromium through playwright-core.
// The workbench gets VS Code's test payload (extensionDevelopmentPath / extensionTestsPath) in its URL; the
// extension host require()s the tests module, awaits run(), and the workbench reports the exit code back through
// window.codeAutomationExit. Only honoured with `--vscode-option enable-smoke-test-driver` (a built VS Code
// ignores the payload otherwise and no test ever runs).
//
// Usage:
//   node test/e2e/run-in-code-server.mjs [--mode tests] [--ext DIR] [--tests FILE] [--workspace DIR]
//                                        [--vsix FILE] [--timeout S] [--keep] [--verbose]
//     --ext DIR        extension under development (default: the repo root)
//     --tests FILE     extensionTestsPath module (default: <repo>/out/test/e2e/suite/index.js)
//     --workspace DIR  folder opened in the workbench (default: <repo>/test/e2e/workspace)
//     --vsix FILE      install this .vsix into the run's throw-away extensions dir and test the INSTALLED
//                      extension (the payload's extensionDevelopmentPath is then an empty folder)
//     --timeout S      hard limit for the whole run (default 600); exceeded => exit 124
//     --keep           keep the temp dir (logs, profile) even on success; it is always kept on failure
//     --verbose        relay every workbench log line (default: the noisiest prefixes are filtered)
// Env: CODE_SERVER_NODE, CODE_SERVER_ENTRY (from scripts/install-vscode-host.sh; if unset, read from
//      ${CALLHOME_VSCODE_HOST:-~/.cache/callhome-vscode-host}/env.sh), CHROMIUM (default /usr/bin/chromium),
//      KEEP_TMP=1 (= --keep), VERBOSE=1 (= --verbose). Every other variable reaches the extension host.
// Exit code: the tests' exit code (0 = all passed); 124 = timeout; 2 = usage/setup error; 130/143 = interrupted.
import { spawn, execFile } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, parseArgs, promisify } from 'node:util';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const t0 = Date.now();
const log = (...m) => console.log(`[e2e +${((Date.now() - t0) / 1000).toFixed(1)}s]`, ...m);
const usageError = (msg) => {
  console.error(`run-in-code-server: ${msg}`);
  process.exit(2);
};

// ---- arguments ----------------------------------------------------------------------------------------------
let opts;
try {
  ({ values: opts } = parseArgs({
    options: {
      mode: { type: 'string', default: 'tests' },
      ext: { type: 'string', default: REPO },
      tests: { type: 'string', default: path.join(REPO, 'out/test/e2e/suite/index.js') },
      workspace: { type: 'string', default: path.join(REPO, 'test/e2e/workspace') },
      vsix: { type: 'string' },
      timeout: { type: 'string', default: '600' },
      keep: { type: 'boolean', default: !!process.env.KEEP_TMP },
      verbose: { type: 'boolean', default: !!process.env.VERBOSE },
    },
  }));
} catch (e) {
  usageError(e.message);
}
if (opts.mode !== 'tests') usageError(`unsupported --mode ${opts.mode} (only "tests")`);
const timeoutS = Number(opts.timeout);
if (!(timeoutS > 0)) usageError(`--timeout must be a positive number of seconds, got ${opts.timeout}`);
const extPath = path.resolve(opts.ext);
const testsPath = path.resolve(opts.tests);
const wsPath = path.resolve(opts.workspace);
const vsixPath = opts.vsix && path.resolve(opts.vsix);
// The default workspace may simply not exist yet (an empty folder is not kept in git).
if (wsPath === path.join(REPO, 'test/e2e/workspace')) fs.mkdirSync(wsPath, { recursive: true });
for (const [what, p, kind] of [['--tests', testsPath, 'file'], ['--workspace', wsPath, 'dir'], ...(vsixPath ? [['--vsix', vsixPath, 'file']] : [['--ext', path.join(extPath, 'package.json'), 'file']])]) {
  const st = fs.statSync(p, { throwIfNoEntry: false });
  if (!st || (kind === 'dir' ? !st.isDirectory() : !st.isFile())) usageError(`${what}: ${p} does not exist${what === '--tests' ? ' (build the tests first: node esbuild.mjs --tests)' : ''}`);
}

// ---- the VS Code host (scripts/install-vscode-host.sh) ------------------------------------------------------
function hostEnv() {
  const env = { CODE_SERVER_NODE: process.env.CODE_SERVER_NODE, CODE_SERVER_ENTRY: process.env.CODE_SERVER_ENTRY, CHROMIUM: process.env.CHROMIUM };
  if (env.CODE_SERVER_NODE && env.CODE_SERVER_ENTRY) return env;
  const envFile = path.join(process.env.CALLHOME_VSCODE_HOST || path.join(os.homedir(), '.cache/callhome-vscode-host'), 'env.sh');
  if (fs.existsSync(envFile)) {
    for (const m of fs.readFileSync(envFile, 'utf8').matchAll(/^export (\w+)='([^']*)'$/gm)) env[m[1]] ??= m[2];
  }
  return env;
}
const { CODE_SERVER_NODE: NODE, CODE_SERVER_ENTRY: ENTRY, CHROMIUM = '/usr/bin/chromium' } = hostEnv();
for (const [name, p] of [['CODE_SERVER_NODE', NODE], ['CODE_SERVER_ENTRY', ENTRY], ['CHROMIUM', CHROMIUM]]) {
  if (!p || !fs.existsSync(p)) usageError(`${name} ${p ? `(${p}) does not exist` : 'is not set'}; install the VS Code host first: bash scripts/install-vscode-host.sh`);
}
const { chromium } = await import('playwright-core').catch(() => usageError('playwright-core is not installed (npm ci)'));

// ---- throw-away directories and environment -----------------------------------------------------------------
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'callhome-e2e-'));
const dir = (name) => {
  const p = path.join(tmp, name);
  fs.mkdirSync(p, { recursive: true });
  return p;
};
const home = dir('home');
const userData = dir('user-data');
const extensionsDir = dir('extensions');
const profile = dir('chromium-profile');
const csConfig = path.join(tmp, 'config.yaml');
fs.writeFileSync(csConfig, 'auth: none\ncert: false\n');
const csLog = fs.createWriteStream(path.join(tmp, 'code-server.log'));
const workbenchLog = fs.createWriteStream(path.join(tmp, 'workbench.log')); // every workbench line, unfiltered

// code-server writes ~/.config/code-server and ~/.local/share/code-server; keep them in the temp dir. Variables of
// an enclosing VS Code (integrated terminal, test-electron) would confuse the server and its extension host.
const childEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VSCODE_') && k !== 'ELECTRON_RUN_AS_NODE'));
Object.assign(childEnv, { HOME: home, XDG_CONFIG_HOME: path.join(home, '.config'), XDG_DATA_HOME: path.join(home, '.local/share'), XDG_CACHE_HOME: path.join(home, '.cache') });

// ---- run ----------------------------------------------------------------------------------------------------
let exitCode = 1;
let cs;
let context;
let page;
let stopping;

/** Ends everything this run started (browser, then code-server's whole process group) and exits. */
function finish(code, why) {
  if (stopping) return stopping;
  exitCode = code;
  if (why) log(why);
  stopping = (async () => {
    clearTimeout(hardTimer);
    const shot = path.join(tmp, 'workbench.png');
    if (exitCode !== 0 && page) await Promise.race([page.screenshot({ path: shot }).catch(() => {}), new Promise((r) => setTimeout(r, 5000))]);
    await Promise.race([context?.close().catch(() => {}), new Promise((r) => setTimeout(r, 5000))]);
    if (cs?.pid) {
      const alive = () => { try { process.kill(-cs.pid, 0); return true; } catch { return false; } };
      try { process.kill(-cs.pid, 'SIGTERM'); } catch {}
      for (let i = 0; i < 50 && alive(); i++) await new Promise((r) => setTimeout(r, 100));
      if (alive()) { log('code-server still running after 5 s; SIGKILL'); try { process.kill(-cs.pid, 'SIGKILL'); } catch {} }
    }
    await Promise.all([csLog, workbenchLog].map((s) => new Promise((r) => s.end(r))));
    if (exitCode === 0 && !opts.keep) fs.rmSync(tmp, { recursive: true, force: true });
    else log(`logs kept in ${tmp} (workbench.log, code-server.log, user-data/logs/*/exthost*/, workbench.png)`);
    log(`exit ${exitCode} after ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    process.exit(exitCode);
  })();
  return stopping;
}
const hardTimer = setTimeout(() => finish(124, `TIMEOUT: no result after ${timeoutS} s`), timeoutS * 1000);
process.on('SIGINT', () => finish(130, 'interrupted (SIGINT)'));
process.on('SIGTERM', () => finish(143, 'terminated (SIGTERM)'));
process.on('SIGHUP', () => finish(129, 'hung up (SIGHUP)'));

const freePort = () => new Promise((resolve, reject) => {
  const s = net.createServer().once('error', reject).listen(0, '127.0.0.1', () => {
    const { port } = s.address();
    s.close(() => resolve(port));
  });
});

/** Extensions that can be installed into the throw-away extensions dir via code-server's CLI (works offline). */
async function installVsix(file) {
  log(`installing ${path.basename(file)} into the temp extensions dir`);
  const { stdout, stderr } = await promisify(execFile)(NODE, [ENTRY, '--config', csConfig, '--user-data-dir', userData,
    '--extensions-dir', extensionsDir, '--install-extension', file, '--force'], { env: childEnv, timeout: 120000 });
  const out = `${stdout}${stderr}`.trim();
  log(`  ${out.split('\n').filter((l) => !/^\s*$/.test(l)).join('\n  ')}`);
  const installed = fs.readdirSync(extensionsDir).filter((d) => !d.startsWith('.') && d !== 'extensions.json');
  if (installed.length === 0) throw new Error(`--install-extension did not install anything:\n${out}`);
  log(`  installed: ${installed.join(', ')}`);
}

// Lines that arrive on every run and say nothing about the tests (shown with --verbose).
const NOISE = new RegExp([
  /^\[(AgentHost|ChatModelSelection|AccountPolicyGate)\b|^\[(reconnection-grace-time|Service Worker)\]/,
  /^(Resolving|Resolved) connection token|^Creating a socket|^Updating additional builtin extensions cache/,
  /ENOTFOUND|ERR_NAME_NOT_RESOLVED|Failed to load resource|open-vsx\.org|vsda|mobile\.events\.data|api\.github\.com/,
  /authentication provider 'github'|^\[Extension Host\] ?$/,
].map((r) => r.source).join('|'));
/** Workbench log args arrive as console-style lists; drop %c styling so CI logs get plain text. */
function plain(args) {
  const list = Array.isArray(args) ? [...args] : [args];
  if (typeof list[0] === 'string' && list[0].includes('%c')) {
    const n = (list[0].match(/%c/g) || []).length;
    list.splice(1, n);
    list[0] = list[0].replace(/%c/g, '');
  }
  return format(...list);
}

try {
  if (vsixPath) await installVsix(vsixPath);

  const port = await freePort();
  const authority = `127.0.0.1:${port}`;
  const csArgs = [ENTRY, '--config', csConfig, '--auth', 'none', '--bind-addr', authority,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
    '--user-data-dir', userData, '--extensions-dir', extensionsDir, '--ignore-last-opened',
    '--vscode-option', 'enable-smoke-test-driver'];
  log(`starting code-server on http://${authority} (${ENTRY})`);
  // detached = own process group, so finish() also ends the server's helpers (pty host, file watcher, agent host).
  cs = spawn(NODE, csArgs, { env: childEnv, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let csTail = '';
  for (const s of [cs.stdout, cs.stderr]) s.on('data', (d) => { if (!csLog.writableEnded) csLog.write(d); csTail = (csTail + d).slice(-4000); });
  cs.on('exit', (code, signal) => { if (!stopping) finish(1, `code-server exited unexpectedly (code=${code} signal=${signal}):\n${csTail}`); });

  for (let i = 0; ; i++) {
    try { if ((await fetch(`http://${authority}/healthz`)).ok) break; } catch {}
    if (i >= 300) throw new Error(`code-server did not answer /healthz within 60 s:\n${csTail}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  log('code-server is up');

  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    // Playwright's own signal handlers would exit at once (130) and orphan code-server; finish() handles signals.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
    env: { ...childEnv }, // HOME in the temp dir: ~/.config/chromium stays untouched
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run'],
    viewport: { width: 1400, height: 900 },
  });
  page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (e) => console.log(`[browser:pageerror] ${e.message}`));
  if (opts.verbose) page.on('console', (m) => console.log(`[browser:${m.type()}] ${m.text()}`));

  // The workbench calls these when present: every log line, and the extension tests' exit code.
  let reportExit;
  const result = new Promise((resolve) => { reportExit = resolve; });
  page.on('crash', () => { log('the browser page crashed'); reportExit(1); });
  await page.exposeFunction('codeAutomationExit', (code) => reportExit(Number(code)));
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const line = plain(args);
    if (!workbenchLog.writableEnded) workbenchLog.write(`[${type}] ${line}\n`);
    if (opts.verbose || !NOISE.test(line)) console.log(type === 'info' || type === 'log' ? line : `[${type}] ${line}`);
  });

  const remote = (p) => `vscode-remote://${authority}${p}`;
  // The extension host only runs extensionTestsPath when it also has an extensionDevelopmentPath. For a --vsix
  // run the extension under test must come from the extensions dir, so point the dev path at an empty folder.
  const devPath = vsixPath ? dir('no-dev-extension') : extPath;
  const payload = [['extensionDevelopmentPath', remote(devPath)], ['extensionTestsPath', remote(testsPath)], ['skipWelcome', 'true'], ['skipReleaseNotes', 'true']];
  const url = `http://${authority}/?folder=${encodeURIComponent(wsPath)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  log(`opening the workbench: ${vsixPath ? `installed ${path.basename(vsixPath)}` : `dev path ${extPath}`}, tests ${testsPath.startsWith(REPO + path.sep) ? path.relative(REPO, testsPath) : testsPath}, workspace ${wsPath}`);
  await page.goto(url);
  await Promise.race([page.waitForSelector('.monaco-workbench', { timeout: 120000 }).then(() => log('workbench rendered; waiting for the tests')), result]);

  const code = await result;
  await finish(code, `extension tests finished with exit code ${code}`);
} catch (e) {
  await finish(1, `FAILED: ${e.stack || e}`);
}
