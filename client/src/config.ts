// The extension's identifiers and typed access to its `callhome.*` settings, in one place that matches
// package.json `contributes` (languages, commands, configuration).
import * as vscode from 'vscode';

export const LANGUAGE_ID = 'cisco-ios';
export const SECTION = 'callhome';
export const OUTPUT_CHANNEL_NAME = 'Call Home';

/** Command ids contributed in package.json. */
export const Commands = {
  switchLanguage: 'callhome.switchLanguage',
  restartServer: 'callhome.restartServer',
  showOutput: 'callhome.showOutput',
} as const;

export type TraceLevel = 'off' | 'messages' | 'verbose';

function section(scope?: vscode.ConfigurationScope): vscode.WorkspaceConfiguration {
  return vscode.workspace.getConfiguration(SECTION, scope);
}

export const config = {
  validationEnabled: (scope?: vscode.ConfigurationScope): boolean => section(scope).get<boolean>('validation.enable', true),
  maxFileSize: (scope?: vscode.ConfigurationScope): number => section(scope).get<number>('maxFileSize', 5 * 1024 * 1024),
  traceServer: (): TraceLevel => section().get<TraceLevel>('trace.server', 'off'),
};
