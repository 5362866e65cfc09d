// mail-server-host: an IPv4/IPv6 address or a host name "of 64 characters or less" (000:L1006–L1008), optionally
// `user:password@` [error].
import { describe, it } from 'node:test';
import { expectNone, expectOne, expectOnly, lines, rep } from '../helpers/diagnostics';

const CODE = 'mail-server-host';
const head = ['call-home', ' contact-email-addr noc@example.com'];

describe(CODE, () => {
  it('000:L1006 — not a host name: error on the host, and nothing else', () => {
    expectOnly(lines(...head, ' mail-server bad..host priority 1'), CODE, { severity: 'error', start: [2, 13], end: [2, 22], text: 'bad..host' });
  });

  it('an IPv4 address out of range', () => {
    expectOne(lines(...head, ' mail-server 300.1.1.1 priority 1'), CODE, { severity: 'error', start: [2, 13], end: [2, 22] });
  });

  it('with credentials, only the host after `@` is underlined; credentials with no user name are underlined themselves', () => {
    expectOne(lines(...head, ' mail-server user:pw@bad..host priority 1'), CODE, { severity: 'error', start: [2, 21], end: [2, 30], text: 'bad..host' });
    expectOne(lines(...head, ' mail-server :pw@smtp.example.com priority 1'), CODE, { severity: 'error', start: [2, 13], end: [2, 17], text: ':pw@', message: /need a user name/ });
  });

  it('000:L1008 — a 65-character name is too long; exactly 64 is valid', () => {
    expectOne(lines(...head, ` mail-server ${rep('m', 53)}.example.com priority 1`), CODE, { severity: 'error', start: [2, 13], end: [2, 78], message: /65 characters/ });
    expectNone(lines(...head, ` mail-server ${rep('m', 52)}.example.com priority 1`), CODE);
  });

  it('valid: IPv4, IPv6, host names, `user:password@host`, `secure tls`, template placeholders', () => {
    const text = lines(
      ...head,
      ' mail-server 192.0.2.25 priority 1',
      ' mail-server 2001:db8::25 priority 2',
      ' mail-server smtp.example.com priority 3 secure tls',
      ' mail-server alerts:S3cret@smtp2.example.com priority 4',
      ' mail-server {{ smtp_host }} priority 5',
    );
    expectNone(text, CODE);
  });

  it('flat snippet with the keyword abbreviated (`mail`)', () => {
    expectOne(lines('conf t', 'call-home', 'contact-email-addr noc@example.com', 'mail smtp_.example-.com pri 1', 'end'), CODE, { severity: 'error', start: [3, 5], end: [3, 23] });
  });
});
