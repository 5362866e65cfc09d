// Starts, stops and restarts the Call Home language server (dist/server/server.js, the esbuild bundle) over
// Node IPC with vscode-languageclient 9. The client id `callhome` makes the library honour `callhome.trace.server`;
// the server pulls `callhome.*` per document and registers for configuration changes itself.
import * as vscode from 'vscode';
import { LanguageClient, RevealOutputChannelOn, State, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { LANGUAGE_ID, SECTION } from './config';

export type ServerState = 'starting' | 'running' | 'stopped' | 'failed';

export class CallHomeClient implements vscode.Disposable {
  private client: LanguageClient | undefined;
  private readonly stateEmitter = new vscode.EventEmitter<ServerState>();
  /** Fires whenever the server changes state (the status bar listens). */
  readonly onDidChangeState = this.stateEmitter.event;
  private current: ServerState = 'stopped';

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly output: vscode.OutputChannel,
  ) {}

  get state(): ServerState {
    return this.current;
  }

  /** The running client, for features that send custom requests (preview, CodeLens). */
  get languageClient(): LanguageClient | undefined {
    return this.client;
  }

  async start(): Promise<void> {
    if (this.client !== undefined) return;
    const module = this.context.asAbsolutePath('dist/server/server.js');
    const serverOptions: ServerOptions = {
      run: { module, transport: TransportKind.ipc },
      debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
    };
    const clientOptions: LanguageClientOptions = {
      documentSelector: [{ language: LANGUAGE_ID }],
      outputChannel: this.output,
      revealOutputChannelOn: RevealOutputChannelOn.Never,
      initializationFailedHandler: (error) => {
        this.output.appendLine(`Call Home language server failed to initialize: ${String(error)}`);
        this.setState('failed');
        return false;
      },
    };
    const client = new LanguageClient(SECTION, 'Call Home Language Server', serverOptions, clientOptions);
    this.client = client;
    client.onDidChangeState((e) => {
      if (e.newState === State.Running) this.setState('running');
      else if (e.newState === State.Starting) this.setState('starting');
      else if (this.current !== 'failed') this.setState('stopped');
    });
    this.setState('starting');
    try {
      await client.start();
    } catch (e) {
      this.output.appendLine(`Call Home language server did not start: ${e instanceof Error ? e.message : String(e)}`);
      this.setState('failed');
      throw e;
    }
  }

  async stop(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    if (client === undefined) return;
    try {
      if (client.isRunning()) await client.stop(2000);
    } finally {
      await client.dispose();
      this.setState('stopped');
    }
  }

  async restart(): Promise<void> {
    this.output.appendLine('Restarting the Call Home language server…');
    await this.stop();
    await this.start();
  }

  private setState(s: ServerState): void {
    if (s === this.current) return;
    this.current = s;
    this.stateEmitter.fire(s);
  }

  dispose(): void {
    void this.stop();
    this.stateEmitter.dispose();
  }
}
