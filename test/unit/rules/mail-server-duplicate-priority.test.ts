// mail-server-duplicate-priority: backup servers are "defined by repeating the mail-server command using different
// priority numbers" (000:L950) [warning].
import { describe, it } from 'node:test';
import { expectNone, expectOne, expectOnly, lines } from '../helpers/diagnostics';

const CODE = 'mail-server-duplicate-priority';

describe(CODE, () => {
  it('000:L950 — two servers with priority 1: warning on the second priority, and nothing else', () => {
    const text = lines('call-home', ' contact-email-addr noc@example.com', ' mail-server 192.0.2.25 priority 1', ' mail-server smtp2.example.com priority 1');
    expectOnly(text, CODE, { severity: 'warning', start: [3, 40], end: [3, 41], text: '1', message: /already used by the mail server on line 3/ });
  });

  it('flat snippet with abbreviated keywords (`mail … pri`)', () => {
    const text = lines('conf t', 'call-home', 'contact-email-addr noc@example.com', 'mail 192.0.2.25 pri 10', 'mail 192.0.2.26 pri 10', 'end');
    expectOne(text, CODE, { severity: 'warning', start: [4, 20], end: [4, 22] });
  });

  it('valid: different priorities (000:L950–L951), including 1 and 100', () => {
    expectNone(lines('call-home', ' contact-email-addr noc@example.com', ' mail-server 192.0.2.25 priority 1', ' mail-server 192.0.2.26 priority 2', ' mail-server 192.0.2.27 priority 100'), CODE);
  });
});
