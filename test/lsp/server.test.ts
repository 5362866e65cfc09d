// The language server over a REAL connection: the built bundle dist/server/server.js is spawned with --stdio and
// driven with JSON-RPC, exactly as an editor drives it (SPEC §3.4, §8 "LSP tests over a real connection").
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import {
  CodeActionRequest,
  CompletionRequest,
  DefinitionRequest,
  DiagnosticSeverity,
  DocumentFormattingRequest,
  DocumentSymbolRequest,
  FoldingRangeRequest,
  HoverRequest,
  PrepareRenameRequest,
  ReferencesRequest,
  RenameRequest,
  SemanticTokensRequest,
  TextDocumentSyncKind,
  type CodeAction,
  type CompletionList,
  type DocumentSymbol,
  type MarkupContent,
  type SemanticTokensLegend,
  type TextEdit,
} from 'vscode-languageserver-protocol/node';
import { makeCa } from '../helpers/pki';
import { LspClient, applyTextEdits } from './harness';

const CONFIG = `hostname R1
service call-home
call-home
 contact-email-addr noc@example.com
 rate-limit 99
 profile "CiscoTAC-1"
  active
  destination transport-method http
 profile NOC
  destination address email noc@example.com
  destination transport-method email
  
 mail-server 10.0.0.1 priority 1
call-home test profile NOC
`;

function certConfig(): { text: string; der: Buffer } {
  const ca = makeCa('LSP Test CA');
  const der = Buffer.from(ca.certPem.replace(/-----[^-]+-----/g, '').replace(/\s+/g, ''), 'base64');
  const groups = der.toString('hex').toUpperCase().match(/.{1,8}/g)!;
  const hex: string[] = [];
  for (let i = 0; i < groups.length; i += 8) hex.push(`  ${groups.slice(i, i + 8).join(' ')}`);
  return { text: `crypto pki trustpoint LAB\n enrollment terminal\ncrypto pki certificate chain LAB\n certificate ca 01\n${hex.join('\n')}\n  \tquit\n`, der };
}

const fp = (alg: string, der: Buffer): string => createHash(alg).update(der).digest('hex').toUpperCase().match(/.{8}/g)!.join(' ');

