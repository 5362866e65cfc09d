// Extension entry point: wires the output channel, the language client, the status bar and the commands.
// Nothing else lives here; features (preview, CodeLens, send) plug in through commands.ts and their own modules.
import * as vscode from 'vscode';
import { ProfileCodeLensProvider } from './codeLens';
import { registerCommands, type CommandContext } from './commands';
import { LANGUAGE_ID, OUTPUT_CHANNEL_NAME } from './config';
import { DocumentModels } from './documentModels';
import { CallHomeClient } from './languageClient';
import { PreviewManager, type PreviewSnapshot } from './preview/previewPanel';
import { LocalReceiver, type ReceiverSnapshot } from './receiver';
import { Sender } from './send';
import { StatusBar } from './statusBar';
import { WorkspaceValidator } from './validateWorkspace';

/** What activate() returns: used by the end-to-end tests and by other extensions. */
export interface CallHomeApi {
  /** Resolves once the language server is running (rejects if it fails to start). */
  ready: Promise<void>;
  /** The server state now. */
  serverState(): string;
  /** The status bar text now. */
  statusText(): string;
  /** The local receiver: whether it runs, where, and every message it got since activation. */
  receiver(): ReceiverSnapshot;
  /** The receiver's status bar text ('' when stopped). */
  receiverStatusText(): string;
  /** The preview of `uri` as last rendered, if a preview is open. */
  previewState(uri: vscode.Uri): PreviewSnapshot | undefined;
  /** Handles `message` exactly as if the preview webview of `uri` had posted it; resolves after the re-render. */
  previewPost(uri: vscode.Uri, message: unknown): Promise<PreviewSnapshot | undefined>;
}

let client: CallHomeClient | undefined;
let receiver: LocalReceiver | undefined;

export function activate(context: vscode.ExtensionContext): CallHomeApi {
  const output = vscode.window.createOutputChannel(OUTPUT_CHANNEL_NAME);
  client = new CallHomeClient(context, output);
  const status = new StatusBar(client);
  const models = new DocumentModels();
  const preview = new PreviewManager(context.extensionUri, models);
  const rx = new LocalReceiver(context, output);
  receiver = rx;
  const sender = new Sender({ extension: context, output, models, receiver: rx });
  const validator = new WorkspaceValidator(context, output);
  const ctx: CommandContext = { extension: context, client, output, preview, sender, receiver: rx, validator };
  context.subscriptions.push(
    output,
    client,
    status,
    models,
    preview,
    rx,
    validator,
    vscode.languages.registerCodeLensProvider({ language: LANGUAGE_ID }, new ProfileCodeLensProvider(models)),
    ...registerCommands(ctx),
  );
  const ready = client.start();
  ready.catch(() => undefined); // reported in the output channel and the status bar
  const c = client;
  return {
    ready,
    serverState: () => c.state,
    statusText: () => status.text,
    receiver: () => rx.snapshot(),
    receiverStatusText: () => rx.statusText,
    previewState: (uri) => preview.state(uri),
    previewPost: (uri, message) => preview.post(uri, message),
  };
}

export async function deactivate(): Promise<void> {
  // The receiver holds ports: stop it and wait, rather than leave the CLI child behind.
  await Promise.all([receiver?.stop(), client?.stop()]);
  receiver = undefined;
  client = undefined;
}
