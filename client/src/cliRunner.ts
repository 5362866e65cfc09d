// Runs the bundled `callhome` CLI (dist/cli/callhome.js) with the editor's own executable. In desktop VS Code
// that is Electron, which ELECTRON_RUN_AS_NODE turns into plain Node; in code-server it is Node already.
// No `vscode` import: cancellation comes in as an AbortSignal, so unit tests drive it directly.
import { spawn, type ChildProcess } from 'node:child_process';

export interface CliRun {
  /** Exit code; null when a signal ended it (e.g. cancelled). */
  code: number | null;
  stdout: string;
  stderr: string;
  cancelled: boolean;
}

/** The environment for a CLI child: the editor's, run as Node, plus `extra` (e.g. CALLHOME_SMTP_PASSWORD). */
export function cliEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ELECTRON_RUN_AS_NODE: '1' };
  for (const [k, v] of Object.entries(extra)) if (v !== undefined) env[k] = v;
  return env;
}

/** Starts the CLI with `args` (the first being the bundle path). stdin is closed: the CLI never prompts. */
export function spawnCli(args: readonly string[], env: NodeJS.ProcessEnv = cliEnv(), cwd?: string): ChildProcess {
  return spawn(process.execPath, [...args], { env, stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true, ...(cwd !== undefined ? { cwd } : {}) });
}

/** Runs the CLI to completion and collects its output; aborting the signal kills it. Never rejects. */
export function runCli(args: readonly string[], opts: { env?: NodeJS.ProcessEnv; signal?: AbortSignal; cwd?: string } = {}): Promise<CliRun> {
  return new Promise((resolve) => {
    let stdout = '';
    let stderr = '';
    let cancelled = false;
    let child: ChildProcess;
    try {
      child = spawnCli(args, opts.env ?? cliEnv(), opts.cwd);
    } catch (e) {
      resolve({ code: null, stdout: '', stderr: `cannot start the callhome CLI: ${e instanceof Error ? e.message : String(e)}`, cancelled: false });
      return;
    }
    const onAbort = (): void => {
      cancelled = true;
      child.kill();
    };
    if (opts.signal?.aborted === true) onAbort();
    else opts.signal?.addEventListener('abort', onAbort, { once: true });
    child.stdout?.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr?.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', (e) => {
      stderr += `cannot run the callhome CLI: ${e.message}\n`;
    });
    child.on('close', (code) => {
      opts.signal?.removeEventListener('abort', onAbort);
      resolve({ code, stdout, stderr, cancelled });
    });
  });
}