describe('language server (stdio, built bundle)', () => {
  let c: LspClient;
  before(async () => {
    c = await LspClient.start({ settings: { validation: { enable: true }, maxFileSize: 1_000_000 } });
  });
  after(async () => {
    await c.stop();
  });

  it('initializes with incremental sync and every editor feature', () => {
    const caps = c.initializeResult.capabilities;
    const sync = caps.textDocumentSync as { change: number; save: unknown };
    assert.equal(sync.change, TextDocumentSyncKind.Incremental);
    assert.ok(sync.save);
    for (const k of ['completionProvider', 'hoverProvider', 'codeActionProvider', 'documentSymbolProvider', 'foldingRangeProvider', 'documentFormattingProvider', 'definitionProvider', 'referencesProvider', 'renameProvider', 'semanticTokensProvider'] as const) {
      assert.ok(caps[k], k);
    }
  });

  it('publishes diagnostics on open, with source, code, severity and fixes in data', async () => {
    const p = await c.open('file:///lsp/open.cfg', CONFIG);
    assert.equal(p.version, 1);
    const rate = p.diagnostics.find((d) => d.code === 'rate-limit-range');
    assert.ok(rate, JSON.stringify(p.diagnostics));
    assert.equal(rate.source, 'callhome');
    assert.equal(rate.severity, DiagnosticSeverity.Error);
    assert.deepEqual(rate.range, { start: { line: 4, character: 12 }, end: { line: 4, character: 14 } });
    assert.match(rate.message, /1 to 60/);
    assert.equal((rate.data as { fixes: unknown[] }).fixes.length, 1);
  });

  it('completes profile keywords in a profile, with markdown documentation', async () => {
    const r = (await c.conn.sendRequest(CompletionRequest.type, { textDocument: { uri: 'file:///lsp/open.cfg' }, position: { line: 11, character: 2 } })) as CompletionList;
    const labels = r.items.map((i) => i.label);
    for (const k of ['destination', 'subscribe-to-alert-group', 'active']) assert.ok(labels.includes(k), k);
    assert.ok(!labels.includes('mail-server'));
    const dest = r.items.find((i) => i.label === 'subscribe-to-alert-group')!;
    assert.equal((dest.documentation as MarkupContent).kind, 'markdown');
    assert.deepEqual((dest.textEdit as TextEdit).range, { start: { line: 11, character: 2 }, end: { line: 11, character: 2 } });
  });

  it('hovers a command with its syntax, limits and citation', async () => {
    const h = await c.conn.sendRequest(HoverRequest.type, { textDocument: { uri: 'file:///lsp/open.cfg' }, position: { line: 12, character: 3 } });
    const md = (h!.contents as MarkupContent).value;
    assert.match(md, /mail-server \[username:password@\]/);
    assert.match(md, /Priority 1 \(highest\) to 100 \(lowest\) \(Configuring Call Home 000:L951\)/);
    assert.deepEqual(h!.range!.start, { line: 12, character: 1 });
  });

  it('hovers a certificate with subject, issuer, validity and IOS fingerprints', async () => {
    const { text, der } = certConfig();
    await c.open('file:///lsp/cert.cfg', text);
    for (const position of [{ line: 3, character: 3 }, { line: 6, character: 5 }]) {
      const h = await c.conn.sendRequest(HoverRequest.type, { textDocument: { uri: 'file:///lsp/cert.cfg' }, position });
      const md = (h!.contents as MarkupContent).value;
      assert.match(md, /Subject:\n {4}cn=LSP Test CA/);
      assert.match(md, /Issuer:\n {4}cn=LSP Test CA/);
      assert.match(md, /start date: \d\d:\d\d:\d\d UTC [A-Z][a-z]{2} \d{1,2} \d{4}/);
      assert.ok(md.includes(`Fingerprint SHA1: ${fp('sha1', der)}`));
      assert.ok(md.includes(`Fingerprint MD5:  ${fp('md5', der)}`));
    }
  });

  it('offers the diagnostic fix as a quick fix; applying it clears the diagnostic', async () => {
    const uri = 'file:///lsp/fix.cfg';
    const text = 'call-home\n contact-email-addr noc@example.com\n profile NOC\n  destination preferred-msg-format xml\n  destination address http http://tools.cisco.com/its/service/oddce/services/DDCEService\n';
    const p = await c.open(uri, text);
    const d = p.diagnostics.find((x) => x.code === 'destination-url-insecure');
    assert.ok(d, JSON.stringify(p.diagnostics.map((x) => x.code)));
    const actions = (await c.conn.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } })) as CodeAction[];
    assert.equal(actions.length, 1);
    assert.equal(actions[0]!.kind, 'quickfix');
    assert.equal(actions[0]!.isPreferred, true);
    const edits = actions[0]!.edit!.changes![uri]!;
    const fixed = applyTextEdits(text, edits);
    assert.match(fixed, /https:\/\/tools\.cisco\.com/);
    await c.change(uri, 2, edits.map((e) => ({ range: e.range, text: e.newText })));
    const after2 = await c.diagnostics(uri, (x) => x.version === 2);
    assert.ok(!after2.diagnostics.some((x) => x.code === 'destination-url-insecure'));
  });

  it('lists document symbols: call-home → profiles, trustpoints, chains → certificates', async () => {
    const syms = (await c.conn.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: 'file:///lsp/open.cfg' } })) as DocumentSymbol[];
    assert.deepEqual(syms.map((s) => [s.name, (s.children ?? []).map((x) => x.name)]), [['call-home', ['CiscoTAC-1', 'NOC']]]);
    const certSyms = (await c.conn.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: 'file:///lsp/cert.cfg' } })) as DocumentSymbol[];
    assert.deepEqual(certSyms.map((s) => [s.name, (s.children ?? []).map((x) => `${x.name} — ${x.detail}`)]), [['LAB', []], ['LAB', ['certificate ca 01 — LSP Test CA']]]);
  });

  it('folds blocks', async () => {
    const r = await c.conn.sendRequest(FoldingRangeRequest.type, { textDocument: { uri: 'file:///lsp/open.cfg' } });
    assert.ok(r!.some((f) => f.startLine === 2 && f.endLine === 12));
    assert.ok(r!.some((f) => f.startLine === 8 && f.endLine === 10));
  });

  it('formats a flat snippet to running-config indentation', async () => {
    const uri = 'file:///lsp/flat.cfg';
    const text = 'call-home\ncontact-email-addr noc@example.com\nprofile NOC\ndestination address email noc@example.com\n';
    await c.open(uri, text);
    const edits = (await c.conn.sendRequest(DocumentFormattingRequest.type, { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } }))!;
    assert.equal(applyTextEdits(text, edits), 'call-home\n contact-email-addr noc@example.com\n profile NOC\n  destination address email noc@example.com\n');
  });

  it('goes to a profile definition, finds its references and renames it', async () => {
    const uri = 'file:///lsp/open.cfg';
    const use = { line: 13, character: 24 }; // NOC in `call-home test profile NOC`
    const def = await c.conn.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position: use });
    assert.deepEqual(def, [{ uri, range: { start: { line: 8, character: 9 }, end: { line: 8, character: 12 } } }]);
    const refs = await c.conn.sendRequest(ReferencesRequest.type, { textDocument: { uri }, position: use, context: { includeDeclaration: true } });
    assert.equal(refs!.length, 2);
    const prep = await c.conn.sendRequest(PrepareRenameRequest.type, { textDocument: { uri }, position: use });
    assert.deepEqual(prep, { range: { start: { line: 13, character: 23 }, end: { line: 13, character: 26 } }, placeholder: 'NOC' });
    const ws = await c.conn.sendRequest(RenameRequest.type, { textDocument: { uri }, position: use, newName: 'Ops' });
    const renamed = applyTextEdits(CONFIG, ws!.changes![uri]!);
    assert.match(renamed, / profile Ops\n/);
    assert.match(renamed, /call-home test profile Ops\n/);
  });

  it('refuses to rename CiscoTAC-1 with a message', async () => {
    await assert.rejects(
      c.conn.sendRequest(PrepareRenameRequest.type, { textDocument: { uri: 'file:///lsp/open.cfg' }, position: { line: 5, character: 12 } }),
      /CiscoTAC-1 is the predefined Cisco TAC profile and cannot be renamed/,
    );
  });

  it('returns semantic tokens in the advertised legend', async () => {
    const legend = (c.initializeResult.capabilities.semanticTokensProvider as { legend: SemanticTokensLegend }).legend;
    const r = await c.conn.sendRequest(SemanticTokensRequest.type, { textDocument: { uri: 'file:///lsp/open.cfg' } });
    const lines = CONFIG.split('\n');
    const out: string[] = [];
    let line = 0;
    let ch = 0;
    for (let i = 0; i < r!.data.length; i += 5) {
      const [dl, dc, len, type] = r!.data.slice(i, i + 4) as [number, number, number, number];
      line += dl;
      ch = dl === 0 ? ch + dc : dc;
      out.push(`${lines[line]!.slice(ch, ch + len)}:${legend.tokenTypes[type]}`);
    }
    assert.deepEqual(out.slice(0, 6), ['hostname:keyword', 'R1:string', 'service:keyword', 'call-home:keyword', 'call-home:keyword', 'contact-email-addr:keyword']);
    assert.ok(out.includes('99:number'));
    assert.ok(out.includes('"CiscoTAC-1":variable'));
  });

  it('publishes new diagnostics after didChange, debounced: only the last of quick edits is analysed', async () => {
    const uri = 'file:///lsp/change.cfg';
    const text = 'call-home\n contact-email-addr noc@example.com\n rate-limit 30\n';
    const first = await c.open(uri, text);
    assert.deepEqual(first.diagnostics, []);
    const mark = c.published.length;
    const r = { start: { line: 2, character: 12 }, end: { line: 2, character: 14 } };
    await c.change(uri, 2, [{ range: r, text: '61' }]);
    await c.change(uri, 3, [{ range: r, text: '62' }]);
    const p = await c.diagnostics(uri, (x) => x.version === 3, 5000, mark);
    assert.deepEqual(p.diagnostics.map((d) => d.code), ['rate-limit-range']);
    assert.match(p.diagnostics[0]!.message, /^62 is out of range/);
    assert.ok(!c.published.slice(mark).some((x) => x.uri === uri && x.version === 2), 'the stale version 2 was never published');
  });

  it('keeps the diagnostics without re-analysis for typing inside a skipped line, and re-analyses everything else', async () => {
    const uri = 'file:///lsp/keep.cfg';
    const text = 'interface Gi1\n description uplink\ncall-home\n contact-email-addr noc@example.com\n rate-limit 99\n';
    const first = await c.open(uri, text);
    assert.deepEqual(first.diagnostics.map((d) => d.code), ['rate-limit-range']);
    // Inside the interface description: the same diagnostics come back for the new version at once.
    let mark = c.published.length;
    await c.change(uri, 2, [{ range: { start: { line: 1, character: 19 }, end: { line: 1, character: 19 } }, text: '-x' }]);
    const kept = await c.diagnostics(uri, (x) => x.version === 2, 5000, mark);
    assert.deepEqual(kept.diagnostics, first.diagnostics);
    // Removing the description's indentation makes it a global command: full analysis, still correct.
    mark = c.published.length;
    await c.change(uri, 3, [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 1 } }, text: '' }]);
    const full = await c.diagnostics(uri, (x) => x.version === 3, 5000, mark);
    assert.deepEqual(full.diagnostics.map((d) => d.code), ['rate-limit-range']);
    // An edit in the call-home block is analysed: fixing the value clears the diagnostic.
    mark = c.published.length;
    await c.change(uri, 4, [{ range: { start: { line: 4, character: 12 }, end: { line: 4, character: 14 } }, text: '30' }]);
    const fixed = await c.diagnostics(uri, (x) => x.version === 4, 5000, mark);
    assert.deepEqual(fixed.diagnostics, []);
    await c.close(uri);
  });

  it('publishes again on save and clears diagnostics on close', async () => {
    const uri = 'file:///lsp/change.cfg';
    const mark = c.published.length;
    await c.save(uri);
    const p = await c.diagnostics(uri, () => true, 5000, mark);
    assert.equal(p.version, 3);
    await c.close(uri);
    const closed = await c.diagnostics(uri, (x) => x.diagnostics.length === 0, 5000, mark + 1);
    assert.deepEqual(closed.diagnostics, []);
  });
});

