// Go to definition, references and rename for profile and trustpoint names (SPEC §3.4). Profile names match
// without case (000:L541); CiscoTAC-1 cannot be renamed.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyEdits, definitionAt, prepareRename, referencesAt, renameEdits } from '../../../server/src/services';
import { analysisOf, at } from './util';

const CONFIG = `call-home
 contact-email-addr noc@example.com
 profile "CiscoTAC-1"
  active
 profile NOC
  destination address email noc@example.com
 copy profile noc NOC-COPY
call-home test profile Noc
call-home send alert-group inventory profile NOC
crypto pki trustpoint TP
 enrollment terminal
crypto pki certificate chain TP
crypto pki authenticate TP
`;

const texts = (spans: { word: { span: { start: number; end: number } } }[]): string[] => spans.map((r) => CONFIG.slice(r.word.span.start, r.word.span.end));

describe('names', () => {
  it('finds every reference to a profile, ignoring case', () => {
    const a = analysisOf(CONFIG);
    assert.deepEqual(texts(referencesAt(a, at(CONFIG, 'test profile Noc', 15))), ['NOC', 'noc', 'Noc', 'NOC']);
    assert.deepEqual(texts(referencesAt(a, at(CONFIG, 'test profile Noc', 15), false)), ['noc', 'Noc', 'NOC']);
  });

  it('goes to the definition of a profile and of a trustpoint', () => {
    const a = analysisOf(CONFIG);
    const d = definitionAt(a, at(CONFIG, 'inventory profile NOC', 19));
    assert.equal(d.length, 1);
    assert.equal(d[0]!.node.line, 4);
    const t = definitionAt(a, at(CONFIG, 'authenticate TP', 13));
    assert.deepEqual(t.map((r) => r.node.line), [9]);
  });

  it('renames a profile everywhere it is used', () => {
    const a = analysisOf(CONFIG);
    const p = prepareRename(a, at(CONFIG, 'profile NOC', 9));
    assert.deepEqual(p, { span: { start: at(CONFIG, 'profile NOC', 8), end: at(CONFIG, 'profile NOC', 11) }, placeholder: 'NOC' });
    const r = renameEdits(a, at(CONFIG, 'profile NOC', 9), 'Ops');
    assert.ok('edits' in r);
    const out = applyEdits(CONFIG, r.edits);
    assert.match(out, / profile Ops\n/);
    assert.match(out, /copy profile Ops NOC-COPY/);
    assert.match(out, /call-home test profile Ops/);
    assert.match(out, /inventory profile Ops/);
  });

  it('quotes a new name with blanks and keeps quotes that were there', () => {
    const t = 'call-home\n profile "Old"\ncall-home test profile Old\n';
    const r = renameEdits(analysisOf(t), at(t, 'Old'), 'New Name');
    assert.ok('edits' in r);
    assert.equal(applyEdits(t, r.edits), 'call-home\n profile "New Name"\ncall-home test profile "New Name"\n');
  });

  it('renames a trustpoint in its chain and authenticate lines', () => {
    const r = renameEdits(analysisOf(CONFIG), at(CONFIG, 'trustpoint TP', 11), 'CA2');
    assert.ok('edits' in r);
    const out = applyEdits(CONFIG, r.edits);
    assert.match(out, /trustpoint CA2\n/);
    assert.match(out, /chain CA2\n/);
    assert.match(out, /authenticate CA2\n/);
  });

  it('refuses to rename CiscoTAC-1 and rejects invalid new names', () => {
    const a = analysisOf(CONFIG);
    const tac = prepareRename(a, at(CONFIG, 'CiscoTAC-1', 2));
    assert.ok(tac !== undefined && 'error' in tac && /cannot be renamed/.test(tac.error));
    const off = at(CONFIG, 'profile NOC', 9);
    for (const [name, why] of [
      ['all', /`all`/],
      ['x'.repeat(32), /at most 31/],
      ['ciscotac-1', /predefined/],
      ['noc-copy', /already exists/],
      ['', /empty/],
    ] as const) {
      const r = renameEdits(a, off, name);
      assert.ok('error' in r && why.test(r.error), `${name}: ${JSON.stringify(r)}`);
    }
    assert.equal(prepareRename(a, at(CONFIG, 'contact-email-addr')), undefined);
  });
});
