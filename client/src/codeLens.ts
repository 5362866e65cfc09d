// "Preview · Send test" over each `profile NAME` line of call-home (SPEC §7). The lines come from the core's
// model (every opener of a configured profile), so a transcript that re-enters a profile gets lenses there too.
import * as vscode from 'vscode';
import { Commands } from './config';
import type { DocumentModels } from './documentModels';

export class ProfileCodeLensProvider implements vscode.CodeLensProvider {
  constructor(private readonly models: DocumentModels) {}

  provideCodeLenses(doc: vscode.TextDocument): vscode.CodeLens[] {
    const lenses: vscode.CodeLens[] = [];
    for (const p of this.models.get(doc).model.profiles) {
      if (!p.configured || p.name === '') continue;
      for (const opener of p.openers) {
        if (opener.negated !== undefined) continue; // `no profile X` removes it: nothing to preview there
        const range = doc.lineAt(opener.line).range;
        lenses.push(
          new vscode.CodeLens(range, { title: 'Preview', tooltip: `Preview the Call Home message of profile ${p.name}`, command: Commands.previewMessage, arguments: [doc.uri, p.name] }),
          new vscode.CodeLens(range, { title: 'Send test', tooltip: `Send a test alert to the destinations of profile ${p.name}`, command: Commands.sendTestAlert, arguments: [doc.uri, p.name] }),
        );
      }
    }
    return lenses;
  }
}
