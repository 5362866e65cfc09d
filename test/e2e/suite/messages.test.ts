// End-to-end: the message half of the extension inside a real VS Code (SPEC §7). On the fixture `lab-confg`:
// CodeLens over the profile lines, the preview (rendered by the host, live on edits and setting changes, format
// and group switched through the webview's own message path), the local receiver started by command, a test
// alert and an alert group sent from the unsaved document to it, and Validate Workspace into the Problems view.
// Waits on conditions with deadlines, never on long fixed sleeps.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';

const EXTENSION_ID = 'callhome-toolkit.callhome-toolkit';

// The extension's own types (type-only imports: nothing of the client is bundled into the test).
import type { CallHomeApi } from '../../../client/src/extension';
import type { ReceiverSnapshot } from '../../../client/src/receiver';
import type { SendOutcome } from '../../../client/src/send';

/** Polls `get` until `pred` holds (every 50 ms), or fails after `timeoutMs` with the last value. */
async function waitFor<T>(what: string, get: () => T, pred: (v: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last = get();
  while (!pred(last)) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last: ${JSON.stringify(last)?.slice(0, 2000)}`);
    await new Promise((r) => setTimeout(r, 50));
    last = get();
  }
  return last;
}

const previewTabs = (): vscode.Tab[] =>
  vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('callhome.preview'));

suite('Call Home messages: preview, send, receiver', () => {
  let api: CallHomeApi;
  let uri: vscode.Uri;
  let doc: vscode.TextDocument;
  let original: string;
  const cfg = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('callhome');

  suiteSetup(async () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the fixture workspace is open');
    uri = vscode.Uri.joinPath(folder.uri, 'lab-confg');
    original = fs.readFileSync(uri.fsPath, 'utf8');
    // code-server saves after a delay by default; the edits below must stay unsaved (and out of the repo).
    await vscode.workspace.getConfiguration('files').update('autoSave', 'off', vscode.ConfigurationTarget.Global);
    doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc, vscode.ViewColumn.One);
    const ext = vscode.extensions.getExtension<CallHomeApi>(EXTENSION_ID);
    assert.ok(ext, `extension ${EXTENSION_ID} is installed`);
    api = await ext.activate();
    await api.ready;
    // Any free ports: a receiver or demo elsewhere on this machine must not make the run flaky.
    await cfg().update('receiver.httpPort', 0, vscode.ConfigurationTarget.Global);
    await cfg().update('receiver.smtpPort', 0, vscode.ConfigurationTarget.Global);
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('callhome.stopReceiver');
    for (const k of ['receiver.httpPort', 'receiver.smtpPort', 'device.serialNumber']) await cfg().update(k, undefined, vscode.ConfigurationTarget.Global);
    // Drop the unsaved edit, and make sure the fixture on disk is as it was whatever happened.
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('workbench.action.files.revert');
    if (fs.readFileSync(uri.fsPath, 'utf8') !== original) fs.writeFileSync(uri.fsPath, original);
    await vscode.workspace.getConfiguration('files').update('autoSave', undefined, vscode.ConfigurationTarget.Global);
  });

  test('CodeLens offers "Preview" and "Send test" over each profile line', async () => {
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri);
    const lines = doc.getText().split('\n');
    const got = lenses
      .filter((l) => l.command !== undefined)
      .map((l) => `${l.range.start.line}:${l.command!.title}:${l.command!.command}:${String((l.command!.arguments?.[0] as vscode.Uri).toString() === uri.toString())}:${String(l.command!.arguments?.[1])}`)
      .sort();
    const lab = lines.indexOf(' profile LAB');
    const pager = lines.indexOf(' profile PAGER');
    assert.deepEqual(
      got,
      [
        `${lab}:Preview:callhome.previewMessage:true:LAB`,
        `${lab}:Send test:callhome.sendTestAlert:true:LAB`,
        `${pager}:Preview:callhome.previewMessage:true:PAGER`,
        `${pager}:Send test:callhome.sendTestAlert:true:PAGER`,
      ].sort(),
    );
  });

  test('opens the preview beside the editor with the host-rendered message', async () => {
    await vscode.commands.executeCommand('callhome.previewMessage', uri, 'LAB');
    const s = await waitFor('the first render', () => api.previewState(uri), (v) => v !== undefined && v.body !== '');
    assert.ok(s);
    assert.equal(s.error, undefined);
    assert.equal(s.profile, 'LAB');
    assert.equal(s.group, 'test');
    assert.equal(s.format, 'xml', 'the profile’s preferred format');
    assert.deepEqual(s.profiles, ['CiscoTAC-1', 'LAB', 'PAGER']);
    assert.match(s.body, /<aml-session:MessageId>M1:[^<]+<\/aml-session:MessageId>/);
    assert.match(s.body, /<ch:Name>LAB-E2E<\/ch:Name>/);
    assert.ok(s.body.includes('<ch:Email>noc@example.com</ch:Email>'));

    // The webview's own script ran (it passed the CSP by its nonce) and asked the host for the render.
    await waitFor('the webview script to post "ready"', () => api.previewState(uri)!, (v) => v.webviewReady >= 1);
    const tabs = await waitFor('the preview tab', previewTabs, (t) => t.length === 1);
    assert.notEqual(tabs[0]!.group.viewColumn, vscode.ViewColumn.One, 'beside the editor, not over it');
    // Running it again (e.g. for another profile) updates the same panel instead of opening a second one.
    await vscode.commands.executeCommand('callhome.previewMessage', uri, 'PAGER');
    const pager = await waitFor('the PAGER render', () => api.previewState(uri), (v) => v?.profile === 'PAGER');
    assert.equal(pager?.format, 'short-text');
    assert.equal(previewTabs().length, 1);
    await api.previewPost(uri, { type: 'select', profile: 'LAB' });
  });

  test('updates as the config changes (unsaved edit)', async () => {
    const before = api.previewState(uri)!.renders;
    const line = doc.getText().split('\n').findIndex((l) => l.includes('contact-email-addr'));
    const start = doc.lineAt(line).text.indexOf('noc@example.com');
    const edit = new vscode.WorkspaceEdit();
    edit.replace(uri, new vscode.Range(line, start, line, start + 'noc@example.com'.length), 'ops-e2e@example.com');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const s = await waitFor('a render with the new contact', () => api.previewState(uri)!, (v) => v.body.includes('<ch:Email>ops-e2e@example.com</ch:Email>'));
    assert.ok(s.renders > before, `renders ${s.renders} > ${before}`);
  });

  test('switches format and alert group through the webview’s message path; never shows a password', async () => {
    let s = await api.previewPost(uri, { type: 'select', format: 'long-text' });
    assert.equal(s?.format, 'long-text');
    assert.match(s!.body, /Message Type\s*:/);
    s = await api.previewPost(uri, { type: 'select', group: 'configuration', format: 'xml' });
    assert.equal(s?.group, 'configuration');
    assert.match(s!.body, /<aml-block:Type>http:\/\/www.cisco.com\/2005\/05\/callhome\/configuration<\/aml-block:Type>/);
    assert.match(s!.body, /mail-server labuser:.*@192\.0\.2\.26/, 'the configuration is attached');
    assert.ok(!s!.body.includes('S3cret'), 'the password is scrubbed');
    // What the webview may not ask for is ignored.
    const renders = s!.renders;
    s = await api.previewPost(uri, { type: 'select', format: 'html' });
    assert.equal(s?.format, 'xml');
    assert.equal(s?.renders, renders);
    await api.previewPost(uri, { type: 'select', group: 'test' });
  });

  test('follows the device fact settings', async () => {
    await cfg().update('device.serialNumber', 'E2E12345', vscode.ConfigurationTarget.Global);
    const s = await waitFor('a render with the new serial', () => api.previewState(uri)!, (v) => v.messageId.includes(':E2E12345:'));
    assert.match(s.body, /@C@E2E12345/);
    await cfg().update('device.serialNumber', undefined, vscode.ConfigurationTarget.Global);
    await waitFor('the default serial again', () => api.previewState(uri)!, (v) => !v.messageId.includes('E2E12345'));
  });

  test('starts the local receiver by command', async () => {
    const snap = await vscode.commands.executeCommand<ReceiverSnapshot>('callhome.startReceiver');
    assert.equal(snap?.running, true);
    const rx = api.receiver();
    assert.equal(rx.running, true);
    assert.match(rx.httpUrl ?? '', /^http:\/\/127\.0\.0\.1:\d+\/$/);
    assert.match(rx.smtp ?? '', /^127\.0\.0\.1:\d+$/);
    assert.match(api.receiverStatusText(), /^\$\(broadcast\) Receiver \d+\/\d+$/);
  });

  test('sends a test alert from the unsaved document to the receiver (Send Test Alert with (uri, profile))', async () => {
    assert.ok(doc.isDirty, 'the edit above is not saved');
    const already = api.receiver().messages.length;
    const out = await vscode.commands.executeCommand<SendOutcome>('callhome.sendTestAlert', uri, 'LAB');
    assert.ok(out, 'the command returns its outcome');
    assert.equal(out.target, 'localReceiver', 'auto: the running receiver');
    assert.equal(out.code, 0, out.summary.text);
    assert.equal(out.summary.level, 'info');
    const id = out.result!.messageId;
    const smtpPort = api.receiver().smtp!.split(':')[1];
    assert.ok(out.summary.text.includes(`email noc@example.com via 127.0.0.1:${smtpPort}: accepted`), out.summary.text);
    assert.deepEqual(out.result!.results.map((r) => `${r.transport}:${String(r.ok)}`).sort(), ['email:true', 'http:true']);

    const got = await waitFor('both messages at the receiver', () => api.receiver().messages.slice(already), (m) => m.filter((x) => x.messageId === id).length === 2);
    assert.deepEqual(got.map((m) => m.transport).sort(), ['http', 'smtp']);
    for (const m of got) {
      assert.equal(m.accepted, true);
      assert.ok(fs.existsSync(m.file), m.file);
      const stored = fs.readFileSync(m.file, 'utf8');
      assert.ok(stored.includes(`<aml-session:MessageId>${id}</aml-session:MessageId>`), `${m.file} holds the MessageId`);
      assert.ok(stored.includes('ops-e2e@example.com'), 'sent from the editor text, unsaved edit included');
      assert.ok(!stored.includes('S3cret'));
    }
  });

  test('sends an alert group with its text (Send Alert Group with (uri, profile, group, text))', async () => {
    const already = api.receiver().messages.length;
    const line = '%LINK-3-UPDOWN: Interface GigabitEthernet0/0/1, changed state to down';
    const out = await vscode.commands.executeCommand<SendOutcome>('callhome.sendAlertGroup', uri, 'LAB', 'syslog', line);
    assert.equal(out?.code, 0, out?.summary.text);
    assert.equal(out.group, 'syslog');
    const got = await waitFor('the syslog alert at the receiver', () => api.receiver().messages.slice(already), (m) => m.length === 2);
    const body = fs.readFileSync(got[0]!.file, 'utf8');
    assert.ok(body.includes('http://www.cisco.com/2005/05/callhome/syslog'));
    assert.ok(body.includes('LINK-3-UPDOWN'));
  });

  test('stops the receiver by command', async () => {
    const snap = await vscode.commands.executeCommand<ReceiverSnapshot>('callhome.stopReceiver');
    assert.equal(snap?.running, false);
    assert.equal(api.receiver().running, false);
    assert.equal(api.receiverStatusText(), '');
  });

  test('Validate Workspace puts problems of files that are not open in the Problems view', async () => {
    const folder = vscode.workspace.workspaceFolders![0]!;
    const closed = vscode.Uri.joinPath(folder.uri, 'branches', 'branch-confg');
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === closed.toString()), 'the branch config was never opened');
    const r = await vscode.commands.executeCommand<{ files: number; errors: number; reported: number }>('callhome.validateWorkspace');
    assert.ok(r);
    assert.ok(r.files >= 3, `files: ${r.files}`);
    assert.ok(r.errors >= 1);
    const diags = vscode.languages.getDiagnostics(closed);
    const d = diags.find((x) => String(typeof x.code === 'object' ? x.code.value : x.code) === 'rate-limit-range');
    assert.ok(d, JSON.stringify(diags));
    assert.equal(d.source, 'callhome');
    assert.equal(d.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(d.range.start.line, 7);
    assert.equal(d.range.start.character, 12);
    // The open fixture is left to the language server: no second copy of its diagnostics.
    const lab = vscode.languages.getDiagnostics(uri).map((x) => `${x.range.start.line}:${String(typeof x.code === 'object' ? x.code.value : x.code)}`);
    assert.equal(new Set(lab).size, lab.length, `no duplicates: ${JSON.stringify(lab)}`);
  });

  test('contributes the message commands; forgetting passwords with none stored is harmless', async () => {
    const all = await vscode.commands.getCommands(true);
    for (const id of ['callhome.previewMessage', 'callhome.sendTestAlert', 'callhome.sendAlertGroup', 'callhome.startReceiver', 'callhome.stopReceiver', 'callhome.validateWorkspace', 'callhome.forgetSmtpPasswords']) {
      assert.ok(all.includes(id), id);
    }
    assert.equal(await vscode.commands.executeCommand<number>('callhome.forgetSmtpPasswords'), 0);
  });
});
