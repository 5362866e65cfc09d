// The extension's identifiers and typed access to its `callhome.*` settings, in one place that matches
// package.json `contributes` (languages, commands, configuration).
import * as vscode from 'vscode';
import * as path from 'node:path';
import { DEVICE_FACT_SETTINGS, type DeviceFactSetting, type FactsSources } from './deviceFacts';

export const LANGUAGE_ID = 'cisco-ios';
export const SECTION = 'callhome';
export const OUTPUT_CHANNEL_NAME = 'Call Home';

/** Command ids contributed in package.json. */
export const Commands = {
  switchLanguage: 'callhome.switchLanguage',
  restartServer: 'callhome.restartServer',
  showOutput: 'callhome.showOutput',
  previewMessage: 'callhome.previewMessage',
  sendTestAlert: 'callhome.sendTestAlert',
  sendAlertGroup: 'callhome.sendAlertGroup',
  startReceiver: 'callhome.startReceiver',
  stopReceiver: 'callhome.stopReceiver',
  validateWorkspace: 'callhome.validateWorkspace',
  forgetSmtpPasswords: 'callhome.forgetSmtpPasswords',
} as const;

/** Context key set while the extension's local receiver runs (package.json `when` clauses). */
export const RECEIVER_RUNNING_CONTEXT = 'callhome.receiverRunning';
/** Where Send Test Alert delivers: see `callhome.send.target`. */
export type SendTarget = 'auto' | 'localReceiver' | 'configured';


export type TraceLevel = 'off' | 'messages' | 'verbose';

function section(scope?: vscode.ConfigurationScope): vscode.WorkspaceConfiguration {
  return vscode.workspace.getConfiguration(SECTION, scope);
}

export const config = {
  validationEnabled: (scope?: vscode.ConfigurationScope): boolean => section(scope).get<boolean>('validation.enable', true),
  maxFileSize: (scope?: vscode.ConfigurationScope): number => section(scope).get<number>('maxFileSize', 5 * 1024 * 1024),
  traceServer: (): TraceLevel => section().get<TraceLevel>('trace.server', 'off'),
  sendTarget: (scope?: vscode.ConfigurationScope): SendTarget => {
    const v = section(scope).get<string>('send.target', 'auto');
    return v === 'localReceiver' || v === 'configured' ? v : 'auto';
  },
  /** Lab SMTP port for mail servers without one; undefined = the CLI's default (25). */
  smtpPort: (scope?: vscode.ConfigurationScope): number | undefined => validPort(section(scope).get<number | null>('smtp.port', null), 1),
  receiverHttpPort: (): number => validPort(section().get<number>('receiver.httpPort', 8089), 0) ?? 8089,
  receiverSmtpPort: (): number => validPort(section().get<number>('receiver.smtpPort', 2525), 0) ?? 2525,
  /** The non-empty `callhome.device.*` fact settings. */
  deviceFacts: (scope?: vscode.ConfigurationScope): Partial<Record<DeviceFactSetting, string>> => {
    const s = section(scope);
    const out: Partial<Record<DeviceFactSetting, string>> = {};
    for (const k of DEVICE_FACT_SETTINGS) {
      const v = s.get<string>(`device.${k}`, '');
      if (typeof v === 'string' && v.trim() !== '') out[k] = v.trim();
    }
    return out;
  },
  deviceFactsFile: (scope?: vscode.ConfigurationScope): string | undefined => {
    const v = section(scope).get<string>('device.factsFile', '');
    return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
  },
};

/**
 * Where the device facts for a document come from. A relative `callhome.device.factsFile` (or one starting with
 * `${workspaceFolder}`) is taken from the document's workspace folder, else the first one.
 */
export function deviceFactsSources(uri: vscode.Uri | undefined): FactsSources {
  const settings = config.deviceFacts(uri);
  let file = config.deviceFactsFile(uri);
  if (file !== undefined) {
    const folder = (uri !== undefined ? vscode.workspace.getWorkspaceFolder(uri) : undefined) ?? vscode.workspace.workspaceFolders?.[0];
    const base = folder?.uri.scheme === 'file' ? folder.uri.fsPath : undefined;
    file = file.replace(/^\$\{workspaceFolder\}[\\/]?/, base !== undefined ? `${base}${path.sep}` : '');
    if (!path.isAbsolute(file) && base !== undefined) file = path.join(base, file);
  }
  return file !== undefined ? { settings, file } : { settings };
}

/** A port number setting: an integer in [min, 65535], else undefined (bad values fall back to defaults). */
function validPort(v: unknown, min: number): number | undefined {
  return typeof v === 'number' && Number.isInteger(v) && v >= min && v <= 65535 ? v : undefined;
}
