// "Call Home: Send Test Alert" / "Send Alert Group": writes the editor's current text (unsaved edits included)
// to a temp file and runs the bundled CLI's `send --json` on it, inside a cancellable progress notification;
// then one line per destination in a notification and the whole JSON result in the "Call Home" channel.
// SMTP passwords missing from the config (`mail-server user@host`) are asked once and kept in SecretStorage.
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { findProfile, type ConfigModel, type Profile } from '../../server/src/language';
import { ALERT_GROUP_NAMES, parseAlertGroup, type AlertGroupName } from '../../server/src/render';
import { parseSendOutput, redact, sendArgs, smtpCredentialNeeded, summarizeSend, type ReceiverTarget, type SendResult, type SendSummary } from './cliProtocol';
import { cliEnv, runCli } from './cliRunner';
import { config, deviceFactsSources } from './config';
import { factsDocument } from './deviceFacts';
import { documentFor, targetUri, type DocumentModels } from './documentModels';
import { profileNames } from './preview/renderPreview';
import type { LocalReceiver } from './receiver';

/** globalState key listing the SecretStorage keys we wrote (SecretStorage cannot enumerate its keys). */
const SECRET_INDEX = 'callhome.smtp.secretKeys';

/** What a send command returns (the end-to-end tests read it). */
export interface SendOutcome {
  profile: string;
  group: AlertGroupName;
  target: 'localReceiver' | 'configured';
  /** CLI exit code: 0 all accepted, 1 some failed, 2 usage/config error; null when cancelled. */
  code: number | null;
  cancelled: boolean;
  result?: SendResult;
  summary: SendSummary;
}

export interface SenderDeps {
  extension: vscode.ExtensionContext;
  output: vscode.OutputChannel;
  models: DocumentModels;
  receiver: LocalReceiver;
}

export class Sender {
  constructor(private readonly deps: SenderDeps) {}

  /**
   * Sends one alert. Arguments may come from CodeLens or other callers: `(uri, profile, group, text)`; what
   * is missing is asked for (the text only when the profile was picked interactively).
   */
  async send(kind: 'test' | 'group', uriArg?: unknown, profileArg?: unknown, groupArg?: unknown, textArg?: unknown): Promise<SendOutcome | undefined> {
    const uri = targetUri(uriArg);
    if (uri === undefined) {
      void vscode.window.showInformationMessage('Open a Cisco IOS configuration first, then send a test alert from it.');
      return undefined;
    }
    const doc = await documentFor(uri);
    const model = this.deps.models.get(doc).model;

    const interactive = typeof profileArg !== 'string' || profileArg === '';
    const profile = interactive ? await pickProfile(model) : (profileArg as string);
    if (profile === undefined) return undefined;
    if (findProfile(model, profile) === undefined) {
      void vscode.window.showErrorMessage(`No profile "${profile}" in ${path.basename(uri.path)} (profiles: ${profileNames(model).join(', ')}).`);
      return undefined;
    }

    let group: AlertGroupName | undefined = 'test';
    if (typeof groupArg === 'string' && groupArg !== '') {
      group = parseAlertGroup(groupArg);
      if (group === undefined) {
        void vscode.window.showErrorMessage(`Unknown alert group "${groupArg}" (expected ${ALERT_GROUP_NAMES.join(', ')}).`);
        return undefined;
      }
    } else if (kind === 'group') group = await pickGroup();
    if (group === undefined) return undefined;

    let text = typeof textArg === 'string' ? textArg : undefined;
    if (text === undefined && interactive) {
      text = await vscode.window.showInputBox({
        title: `Call Home: ${group} alert to ${profile}`,
        prompt: 'Message text (optional; Enter sends the default text)',
        placeHolder: group === 'test' ? 'e.g. "test from VS Code"' : 'e.g. a syslog line for the syslog group',
        ignoreFocusOut: true,
      });
      if (text === undefined) return undefined; // Escape cancels the send
    }

    const target = this.resolveTarget(uri);
    let password: string | undefined;
    const need = smtpCredentialNeeded(model, profile, target.kind === 'localReceiver');
    if (need !== undefined) {
      password = await this.smtpPassword(need);
      if (password === undefined) return undefined;
    }
    return this.run(doc, { profile, group, ...(text !== undefined && text !== '' ? { text } : {}) }, target, password, need?.key);
  }

