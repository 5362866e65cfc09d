// "Call Home: Start / Stop Local Receiver": runs `callhome receive --json` (the bundled CLI, loopback only)
// with its inbox in the extension's global storage, reads its JSON lines, logs every message to the output
// channel and offers to open the stored file. Send Test Alert targets it while it runs (`callhome.send.target`).
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ChildProcess } from 'node:child_process';
import { parseReceiverLine, receiveArgs, receiverPorts, type ReceiverTarget } from './cliProtocol';
import { cliEnv, spawnCli } from './cliRunner';
import { Commands, RECEIVER_RUNNING_CONTEXT, config } from './config';

export interface ReceivedEntry {
  file: string;
  messageId?: string;
  transport: string;
  accepted: boolean;
  reason?: string;
}

/** What the extension API reports (end-to-end tests wait on it). */
export interface ReceiverSnapshot {
  running: boolean;
  httpUrl?: string;
  smtp?: string;
  dir?: string;
  messages: ReceivedEntry[];
}

/** How long a stop waits for the CLI to close its servers before it is killed. */
const STOP_GRACE_MS = 3000;

export class LocalReceiver implements vscode.Disposable {
  private child: ChildProcess | undefined;
  private target: (ReceiverTarget & { dir: string }) | undefined;
  private readonly messages: ReceivedEntry[] = [];
  private readonly item = vscode.window.createStatusBarItem('callhome.receiver', vscode.StatusBarAlignment.Right, 99);
  private readonly changeEmitter = new vscode.EventEmitter<void>();
  /** Fires on start, stop and every received message. */
  readonly onDidChange = this.changeEmitter.event;

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly output: vscode.OutputChannel,
  ) {
    this.item.name = 'Call Home Receiver';
    this.item.command = Commands.showOutput;
  }

  get running(): boolean {
    return this.target !== undefined;
  }

  /** Where sends go while the receiver runs. */
  get endpoint(): ReceiverTarget | undefined {
    return this.target === undefined ? undefined : { httpUrl: this.target.httpUrl, smtp: this.target.smtp };
  }

  snapshot(): ReceiverSnapshot {
    return {
      running: this.running,
      ...(this.target !== undefined ? { httpUrl: this.target.httpUrl, smtp: this.target.smtp, dir: this.target.dir } : {}),
      messages: this.messages.map((m) => ({ ...m })),
    };
  }

  /** Starts the receiver (no-op when it runs); resolves once it listens, rejects with the CLI's reason. */
  async start(): Promise<ReceiverSnapshot> {
    if (this.child !== undefined && this.target !== undefined) return this.snapshot();
    if (this.child !== undefined) await this.stop(); // half-started earlier: start clean
    const dir = path.join(this.context.globalStorageUri.fsPath, 'inbox');
    const args = receiveArgs({ cli: this.context.asAbsolutePath(path.join('dist', 'cli', 'callhome.js')), httpPort: config.receiverHttpPort(), smtpPort: config.receiverSmtpPort(), dir });
    this.output.appendLine(`[receiver] starting: callhome ${args.slice(1).join(' ')}`);
    const child = spawnCli(args, cliEnv());
    this.child = child;
    let stderr = '';
    let buffer = '';

    const listening = new Promise<void>((resolve, reject) => {
      child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
        buffer += chunk;
        let nl: number;
        while ((nl = buffer.indexOf('\n')) >= 0) {
          const line = buffer.slice(0, nl);
          buffer = buffer.slice(nl + 1);
          const e = parseReceiverLine(line);
          if (e === undefined) {
            if (line.trim() !== '') this.output.appendLine(`[receiver] ${line}`);
          } else if (e.event === 'listening') {
            this.target = { httpUrl: e.httpUrl, smtp: e.smtp, dir: e.dir || dir };
            this.output.appendLine(`[receiver] listening: HTTP ${e.httpUrl}, SMTP ${e.smtp}; storing in ${this.target.dir}`);
            this.updateStatus();
            resolve();
          } else {
            this.onMessage({ file: e.file, transport: e.transport, accepted: e.accepted, ...(e.messageId !== undefined ? { messageId: e.messageId } : {}), ...(e.reason !== undefined ? { reason: e.reason } : {}) }, e.bytes);
          }
        }
      });
      child.stderr?.setEncoding('utf8').on('data', (d: string) => {
        stderr += d;
        for (const l of d.split(/\r?\n/)) if (l.trim() !== '') this.output.appendLine(`[receiver] ${l}`);
      });
      child.on('error', (e) => {
        if (this.child === child && this.target === undefined) this.child = undefined; // never started: nothing to stop
        reject(new Error(`cannot run the callhome CLI: ${e.message}`));
      });
      child.on('exit', (code, signal) => {
        const wasListening = this.target !== undefined;
        if (this.child === child) {
          this.child = undefined;
          this.target = undefined;
          this.updateStatus();
        }
        this.output.appendLine(`[receiver] stopped (${signal ?? `exit code ${String(code)}`})`);
        const reason = stderr.split(/\r?\n/).find((l) => l.startsWith('callhome:'))?.replace(/^callhome:\s*/, '') ?? stderr.trim();
        reject(new Error(reason !== '' ? reason : `the receiver exited with code ${String(code)}`));
        if (wasListening && signal === null && code !== 0) void vscode.window.showWarningMessage(`Call Home receiver stopped unexpectedly: ${reason || `exit code ${String(code)}`}`);
      });
    });
    await listening;
    return this.snapshot();
  }

  /** Stops the receiver and waits until its ports are closed. */
  async stop(): Promise<void> {
    const child = this.child;
    if (child === undefined) return;
    const exited = new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) resolve();
      else child.once('exit', () => resolve());
    });
    child.kill('SIGTERM'); // the CLI closes its servers and exits on SIGTERM
    const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
    await exited;
    clearTimeout(timer);
    if (this.child === child) {
      this.child = undefined;
      this.target = undefined;
      this.updateStatus();
    }
  }

  private onMessage(m: ReceivedEntry, bytes: number | undefined): void {
    this.messages.push(m);
    const what = `${m.transport} ${m.accepted ? 'accepted' : `REJECTED (${m.reason ?? 'malformed'})`} ${m.messageId ?? '(no MessageId)'}${bytes !== undefined ? `, ${bytes} bytes` : ''}`;
    this.output.appendLine(`[receiver] ${what} → ${m.file}`);
    this.changeEmitter.fire();
    const text = `Call Home receiver: ${what}`;
    const shown = m.accepted ? vscode.window.showInformationMessage(text, 'Open') : vscode.window.showWarningMessage(text, 'Open', 'Show Log');
    void shown.then((choice) => {
      if (choice === 'Open') void vscode.window.showTextDocument(vscode.Uri.file(m.file), { preview: true });
      else if (choice === 'Show Log') this.output.show(true);
    });
  }

  private updateStatus(): void {
    const t = this.target;
    void vscode.commands.executeCommand('setContext', RECEIVER_RUNNING_CONTEXT, t !== undefined);
    if (t === undefined) {
      this.item.hide();
    } else {
      this.item.text = `$(broadcast) Receiver ${receiverPorts(t.httpUrl, t.smtp)}`;
      this.item.tooltip = `Call Home local receiver: HTTP ${t.httpUrl}, SMTP ${t.smtp}\nInbox: ${t.dir}\nClick to show the log; stop it with "Call Home: Stop Local Receiver".`;
      this.item.show();
    }
    this.changeEmitter.fire();
  }

  /** The status bar text now (empty when stopped). */
  get statusText(): string {
    return this.target === undefined ? '' : this.item.text;
  }

  dispose(): void {
    void this.stop();
    this.item.dispose();
    this.changeEmitter.dispose();
  }
}
