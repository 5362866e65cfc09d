// trustpoint-unknown: "The CA name should match the name specified in the crypto pki trustpoint command"
// (000:L2261) [error]; quick fix when only the case differs (trustpoint names are case-sensitive).
import { describe, it } from 'node:test';
import { expectFix, expectNone, expectOne, expectOnly, lines } from '../helpers/diagnostics';

const CODE = 'trustpoint-unknown';
const tp = ['crypto pki trustpoint CISCO_IDEVID_SUDI', ' enrollment terminal'];

describe(CODE, () => {
  it('000:L2261 — no such trustpoint: error on the name, no fix, and nothing else', () => {
    const d = expectOnly(lines(...tp, 'crypto pki authenticate OTHER'), CODE, { severity: 'error', start: [2, 24], end: [2, 29], text: 'OTHER' });
    if ((d.fixes ?? []).length !== 0) throw new Error('unexpected fix');
  });

  it('000:L2261 — only the case differs: the fix uses the declared name; re-validating is clean', () => {
    const text = lines(...tp, 'crypto pki authenticate cisco_idevid_sudi');
    expectOne(text, CODE, { severity: 'error', start: [2, 24], end: [2, 41], message: /case-sensitive; did you mean `CISCO_IDEVID_SUDI`/ });
    expectFix(text, CODE, lines(...tp, 'crypto pki authenticate CISCO_IDEVID_SUDI'));
  });

  it('a snippet with only `crypto pki authenticate X` (SPEC §3.3 names this one an error)', () => {
    expectOne(lines('conf t', 'crypto pki authenticate TP', 'end'), CODE, { severity: 'error', start: [1, 24], end: [1, 26] });
  });

  it('a transcript that declares trustpoints is checked against them', () => {
    const text = lines('Router(config)# crypto pki trustpoint TP', 'Router(ca-trustpoint)# exit', 'Router(config)# crypto pki authenticate TP2');
    expectOne(text, CODE, { severity: 'error', start: [2, 40], end: [2, 43] });
  });

  it('valid: the declared name, before or after the authenticate line', () => {
    expectNone(lines(...tp, 'crypto pki authenticate CISCO_IDEVID_SUDI'), CODE);
    expectNone(lines('crypto pki authenticate TP', 'crypto pki trustpoint TP'), CODE);
  });

  it('quiet in a transcript that shows no trustpoint (declared earlier on the device)', () => {
    expectNone(lines('Router(config)# crypto pki authenticate TP'), CODE);
  });
});
