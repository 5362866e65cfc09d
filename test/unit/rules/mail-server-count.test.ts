// mail-server-count: "up to four backup e-mail servers, for a maximum of five total mail-server definitions"
// (000:L946) [error].
import { describe, it } from 'node:test';
import { expectMany, expectNone, expectOne, expectOnly, lines } from '../helpers/diagnostics';

const CODE = 'mail-server-count';
const five = [1, 2, 3, 4, 5].map((n) => ` mail-server 192.0.2.${20 + n} priority ${n}`);

describe(CODE, () => {
  it('000:L946 — a sixth server: error on its line, and nothing else', () => {
    const text = lines('call-home', ' contact-email-addr noc@example.com', ...five, ' mail-server 192.0.2.26 priority 6');
    expectOnly(text, CODE, { severity: 'error', start: [7, 1], end: [7, 34], text: 'mail-server 192.0.2.26 priority 6' });
  });

  it('seven servers: the sixth and the seventh are reported', () => {
    const text = lines('call-home', ' contact-email-addr noc@example.com', ...five, ' mail-server 192.0.2.26 priority 6', ' mail-server 192.0.2.27 priority 7');
    expectMany(text, CODE, [
      { severity: 'error', start: [7, 1], end: [7, 34] },
      { severity: 'error', start: [8, 1], end: [8, 34] },
    ]);
  });

  it('boundary: exactly five servers (000:L946: one primary and four backups) is valid', () => {
    expectNone(lines('call-home', ' contact-email-addr noc@example.com', ...five), CODE);
  });

  it('`no mail-server X` removes one, so six lines minus one is five', () => {
    expectNone(lines('call-home', ' contact-email-addr noc@example.com', ...five, ' mail-server 192.0.2.26 priority 6', ' no mail-server 192.0.2.21'), CODE);
  });

  it('flat snippet with the keyword abbreviated (`mail`)', () => {
    const text = lines('conf t', 'call-home', 'contact-email-addr noc@example.com', ...five.map((l) => l.trim().replace('mail-server', 'mail')), 'mail 192.0.2.26 pri 6', 'end');
    expectOne(text, CODE, { severity: 'error', start: [8, 0], end: [8, 21] });
  });
});