describe('language server settings', () => {
  let c: LspClient;
  before(async () => {
    c = await LspClient.start({ settings: { validation: { enable: true }, maxFileSize: 100 } });
  });
  after(async () => {
    await c.stop();
  });

  it('does not analyse a file above callhome.maxFileSize: one information diagnostic, no features', async () => {
    const uri = 'file:///lsp/big.cfg';
    const p = await c.open(uri, CONFIG);
    assert.equal(p.diagnostics.length, 1);
    assert.equal(p.diagnostics[0]!.code, 'file-too-large');
    assert.equal(p.diagnostics[0]!.severity, DiagnosticSeverity.Information);
    assert.equal(await c.conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 4, character: 2 } }), null);
  });

  it('re-reads the settings on didChangeConfiguration: validation off, then on', async () => {
    const uri = 'file:///lsp/big.cfg';
    let mark = c.published.length;
    await c.changeSettings({ validation: { enable: false }, maxFileSize: 1_000_000 });
    const off = await c.diagnostics(uri, () => true, 5000, mark);
    assert.deepEqual(off.diagnostics, []);
    // Features keep working while validation is off.
    const h = await c.conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 4, character: 2 } });
    assert.match((h!.contents as MarkupContent).value, /rate-limit number/);
    mark = c.published.length;
    await c.changeSettings({ validation: { enable: true }, maxFileSize: 1_000_000 });
    const on = await c.diagnostics(uri, () => true, 5000, mark);
    assert.ok(on.diagnostics.some((d) => d.code === 'rate-limit-range'));
  });

  it('never writes anything but protocol messages to stdout (the connection stayed healthy)', () => {
    assert.equal(c.proc.exitCode, null);
  });
});
