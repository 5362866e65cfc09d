// invalid-keyword-value: a keyword argument outside the set the guides document [error; alert-group names vary
// by platform, so those are warnings].
import { describe, it } from 'node:test';
import { expectMany, expectNone, expectOne, expectOnly, lines } from '../helpers/diagnostics';

const CODE = 'invalid-keyword-value';
const head = ['call-home', ' contact-email-addr noc@example.com', ' mail-server 192.0.2.25 priority 1'];

describe(CODE, () => {
  it('004:L1353 — `destination transport-method ftp`: error on the value, and nothing else', () => {
    expectOnly(lines(...head, ' profile NOC', '  destination address email noc@example.com', '  destination transport-method ftp'), CODE, { severity: 'error', start: [5, 31], end: [5, 34], text: 'ftp', message: /expected `email` or `http`/ });
  });

  it('every closed set: msg-format (000:L549), data-privacy level (000:L1292), reporting (000:L552), alert groups (warning)', () => {
    const text = lines(
      ...head,
      ' alert-group foo',
      ' data-privacy level extreme',
      ' profile NOC',
      '  destination address email noc@example.com',
      '  destination preferred-msg-format html',
      '  reporting smart-nothing',
      '  subscribe-to-alert-group bogus',
    );
    expectMany(text, CODE, [
      { severity: 'warning', start: [3, 13], end: [3, 16], text: 'foo' },
      { severity: 'error', start: [4, 20], end: [4, 27], text: 'extreme' },
      { severity: 'error', start: [7, 35], end: [7, 39], text: 'html' },
      { severity: 'error', start: [8, 12], end: [8, 25], text: 'smart-nothing' },
      { severity: 'warning', start: [9, 27], end: [9, 32], text: 'bogus' },
    ]);
  });

  it('flat snippet with abbreviated keywords (`dest trans f`)', () => {
    expectOne(lines('conf t', 'call-home', 'contact-email-addr noc@example.com', 'profile NOC', 'dest trans f', 'end'), CODE, { severity: 'error', start: [4, 11], end: [4, 12] });
  });

  it('valid: every documented value, abbreviated values, and template placeholders', () => {
    const text = lines(
      ...head,
      ' alert-group all',
      ' no alert-group syslog',
      ' data-privacy level high',
      ' profile NOC',
      '  destination address email noc@example.com',
      '  destination transport-method h',
      '  destination transport-method email',
      '  destination preferred-msg-format long',
      '  reporting smart-call-home-data',
      '  reporting all',
      '  subscribe-to-alert-group env',
      '  subscribe-to-alert-group {{ group }}',
    );
    expectNone(text, CODE);
  });
});
