// mail-server-priority: `mail-server … priority N` is required, 1 (highest) to 100 (lowest) (000:L951) [error];
// quick fix adds a free priority.
import { describe, it } from 'node:test';
import { expectFix, expectMany, expectNone, expectOne, expectOnly, lines } from '../helpers/diagnostics';

const CODE = 'mail-server-priority';
const head = ['call-home', ' contact-email-addr noc@example.com'];

describe(CODE, () => {
  it('000:L951 — no priority: error on the host, and nothing else (no command-syntax warning too)', () => {
    expectOnly(lines(...head, ' mail-server 192.0.2.25'), CODE, { severity: 'error', start: [2, 13], end: [2, 23], text: '192.0.2.25', message: /needs a priority/ });
  });

  it('000:L951 — quick fix adds the first free priority; re-validating is clean', () => {
    expectFix(lines(...head, ' mail-server 192.0.2.25'), CODE, lines(...head, ' mail-server 192.0.2.25 priority 1'), /priority 1/);
    expectFix(lines(...head, ' mail-server 192.0.2.25 priority 1', ' mail-server 192.0.2.26'), CODE, lines(...head, ' mail-server 192.0.2.25 priority 1', ' mail-server 192.0.2.26 priority 2'));
  });

  it('000:L951 — 0, 101 and a word are out of range: error on the priority', () => {
    expectMany(lines(...head, ' mail-server 192.0.2.25 priority 0', ' mail-server 192.0.2.26 priority 101', ' mail-server 192.0.2.27 priority high'), CODE, [
      { severity: 'error', start: [2, 33], end: [2, 34], text: '0' },
      { severity: 'error', start: [3, 33], end: [3, 36], text: '101' },
      { severity: 'error', start: [4, 33], end: [4, 37], text: 'high' },
    ]);
  });

  it('boundary: priority 1 and priority 100 are valid', () => {
    expectNone(lines(...head, ' mail-server 192.0.2.25 priority 1', ' mail-server 192.0.2.26 priority 100'), CODE);
  });

  it('flat snippet with abbreviated keywords (`mail … pri 0`)', () => {
    expectOne(lines('conf t', 'call-home', 'contact-email-addr noc@example.com', 'mail 192.0.2.25 pri 0', 'end'), CODE, { severity: 'error', start: [3, 20], end: [3, 21] });
  });
});
