// value-too-long: street-address and site-id ≤ 200 (000:L469, L489), contract-id ≤ 64 (000:L499), customer-id ≤ 64
// (000:L479; warning up to the command reference's 256, 004:L1213), source-interface / source-ip-address /
// aaa-authorization username ≤ 64 (000:L1042, L1058, L1236), add-command ≤ 128 (000:L928), trustpoint name ≤ 128
// (003:L3090–L3092) [error]; quick fix truncates.
import { describe, it } from 'node:test';
import { expectFix, expectNone, expectOne, expectOnly, lines, rep } from '../helpers/diagnostics';

const CODE = 'value-too-long';
const head = ['call-home', ' contact-email-addr noc@example.com'];

describe(CODE, () => {
  it('000:L499 — contract-id of 65: error on the value, and nothing else', () => {
    expectOnly(lines(...head, ` contract-id ${rep('c', 65)}`), CODE, { severity: 'error', start: [2, 13], end: [2, 78], message: /65 characters; the limit is 64/ });
  });

  it('000:L499 — quick fix truncates to 64; re-validating is clean', () => {
    expectFix(lines(...head, ` contract-id ${rep('c', 65)}`), CODE, lines(...head, ` contract-id ${rep('c', 64)}`), /Truncate to 64/);
  });

  it('000:L479 / 004:L1213 — customer-id: 64 valid, 65 and 256 warnings, 257 error', () => {
    expectNone(lines(...head, ` customer-id ${rep('c', 64)}`), CODE);
    expectOne(lines(...head, ` customer-id ${rep('c', 65)}`), CODE, { severity: 'warning', start: [2, 13], end: [2, 78], message: /guides allow 64, the command reference 256/ });
    expectOne(lines(...head, ` customer-id ${rep('c', 256)}`), CODE, { severity: 'warning', start: [2, 13], end: [2, 269] });
    expectOne(lines(...head, ` customer-id ${rep('c', 257)}`), CODE, { severity: 'error', start: [2, 13], end: [2, 270], message: /the limit is 256/ });
  });

  it('000:L469, L489 — street-address and site-id: 200 valid, 201 error', () => {
    expectNone(lines(...head, ` street-address ${rep('s', 200)}`, ` site-id ${rep('s', 200)}`), CODE);
    expectOne(lines(...head, ` street-address ${rep('s', 201)}`), CODE, { severity: 'error', start: [2, 16], end: [2, 217] });
    expectOne(lines(...head, ` site-id ${rep('s', 201)}`), CODE, { severity: 'error', start: [2, 9], end: [2, 210] });
  });

  it('000:L1042, L1058, L1236 — source-interface, source-ip-address, aaa-authorization username: 64 valid, 65 error', () => {
    expectNone(lines(...head, ` source-interface ${rep('G', 64)}`, ` aaa-authorization username ${rep('u', 64)}`), CODE);
    expectOne(lines(...head, ` source-interface ${rep('G', 65)}`), CODE, { severity: 'error', start: [2, 18], end: [2, 83] });
    expectOne(lines(...head, ` source-ip-address ${rep('1', 65)}`), CODE, { severity: 'error', start: [2, 19], end: [2, 84] });
    expectOne(lines(...head, ` aaa-authorization username ${rep('u', 65)}`), CODE, { severity: 'error', start: [2, 28], end: [2, 93] });
  });

  it('000:L928 — add-command: 128 valid, 129 error; the fix keeps the quotes', () => {
    const snap = [...head, ' alert-group-config snapshot'];
    expectNone(lines(...snap, `  add-command "${rep('x', 128)}"`), CODE);
    const text = lines(...snap, `  add-command "${rep('x', 129)}"`);
    expectOne(text, CODE, { severity: 'error', start: [3, 14], end: [3, 145] });
    expectFix(text, CODE, lines(...snap, `  add-command "${rep('x', 128)}"`));
  });

  it('003:L3090 — trustpoint name: 128 valid, 129 error', () => {
    expectNone(lines(`crypto pki trustpoint ${rep('t', 128)}`), CODE);
    expectOne(lines(`crypto pki trustpoint ${rep('t', 129)}`), CODE, { severity: 'error', start: [0, 22], end: [0, 151] });
  });

  it('flat snippet with the keyword abbreviated (`contr`), and a transcript', () => {
    expectOne(lines('conf t', 'call-home', 'contact-email-addr noc@example.com', `contr ${rep('c', 65)}`, 'end'), CODE, { severity: 'error', start: [3, 6], end: [3, 71] });
    expectOne(lines(`Router(cfg-call-home)# site-id ${rep('s', 201)}`), CODE, { severity: 'error', start: [0, 31], end: [0, 232] });
  });
});
