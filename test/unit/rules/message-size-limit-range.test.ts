// message-size-limit-range: `destination message-size-limit` (also spelled `message-size`) is 50 to 3,145,728
// bytes (000:L550, 004:L1340) [error]; quick fix clamps into range.
import { describe, it } from 'node:test';
import { expectFix, expectNone, expectOne, expectOnly, lines } from '../helpers/diagnostics';

const CODE = 'message-size-limit-range';
const head = ['call-home', ' contact-email-addr noc@example.com', ' mail-server 192.0.2.25 priority 1', ' profile NOC', '  destination address email noc@example.com'];

describe(CODE, () => {
  it('000:L550 — 49 bytes: error on the number, and nothing else', () => {
    expectOnly(lines(...head, '  destination message-size-limit 49'), CODE, { severity: 'error', start: [5, 33], end: [5, 35], text: '49', message: /50 to 3145728/ });
  });

  it('000:L550 — the `message-size` spelling (000:L654), 3145729 bytes', () => {
    expectOne(lines(...head, '  destination message-size 3145729'), CODE, { severity: 'error', start: [5, 27], end: [5, 34], text: '3145729' });
  });

  it('quick fix clamps to 50 / 3145728, and re-validating is clean', () => {
    expectFix(lines(...head, '  destination message-size-limit 49'), CODE, lines(...head, '  destination message-size-limit 50'), /Use 50/);
    expectFix(lines(...head, '  destination message-size 3145729'), CODE, lines(...head, '  destination message-size 3145728'), /Use 3145728/);
  });

  it('boundary: 50 and 3145728 are valid', () => {
    expectNone(lines(...head, '  destination message-size-limit 50'), CODE);
    expectNone(lines(...head, '  destination message-size-limit 3145728'), CODE);
  });

  it('not a number: error, no fix', () => {
    const d = expectOne(lines(...head, '  destination message-size-limit 3MB'), CODE, { severity: 'error', start: [5, 33], end: [5, 36] });
    if (d.fixes !== undefined && d.fixes.length > 0) throw new Error('no obvious fix for a non-number');
  });

  it('flat snippet with abbreviated keywords (`dest mess 10`), and a transcript', () => {
    expectOne(lines('conf t', 'call-home', 'contact-email-addr noc@example.com', 'profile NOC', 'dest mess 10', 'end'), CODE, { severity: 'error', start: [4, 10], end: [4, 12] });
    expectOne(lines('Router(cfg-call-home-profile)# destination message-size-limit 10'), CODE, { severity: 'error', start: [0, 62], end: [0, 64] });
  });

  it('valid: the `no` form', () => {
    expectNone(lines(...head, '  no destination message-size-limit 10'), CODE);
  });
});
