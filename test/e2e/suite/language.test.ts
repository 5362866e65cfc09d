// End-to-end: the extension inside a real VS Code (code-server's extension host). Opens the fixture workspace's
// `router-confg` (a running-config with one known error, `rate-limit 99`) and checks what the engineer sees:
// the language by file name, diagnostics, quick fix, completion, hover, outline, formatting and rename.
// Waits on VS Code events, never on fixed sleeps.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

const EXTENSION_ID = 'callhome-toolkit.callhome-toolkit';

interface CallHomeApi {
  ready: Promise<void>;
  serverState(): string;
  statusText(): string;
}

/** Resolves with the document's diagnostics once `pred` holds for them (checked on every change). */
function diagnosticsWhere(uri: vscode.Uri, pred: (d: vscode.Diagnostic[]) => boolean, timeoutMs = 30_000): Promise<vscode.Diagnostic[]> {
  const now = vscode.languages.getDiagnostics(uri);
  if (pred(now)) return Promise.resolve(now);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`diagnostics for ${uri.toString()} never matched; last: ${JSON.stringify(vscode.languages.getDiagnostics(uri).map((d) => d.code))}`));
    }, timeoutMs);
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (!e.uris.some((u) => u.toString() === uri.toString())) return;
      const d = vscode.languages.getDiagnostics(uri);
      if (!pred(d)) return;
      clearTimeout(timer);
      sub.dispose();
      resolve(d);
    });
  });
}

const codeOf = (d: vscode.Diagnostic): string => (typeof d.code === 'object' ? String(d.code.value) : String(d.code));

