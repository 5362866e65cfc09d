// The command registry: one table from command id to handler, all registered in one place (rust-analyzer's
// createCommands style). New features (preview, send, receiver — issue 4) add their entries here and their
// contributions in package.json; handlers get everything they need from CommandContext.
import * as vscode from 'vscode';
import { Commands, LANGUAGE_ID } from './config';
import type { CallHomeClient } from './languageClient';

/** What a command handler may use. */
export interface CommandContext {
  extension: vscode.ExtensionContext;
  client: CallHomeClient;
  output: vscode.OutputChannel;
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

export const COMMANDS: Record<string, CommandFactory> = {
  [Commands.switchLanguage]: switchLanguage,
  [Commands.restartServer]: restartServer,
  [Commands.showOutput]: showOutput,
};

/** Registers every command of `table` (the built-in ones by default). */
export function registerCommands(ctx: CommandContext, table: Record<string, CommandFactory> = COMMANDS): vscode.Disposable[] {
  return Object.entries(table).map(([id, factory]) => vscode.commands.registerCommand(id, factory(ctx)));
}
