// revocation-check-none: "Failing to check certificate revocation is NOT recommended" (003:L4019–L4024)
// [information].
import { describe, it } from 'node:test';
import { expectNone, expectOne, expectOnly, lines } from '../helpers/diagnostics';

const CODE = 'revocation-check-none';

describe(CODE, () => {
  it('003:L4019 — `revocation-check none`: information on the command, and nothing else', () => {
    expectOnly(lines('crypto pki trustpoint TP', ' enrollment terminal', ' revocation-check none'), CODE, { severity: 'information', start: [2, 1], end: [2, 22], text: 'revocation-check none', message: /Trustpoint `TP`/ });
  });

  it('flat snippet with abbreviated keywords (`revoc n`)', () => {
    expectOne(lines('conf t', 'crypto pki trustpoint TP', 'revoc n', 'end'), CODE, { severity: 'information', start: [2, 0], end: [2, 7] });
  });

  it('in a transcript', () => {
    expectOne(lines('Router(config)# crypto pki trustpoint TP', 'Router(ca-trustpoint)# revocation-check none'), CODE, { severity: 'information', start: [1, 23], end: [1, 44] });
  });

  it('valid: crl, ocsp, `crl none` (none as a fallback), and the `no` form', () => {
    expectNone(lines('crypto pki trustpoint TP', ' revocation-check crl'), CODE);
    expectNone(lines('crypto pki trustpoint TP', ' revocation-check ocsp'), CODE);
    expectNone(lines('crypto pki trustpoint TP', ' revocation-check crl none'), CODE);
    expectNone(lines('crypto pki trustpoint TP', ' no revocation-check none'), CODE);
  });
});
