// The pure core's analysis of open documents, cached per document version: CodeLens, the preview and the
// send commands all read profiles from it, and an edit is analysed once however many of them ask.
import * as vscode from 'vscode';
import { analyze, type Analysis } from '../../server/src/language';
import { LANGUAGE_ID } from './config';

export class DocumentModels implements vscode.Disposable {
  private readonly cache = new Map<string, { version: number; analysis: Analysis }>();
  private readonly sub = vscode.workspace.onDidCloseTextDocument((d) => this.cache.delete(d.uri.toString()));

  get(doc: vscode.TextDocument): Analysis {
    const key = doc.uri.toString();
    const hit = this.cache.get(key);
    if (hit !== undefined && hit.version === doc.version) return hit.analysis;
    const analysis = analyze(doc.getText());
    this.cache.set(key, { version: doc.version, analysis });
    return analysis;
  }

  dispose(): void {
    this.sub.dispose();
    this.cache.clear();
  }
}

/** The open document for `uri`, or opens it (a preview revived after a reload may come first). */
export async function documentFor(uri: vscode.Uri): Promise<vscode.TextDocument> {
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString()) ?? (await vscode.workspace.openTextDocument(uri));
}

/** The URI a command was given (Uri or string), else the active editor's document, else a visible Cisco IOS one. */
export function targetUri(arg: unknown): vscode.Uri | undefined {
  if (arg instanceof vscode.Uri) return arg;
  if (typeof arg === 'string' && arg !== '') {
    try {
      return vscode.Uri.parse(arg, true);
    } catch {
      return undefined;
    }
  }
  // With the focus in a webview (e.g. the preview) there is no active editor; the config beside it is meant.
  return vscode.window.activeTextEditor?.document.uri ?? vscode.window.visibleTextEditors.find((e) => e.document.languageId === LANGUAGE_ID)?.document.uri;
}
