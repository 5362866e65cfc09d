// Document symbols and folding ranges (SPEC §3.4): call-home → profiles; trustpoints; chains → certificates.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { documentSymbols, foldingRanges, type SymbolNode } from '../../../server/src/services';
import { makeCa } from '../../helpers/pki';
import { analysisOf, iosHex, pemToDer } from './util';

const der = pemToDer(makeCa('Outline CA').certPem);
const CONFIG = `hostname R1
banner motd ^C
Authorised access only
^C
call-home
 contact-email-addr noc@example.com
 profile "CiscoTAC-1"
  active
 profile NOC
  destination address email noc@example.com
 alert-group-config snapshot
  add-command "show version"
crypto pki trustpoint TP
 enrollment terminal
 revocation-check crl
crypto pki certificate chain TP
 certificate ca 01
${iosHex(der)}
  \tquit
 certificate 02 nvram:R1#2.cer
interface Gi1
`;

const shape = (s: SymbolNode): unknown => (s.children.length === 0 ? s.name : { [s.name]: s.children.map(shape) });

describe('document symbols', () => {
  it('nests profiles under call-home and certificates under their chain', () => {
    const syms = documentSymbols(analysisOf(CONFIG));
    assert.deepEqual(syms.map(shape), [
      { 'call-home': ['CiscoTAC-1', 'NOC', 'alert-group-config snapshot'] },
      'TP',
      { TP: ['certificate ca 01', 'certificate 02'] },
    ]);
    const [ch, tp, chain] = syms as [SymbolNode, SymbolNode, SymbolNode];
    assert.equal(ch.detail, 'noc@example.com');
    assert.equal(ch.children[1]!.detail, 'active · noc@example.com');
    assert.equal(tp.detail, 'enrollment terminal');
    assert.equal(chain.children[0]!.detail, 'Outline CA');
    assert.equal(chain.children[1]!.detail, 'nvram:R1#2.cer');
    assert.equal(CONFIG.slice(ch.children[1]!.selection.start, ch.children[1]!.selection.end), 'NOC');
    // The chain covers its certificate bodies (the core ends the block at the last `certificate` line).
    assert.ok(chain.span.end >= CONFIG.indexOf('nvram:R1#2.cer'));
    assert.ok(chain.children[0]!.span.end >= CONFIG.indexOf('\tquit'));
  });

  it('returns nothing for a config without call-home or crypto pki', () => {
    assert.deepEqual(documentSymbols(analysisOf('hostname R1\ninterface Gi1\n shutdown\n')), []);
  });
});

describe('folding ranges', () => {
  it('folds blocks, each certificate through its quit, and banners', () => {
    const lines = CONFIG.split('\n');
    const line = (s: string): number => lines.findIndex((l) => l.includes(s));
    const ranges = foldingRanges(analysisOf(CONFIG));
    const has = (a: number, b: number): boolean => ranges.some((r) => r.startLine === a && r.endLine === b);
    assert.ok(has(line('banner motd'), line('Authorised') + 1), JSON.stringify(ranges));
    assert.equal(ranges.find((r) => r.startLine === line('banner motd'))!.kind, 'region');
    assert.ok(has(line('call-home'), line('add-command')));
    assert.ok(has(line('profile NOC'), line('destination address')));
    assert.ok(has(line('trustpoint TP'), line('revocation-check')));
    assert.ok(has(line('certificate ca 01'), line('\tquit')));
    assert.ok(has(line('certificate chain'), line('nvram:')));
    assert.ok(ranges.every((r) => r.endLine > r.startLine));
  });
});
