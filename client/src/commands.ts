// The command registry: one table from command id to handler, all registered in one place (rust-analyzer's
// createCommands style). New features (preview, send, receiver — issue 4) add their entries here and their
// contributions in package.json; handlers get everything they need from CommandContext.
import * as vscode from 'vscode';
import { Commands, LANGUAGE_ID } from './config';
import type { CallHomeClient } from './languageClient';
import type { PreviewManager } from './preview/previewPanel';
import type { LocalReceiver } from './receiver';
import type { Sender } from './send';
import type { WorkspaceValidator } from './validateWorkspace';

/** What a command handler may use. */
export interface CommandContext {
  extension: vscode.ExtensionContext;
  client: CallHomeClient;
  output: vscode.OutputChannel;
  preview: PreviewManager;
  sender: Sender;
  receiver: LocalReceiver;
  validator: WorkspaceValidator;
}

export type CommandHandler = (...args: unknown[]) => unknown;
export type CommandFactory = (ctx: CommandContext) => CommandHandler;

/** Switches the active editor's document (or the one given, e.g. from the explorer) to the Cisco IOS language. */
const switchLanguage: CommandFactory = () => async (arg?: unknown) => {
  let doc: vscode.TextDocument | undefined;
  if (arg instanceof vscode.Uri) doc = await vscode.workspace.openTextDocument(arg);
  else doc = vscode.window.activeTextEditor?.document;
  if (doc === undefined) {
    void vscode.window.showInformationMessage('Open a file first, then run "Call Home: Switch File Language to Cisco IOS".');
    return undefined;
  }
  if (doc.languageId === LANGUAGE_ID) return doc;
  return vscode.languages.setTextDocumentLanguage(doc, LANGUAGE_ID);
};

const restartServer: CommandFactory = (ctx) => async () => {
  try {
    await ctx.client.restart();
  } catch (e) {
    void vscode.window.showErrorMessage(`Call Home language server did not restart: ${e instanceof Error ? e.message : String(e)}`);
  }
};

const showOutput: CommandFactory = (ctx) => () => ctx.output.show(true);

/** `(uri?, profile?)`: the preview beside the editor (one per document). */
const previewMessage: CommandFactory = (ctx) => (uri?: unknown, profile?: unknown) => ctx.preview.show(uri, profile);

/** `(uri?, profile?, group?, text?)`; returns the SendOutcome (or undefined when the user cancelled a prompt). */
const sendTestAlert: CommandFactory = (ctx) => (uri?: unknown, profile?: unknown, group?: unknown, text?: unknown) => ctx.sender.send('test', uri, profile, group, text);
const sendAlertGroup: CommandFactory = (ctx) => (uri?: unknown, profile?: unknown, group?: unknown, text?: unknown) => ctx.sender.send('group', uri, profile, group, text);
const forgetSmtpPasswords: CommandFactory = (ctx) => () => ctx.sender.forgetPasswords();

const startReceiver: CommandFactory = (ctx) => async () => {
  try {
    return await ctx.receiver.start();
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    void vscode.window.showErrorMessage(`Call Home receiver did not start: ${reason}`, 'Show Log').then((c) => c === 'Show Log' && ctx.output.show(true));
    return undefined;
  }
};

const stopReceiver: CommandFactory = (ctx) => async () => {
  await ctx.receiver.stop();
  return ctx.receiver.snapshot();
};

const validateWorkspace: CommandFactory = (ctx) => () => ctx.validator.run();

export const COMMANDS: Record<string, CommandFactory> = {
  [Commands.switchLanguage]: switchLanguage,
  [Commands.restartServer]: restartServer,
  [Commands.showOutput]: showOutput,
  [Commands.previewMessage]: previewMessage,
  [Commands.sendTestAlert]: sendTestAlert,
  [Commands.sendAlertGroup]: sendAlertGroup,
  [Commands.forgetSmtpPasswords]: forgetSmtpPasswords,
  [Commands.startReceiver]: startReceiver,
  [Commands.stopReceiver]: stopReceiver,
  [Commands.validateWorkspace]: validateWorkspace,
};

/** Registers every command of `table` (the built-in ones by default). */
export function registerCommands(ctx: CommandContext, table: Record<string, CommandFactory> = COMMANDS): vscode.Disposable[] {
  return Object.entries(table).map(([id, factory]) => vscode.commands.registerCommand(id, factory(ctx)));
}