async function activateExtension(): Promise<CallHomeApi> {
  const ext = vscode.extensions.getExtension<CallHomeApi>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is installed`);
  const api = await ext.activate();
  await api.ready;
  return api;
}

suite('Call Home language features', () => {
  let uri: vscode.Uri;
  let doc: vscode.TextDocument;
  let api: CallHomeApi;

  suiteSetup(async () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the fixture workspace is open');
    uri = vscode.Uri.joinPath(folder.uri, 'router-confg');
    doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    api = await activateExtension();
  });

  test('a *-confg file opens as Cisco IOS and the server runs', () => {
    assert.equal(doc.languageId, 'cisco-ios');
    assert.equal(api.serverState(), 'running');
    assert.match(api.statusText(), /\$\(check\) Call Home/);
  });

  test('shows the known error of the fixture as a diagnostic', async () => {
    const diags = await diagnosticsWhere(uri, (d) => d.some((x) => codeOf(x) === 'rate-limit-range'));
    const d = diags.find((x) => codeOf(x) === 'rate-limit-range')!;
    assert.equal(d.source, 'callhome');
    assert.equal(d.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(doc.getText(d.range), '99');
    assert.match(d.message, /1 to 60/);
    assert.equal(diags.length, 1, `only the known error: ${JSON.stringify(diags.map(codeOf))}`);
  });

  test('callhome.validation.enable off clears the diagnostics, on brings them back', async () => {
    const cfg = vscode.workspace.getConfiguration('callhome');
    await cfg.update('validation.enable', false, vscode.ConfigurationTarget.Global);
    try {
      await diagnosticsWhere(uri, (d) => d.length === 0);
    } finally {
      await cfg.update('validation.enable', undefined, vscode.ConfigurationTarget.Global);
    }
    await diagnosticsWhere(uri, (d) => d.some((x) => codeOf(x) === 'rate-limit-range'));
  });

  test('completes profile keywords inside a profile', async () => {
    const line = doc.getText().split('\n').findIndex((l) => l.includes('subscribe-to-alert-group syslog'));
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, new vscode.Position(line, 2));
    const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    for (const k of ['destination', 'subscribe-to-alert-group', 'active']) assert.ok(labels.includes(k), `${k} in ${labels.join(',')}`);
    assert.ok(!labels.includes('mail-server'), 'call-home keywords are not offered in a profile');
  });

  test('hovers a command with its syntax and cited limits', async () => {
    const line = doc.getText().split('\n').findIndex((l) => l.includes('mail-server'));
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, new vscode.Position(line, 3));
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /mail-server \[username:password@\]/);
    assert.match(text, /Configuring Call Home 000:L951/);
  });

  test('outlines call-home with its profiles, and the trustpoint', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri);
    assert.deepEqual(
      symbols.map((s) => [s.name, s.children.map((c) => c.name)]),
      [
        ['call-home', ['CiscoTAC-1', 'NOC']],
        ['SLA-TrustPoint', []],
      ],
    );
  });

  test('renames a profile through the rename provider', async () => {
    const line = doc.getText().split('\n').findIndex((l) => l.includes('profile NOC'));
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', uri, new vscode.Position(line, 10), 'Ops');
    const edits = edit.get(uri);
    assert.equal(edits.length, 1);
    assert.equal(edits[0]!.newText, 'Ops');
  });

  test('applies a quick fix and the diagnostic goes away', async () => {
    const untitled = await vscode.workspace.openTextDocument({ language: 'cisco-ios', content: 'call-home\n contact-email-addr noc@example.com\n rate-limit 0\n' });
    await vscode.window.showTextDocument(untitled);
    const diags = await diagnosticsWhere(untitled.uri, (d) => d.some((x) => codeOf(x) === 'rate-limit-range'));
    const d = diags.find((x) => codeOf(x) === 'rate-limit-range')!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', untitled.uri, d.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.title === 'Use 1');
    assert.ok(fix?.edit, `a "Use 1" fix among ${JSON.stringify(actions.map((a) => a.title))}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.match(untitled.getText(), /rate-limit 1\n/);
    await diagnosticsWhere(untitled.uri, (x) => !x.some((y) => codeOf(y) === 'rate-limit-range'));
  });

  test('formats a flat snippet to running-config indentation', async () => {
    const flat = await vscode.workspace.openTextDocument({ language: 'cisco-ios', content: 'call-home\ncontact-email-addr noc@example.com\nprofile NOC\nactive\n' });
    const edits = await vscode.commands.executeCommand<vscode.TextEdit[]>('vscode.executeFormatDocumentProvider', flat.uri, { tabSize: 2, insertSpaces: true });
    const we = new vscode.WorkspaceEdit();
    we.set(flat.uri, edits);
    assert.ok(await vscode.workspace.applyEdit(we));
    assert.equal(flat.getText(), 'call-home\n contact-email-addr noc@example.com\n profile NOC\n  active\n');
  });
});

suite('Call Home commands', () => {
  test('switches a plain-text file to Cisco IOS and analyses it', async () => {
    await activateExtension();
    const plain = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'call-home\n rate-limit 75\n' });
    await vscode.window.showTextDocument(plain);
    const switched = await vscode.commands.executeCommand<vscode.TextDocument>('callhome.switchLanguage');
    assert.equal(switched.languageId, 'cisco-ios');
    await diagnosticsWhere(switched.uri, (d) => d.some((x) => codeOf(x) === 'rate-limit-range'));
  });

  test('restarts the language server and keeps serving diagnostics', async () => {
    const api = await activateExtension();
    await vscode.commands.executeCommand('callhome.restartServer');
    assert.equal(api.serverState(), 'running');
    const d = await vscode.workspace.openTextDocument({ language: 'cisco-ios', content: 'call-home\n rate-limit 61\n' });
    await diagnosticsWhere(d.uri, (x) => x.some((y) => codeOf(y) === 'rate-limit-range'));
  });

  test('contributes its commands in the Call Home category', async () => {
    const all = await vscode.commands.getCommands(true);
    for (const id of ['callhome.switchLanguage', 'callhome.restartServer', 'callhome.showOutput']) assert.ok(all.includes(id), id);
  });
});
