// syslog-pattern: "If the pattern contains spaces, you must enclose it in quotes"; "up to five patterns for each destination
// profile" (003:L1174–L1181); at most 80 characters (SPEC §3.3) [error].
import { describe, it } from 'node:test';
import { expectFix, expectNone, expectOne, expectOnly, lines, rep } from '../helpers/diagnostics';

const CODE = 'syslog-pattern';
const head = ['call-home', ' contact-email-addr noc@example.com', ' mail-server 192.0.2.25 priority 1', ' profile NOC', '  destination address email noc@example.com'];
const sub = (s: string): string => `  subscribe-to-alert-group ${s}`;

describe(CODE, () => {
  it('003:L1174 — an unquoted pattern with spaces: error over all its words, and nothing else', () => {
    expectOnly(lines(...head, sub('syslog pattern link down')), CODE, { severity: 'error', start: [5, 42], end: [5, 51], text: 'link down', message: /enclose it in quotes/ });
  });

  it('003:L1174 — quick fix encloses it in double quotes; re-validating is clean', () => {
    expectFix(lines(...head, sub('syslog pattern link down')), CODE, lines(...head, sub('syslog pattern "link down"')), /double quotes/);
  });

  it('81 characters is too long; exactly 80 is valid', () => {
    expectOne(lines(...head, sub(`syslog pattern "${rep('x', 81)}"`)), CODE, { severity: 'error', start: [5, 42], end: [5, 125], message: /81 characters; the limit is 80/ });
    expectNone(lines(...head, sub(`syslog pattern "${rep('x', 80)}"`)), CODE);
  });

  it('003:L1181 — a sixth pattern in one profile: error on the sixth; five are valid', () => {
    const five = ['a', 'b', 'c', 'd', 'e'].map((p) => sub(`syslog pattern "${p}"`));
    expectNone(lines(...head, ...five), CODE);
    expectOne(lines(...head, ...five, sub('syslog pattern "f g"')), CODE, { severity: 'error', start: [10, 42], end: [10, 47], message: /More than five syslog patterns in profile `NOC`/ });
  });

  it('five per profile: five in each of two profiles is valid', () => {
    const five = ['a', 'b', 'c', 'd', 'e'].map((p) => sub(`syslog pattern "${p}"`));
    expectNone(lines(...head, ...five, ' profile NOC2', '  destination address email noc2@example.com', ...five), CODE);
  });

  it('a pattern on a group other than syslog', () => {
    expectOne(lines(...head, sub('inventory pattern "x"')), CODE, { severity: 'error', start: [5, 45], end: [5, 48], message: /only be given for the syslog alert group/ });
  });

  it('flat snippet with abbreviated keywords (`subscribe sys pat link down`)', () => {
    expectOne(lines('conf t', 'call-home', 'contact-email-addr noc@example.com', 'profile NOC', 'subscribe sys pat link down', 'end'), CODE, { severity: 'error', start: [4, 18], end: [4, 27] });
  });

  it('valid: a one-word pattern bare, a quoted pattern with spaces, with a severity before it', () => {
    expectNone(lines(...head, sub('syslog pattern LINK-3-UPDOWN'), sub('syslog severity major pattern "Interface down"')), CODE);
  });
});
