// A status bar item with the language server's state, shown while a Cisco IOS file is in the active editor.
// Clicking it opens the "Call Home" output channel (where the server logs).
import * as vscode from 'vscode';
import { Commands, LANGUAGE_ID } from './config';
import type { CallHomeClient, ServerState } from './languageClient';

const LOOK: Record<ServerState, { text: string; tooltip: string; error?: boolean }> = {
  starting: { text: '$(loading~spin) Call Home', tooltip: 'Call Home language server: starting' },
  running: { text: '$(check) Call Home', tooltip: 'Call Home language server: running' },
  stopped: { text: '$(circle-slash) Call Home', tooltip: 'Call Home language server: stopped — run "Call Home: Restart Language Server"' },
  failed: { text: '$(error) Call Home', tooltip: 'Call Home language server: failed to start — see the Call Home output', error: true },
};

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('callhome.status', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly client: CallHomeClient) {
    this.item.name = 'Call Home';
    this.item.command = Commands.showOutput;
    this.disposables.push(
      this.item,
      client.onDidChangeState(() => this.update()),
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.workspace.onDidOpenTextDocument(() => this.update()), // a language switch reopens the document
    );
    this.update();
  }

  /** The text shown now (for tests and logs). */
  get text(): string {
    return this.item.text;
  }

  private update(): void {
    const look = LOOK[this.client.state];
    this.item.text = look.text;
    this.item.tooltip = look.tooltip;
    this.item.backgroundColor = look.error === true ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
    const editor = vscode.window.activeTextEditor;
    if (editor !== undefined && editor.document.languageId === LANGUAGE_ID) this.item.show();
    else if (look.error === true) this.item.show(); // a failure stays visible until acted on
    else this.item.hide();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
