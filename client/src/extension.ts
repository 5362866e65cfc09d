// Extension entry point: wires the output channel, the language client, the status bar and the commands.
// Nothing else lives here; features (preview, CodeLens, send) plug in through commands.ts and their own modules.
import * as vscode from 'vscode';
import { registerCommands, type CommandContext } from './commands';
import { OUTPUT_CHANNEL_NAME } from './config';
import { CallHomeClient } from './languageClient';
import { StatusBar } from './statusBar';

/** What activate() returns: used by the end-to-end tests and by other extensions. */
export interface CallHomeApi {
  /** Resolves once the language server is running (rejects if it fails to start). */
  ready: Promise<void>;
  /** The server state now. */
  serverState(): string;
  /** The status bar text now. */
  statusText(): string;
}

let client: CallHomeClient | undefined;

export function activate(context: vscode.ExtensionContext): CallHomeApi {
  const output = vscode.window.createOutputChannel(OUTPUT_CHANNEL_NAME);
  client = new CallHomeClient(context, output);
  const status = new StatusBar(client);
  const ctx: CommandContext = { extension: context, client, output };
  context.subscriptions.push(output, client, status, ...registerCommands(ctx));
  const ready = client.start();
  ready.catch(() => undefined); // reported in the output channel and the status bar
  const c = client;
  return { ready, serverState: () => c.state, statusText: () => status.text };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