  /** `callhome.send.target`: the extension's receiver (when running, for `auto`) or the configured destinations. */
  private resolveTarget(uri: vscode.Uri): { kind: 'localReceiver'; endpoint: ReceiverTarget } | { kind: 'configured' } {
    const setting = config.sendTarget(uri);
    const running = this.deps.receiver.endpoint;
    if (setting === 'configured' || (setting === 'auto' && running === undefined)) return { kind: 'configured' };
    // `localReceiver` without ours running: a receiver the user started elsewhere on the configured ports.
    return { kind: 'localReceiver', endpoint: running ?? { httpUrl: `http://127.0.0.1:${config.receiverHttpPort()}/`, smtp: `127.0.0.1:${config.receiverSmtpPort()}` } };
  }

  private async smtpPassword(need: { user: string; host: string; key: string }): Promise<string | undefined> {
    const stored = await this.deps.extension.secrets.get(need.key);
    if (stored !== undefined && stored !== '') return stored;
    const entered = await vscode.window.showInputBox({
      title: `SMTP password for ${need.user}@${need.host}`,
      prompt: `The configuration has "mail-server ${need.user}@${need.host}" without a password. It is kept in VS Code's secret storage, never in the file or the log.`,
      password: true,
      ignoreFocusOut: true,
    });
    if (entered === undefined || entered === '') return undefined;
    await this.deps.extension.secrets.store(need.key, entered);
    const index = this.deps.extension.globalState.get<string[]>(SECRET_INDEX, []);
    if (!index.includes(need.key)) await this.deps.extension.globalState.update(SECRET_INDEX, [...index, need.key]);
    return entered;
  }

  async forgetPasswords(): Promise<number> {
    const index = this.deps.extension.globalState.get<string[]>(SECRET_INDEX, []);
    for (const key of index) await this.deps.extension.secrets.delete(key);
    await this.deps.extension.globalState.update(SECRET_INDEX, []);
    void vscode.window.showInformationMessage(index.length === 0 ? 'No stored Call Home SMTP passwords.' : `Forgot ${index.length} stored Call Home SMTP password${index.length === 1 ? '' : 's'}.`);
    return index.length;
  }

