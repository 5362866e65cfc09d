// rate-limit-range: `rate-limit` is 1 to 60 messages per minute, default 20 (000:L1128–L1130) [error]; quick fix
// clamps into range.
import { describe, it } from 'node:test';
import { expectFix, expectNone, expectOne, expectOnly, lines } from '../helpers/diagnostics';

const CODE = 'rate-limit-range';
const head = ['call-home', ' contact-email-addr noc@example.com'];

describe(CODE, () => {
  it('000:L1128 — 0: error on the number, and nothing else', () => {
    expectOnly(lines(...head, ' rate-limit 0'), CODE, { severity: 'error', start: [2, 12], end: [2, 13], text: '0', message: /1 to 60 messages per minute/ });
  });

  it('000:L1128 — 61: error; the fixes clamp to 60 and to 1, and re-validating is clean', () => {
    expectOne(lines(...head, ' rate-limit 61'), CODE, { severity: 'error', start: [2, 12], end: [2, 14] });
    expectFix(lines(...head, ' rate-limit 61'), CODE, lines(...head, ' rate-limit 60'), /Use 60/);
    expectFix(lines(...head, ' rate-limit 0'), CODE, lines(...head, ' rate-limit 1'), /Use 1/);
  });

  it('boundary: 1 and 60 are valid', () => {
    expectNone(lines(...head, ' rate-limit 1'), CODE);
    expectNone(lines(...head, ' rate-limit 60'), CODE);
  });

  it('not a number: error, no fix', () => {
    const d = expectOne(lines(...head, ' rate-limit fast'), CODE, { severity: 'error', start: [2, 12], end: [2, 16] });
    if ((d.fixes ?? []).length !== 0) throw new Error('unexpected fix');
  });

  it('flat snippet with the keyword abbreviated (`rate`), and a transcript', () => {
    expectOne(lines('conf t', 'call-home', 'contact-email-addr noc@example.com', 'rate 61', 'end'), CODE, { severity: 'error', start: [3, 5], end: [3, 7] });
    expectOne(lines('Router(cfg-call-home)# rate-limit 100'), CODE, { severity: 'error', start: [0, 34], end: [0, 37] });
  });
});
