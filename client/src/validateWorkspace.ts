// "Call Home: Validate Workspace": runs the bundled CLI's `validate --format json` over the workspace folders
// and shows what it finds in files that are not open, in the Problems view (collection "callhome (workspace)").
// Open Cisco IOS documents are left to the language server, which already reports them as you type.
import * as vscode from 'vscode';
import * as path from 'node:path';
import { parseValidateOutput, validateArgs, type ValidateReport } from './cliProtocol';
import { runCli } from './cliRunner';
import { LANGUAGE_ID } from './config';

export const WORKSPACE_COLLECTION = 'callhome (workspace)';

export interface WorkspaceValidation {
  files: number;
  errors: number;
  warnings: number;
  /** Files that got entries in the collection (not open in an editor). */
  reported: number;
  cancelled: boolean;
}

const SEVERITY: Record<ValidateReport['diagnostics'][number]['severity'], vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

export class WorkspaceValidator implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection(WORKSPACE_COLLECTION);
  private readonly sub = vscode.workspace.onDidOpenTextDocument((d) => {
    // Once open, the language server reports the file; keeping ours too would show everything twice.
    if (d.languageId === LANGUAGE_ID) this.collection.delete(d.uri);
  });

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly output: vscode.OutputChannel,
  ) {}

  async run(): Promise<WorkspaceValidation | undefined> {
    const folders = (vscode.workspace.workspaceFolders ?? []).filter((f) => f.uri.scheme === 'file');
    if (folders.length === 0) {
      void vscode.window.showInformationMessage('Open a folder first: "Call Home: Validate Workspace" checks the configuration files in the workspace folders.');
      return undefined;
    }
    const args = validateArgs(
      this.context.asAbsolutePath(path.join('dist', 'cli', 'callhome.js')),
      folders.map((f) => f.uri.fsPath),
    );
    const run = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'Call Home: validating the workspace…', cancellable: true }, (_p, token) => {
      const abort = new AbortController();
      const sub = token.onCancellationRequested(() => abort.abort());
      return runCli(args, { signal: abort.signal }).finally(() => sub.dispose());
    });
    if (run.cancelled) return { files: 0, errors: 0, warnings: 0, reported: 0, cancelled: true };
    if (run.stderr.trim() !== '') this.output.appendLine(`[validate] ${run.stderr.trimEnd()}`);
    const reports = parseValidateOutput(run.stdout);
    if (reports === undefined) {
      const reason = run.stderr.split(/\r?\n/).find((l) => l.trim() !== '') ?? `exit code ${String(run.code)}`;
      void vscode.window.showErrorMessage(`Call Home: workspace validation failed: ${reason}`, 'Show Log').then((c) => c === 'Show Log' && this.output.show(true));
      return undefined;
    }

    const open = new Set(vscode.workspace.textDocuments.filter((d) => d.languageId === LANGUAGE_ID).map((d) => d.uri.toString()));
    this.collection.clear();
    let errors = 0;
    let warnings = 0;
    let reported = 0;
    const entries: [vscode.Uri, vscode.Diagnostic[]][] = [];
    for (const r of reports) {
      errors += r.diagnostics.filter((d) => d.severity === 'error').length;
      warnings += r.diagnostics.filter((d) => d.severity === 'warning').length;
      const uri = vscode.Uri.file(r.file);
      if (open.has(uri.toString()) || r.diagnostics.length === 0) continue;
      entries.push([uri, r.diagnostics.map(toDiagnostic)]);
      reported++;
    }
    this.collection.set(entries);
    const withProblems = reports.filter((r) => r.diagnostics.some((d) => d.severity === 'error' || d.severity === 'warning')).length;
    const summary = `Call Home: ${reports.length} file${reports.length === 1 ? '' : 's'} validated — ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'} in ${withProblems} file${withProblems === 1 ? '' : 's'}.`;
    this.output.appendLine(`[validate] ${summary}`);
    const show = errors > 0 ? vscode.window.showWarningMessage : vscode.window.showInformationMessage;
    void show(summary, ...(errors + warnings > 0 ? ['Show Problems'] : [])).then((c) => {
      if (c === 'Show Problems') void vscode.commands.executeCommand('workbench.actions.view.problems');
    });
    return { files: reports.length, errors, warnings, reported, cancelled: false };
  }

  dispose(): void {
    this.sub.dispose();
    this.collection.dispose();
  }
}

function toDiagnostic(d: ValidateReport['diagnostics'][number]): vscode.Diagnostic {
  // The CLI's positions are 1-based with an exclusive end (SPEC §6).
  const start = new vscode.Position(Math.max(0, d.line - 1), Math.max(0, d.column - 1));
  const end = new vscode.Position(Math.max(0, d.endLine - 1), Math.max(0, d.endColumn - 1));
  const diag = new vscode.Diagnostic(new vscode.Range(start, end.isBefore(start) ? start : end), d.message, SEVERITY[d.severity] ?? vscode.DiagnosticSeverity.Warning);
  diag.source = 'callhome';
  diag.code = d.code;
  return diag;
}