  private async run(
    doc: vscode.TextDocument,
    req: { profile: string; group: AlertGroupName; text?: string },
    target: { kind: 'localReceiver'; endpoint: ReceiverTarget } | { kind: 'configured' },
    password: string | undefined,
    secretKey: string | undefined,
  ): Promise<SendOutcome> {
    const out = this.deps.output;
    const what = req.group === 'test' ? 'Test alert' : `${req.group} alert`;
    const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'callhome-send-'));
    try {
      // The CLI reads a file; the temp copy carries unsaved edits and keeps the name for its messages.
      const configFile = path.join(tmp, safeName(path.basename(doc.uri.path)));
      await fs.writeFile(configFile, doc.getText(), 'utf8');
      const facts = factsDocument(deviceFactsSources(doc.uri));
      for (const e of facts.errors) out.appendLine(`[send] ${e} (sending with default device facts)`);
      let deviceFile: string | undefined;
      if (facts.doc !== undefined) {
        deviceFile = path.join(tmp, 'device.json');
        await fs.writeFile(deviceFile, JSON.stringify(facts.doc), 'utf8');
      }
      const smtpPort = config.smtpPort(doc.uri);
      const args = sendArgs({
        cli: this.deps.extension.asAbsolutePath(path.join('dist', 'cli', 'callhome.js')),
        configFile,
        profile: req.profile,
        group: req.group,
        ...(req.text !== undefined ? { text: req.text } : {}),
        ...(deviceFile !== undefined ? { deviceFile } : {}),
        ...(smtpPort !== undefined ? { smtpPort } : {}),
        ...(target.kind === 'localReceiver' ? { receiver: target.endpoint } : {}),
      });
      const where = target.kind === 'localReceiver' ? `the local receiver (${target.endpoint.httpUrl}, SMTP ${target.endpoint.smtp})` : 'the configured destinations';
      out.appendLine(`[send] ${what} from ${doc.uri.fsPath || doc.uri.toString()}, profile ${req.profile}, to ${where}`);

      const run = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: `Call Home: sending ${what.toLowerCase()} to profile ${req.profile}…`, cancellable: true },
        (_progress, token) => {
          const abort = new AbortController();
          const sub = token.onCancellationRequested(() => abort.abort());
          return runCli(args, { env: cliEnv({ CALLHOME_SMTP_PASSWORD: password }), signal: abort.signal }).finally(() => sub.dispose());
        },
      );
      const secrets = [password];
      if (run.stdout.trim() !== '') out.appendLine(redact(run.stdout.trimEnd(), secrets));
      if (run.stderr.trim() !== '') out.appendLine(redact(run.stderr.trimEnd(), secrets));
      const base = { profile: req.profile, group: req.group, target: target.kind, code: run.code, cancelled: run.cancelled } as const;
      if (run.cancelled) {
        const summary: SendSummary = { level: 'warning', text: `${what} to ${req.profile} cancelled.` };
        out.appendLine(`[send] cancelled`);
        void vscode.window.showWarningMessage(summary.text);
        return { ...base, summary };
      }
      const result = parseSendOutput(run.stdout);
      const summary = summarizeSend(what, run.code, result, redact(run.stderr, secrets));
      for (const n of result?.notes ?? []) out.appendLine(`[send] note: ${redact(n, secrets)}`);
      out.appendLine(`[send] ${redact(summary.text, secrets)}`);
      this.notify(summary, redact(summary.text, secrets), secretKey !== undefined && authFailed(result) ? secretKey : undefined);
      return { ...base, ...(result !== undefined ? { result } : {}), summary };
    } finally {
      await fs.rm(tmp, { recursive: true, force: true }).catch(() => undefined);
    }
  }

  private notify(summary: SendSummary, text: string, forgetKey: string | undefined): void {
    const buttons = forgetKey !== undefined ? ['Show Log', 'Forget Password'] : ['Show Log'];
    const show = summary.level === 'info' ? vscode.window.showInformationMessage : summary.level === 'warning' ? vscode.window.showWarningMessage : vscode.window.showErrorMessage;
    void show(text, ...buttons).then(async (choice) => {
      if (choice === 'Show Log') this.deps.output.show(true);
      else if (choice === 'Forget Password' && forgetKey !== undefined) await this.deps.extension.secrets.delete(forgetKey);
    });
  }
}

/** The mail server refused the stored password (SMTP 535 / an authentication error): offer to forget it. */
function authFailed(result: SendResult | undefined): boolean {
  return result?.results.some((r) => r.transport === 'email' && !r.ok && /\b535\b|auth/i.test(r.status)) === true;
}

/** A file name safe on every platform (untitled documents have odd names). */
function safeName(name: string): string {
  const s = name.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^\.+/, '');
  return s === '' ? 'config' : s;
}

function describeProfile(p: Profile): string {
  const parts: string[] = [];
  if (p.transport.email) parts.push(`email ${p.destinations.filter((d) => d.kind === 'email').map((d) => d.value).join(', ') || (p.predefined ? 'callhome@cisco.com' : '(no address)')}`);
  if (p.transport.http) parts.push(`http ${p.destinations.filter((d) => d.kind === 'http').map((d) => d.value).join(', ') || (p.predefined ? 'Cisco Smart Call Home' : '(no URL)')}`);
  if (!p.active) parts.push('inactive');
  return parts.join(' · ');
}

async function pickProfile(model: ConfigModel): Promise<string | undefined> {
  const names = profileNames(model);
  if (names.length === 1) return names[0];
  const items = names.map((name) => {
    const p = findProfile(model, name);
    return { label: name, description: p !== undefined ? describeProfile(p) : '', detail: p?.configured === false ? 'built in (not configured in this file)' : undefined };
  });
  // Configured profiles first: the built-in CiscoTAC-1 is rarely the one tested from a lab config.
  items.sort((a, b) => Number(a.detail !== undefined) - Number(b.detail !== undefined));
  const pick = await vscode.window.showQuickPick(items, { title: 'Call Home: send to which profile?', placeHolder: 'Profile' });
  return pick?.label;
}

async function pickGroup(): Promise<AlertGroupName | undefined> {
  const pick = await vscode.window.showQuickPick(
    ALERT_GROUP_NAMES.map((g) => ({ label: g })),
    { title: 'Call Home: which alert group?', placeHolder: 'Alert group' },
  );
  return pick?.label;
}
