// subscription-severity: a severity threshold only for diagnostic, environment and syslog (003:L1129–L1138;
// 000:L765), and only the ten level keywords catastrophic … debugging (000:L780–L868) [error].
import { describe, it } from 'node:test';
import { expectNone, expectOne, expectOnly, lines } from '../helpers/diagnostics';

const CODE = 'subscription-severity';
const head = ['call-home', ' contact-email-addr noc@example.com', ' mail-server 192.0.2.25 priority 1', ' profile NOC', '  destination address email noc@example.com'];
const sub = (s: string): string => `  subscribe-to-alert-group ${s}`;
const LEVELS = ['catastrophic', 'disaster', 'fatal', 'critical', 'major', 'minor', 'warning', 'notification', 'normal', 'debugging'];

describe(CODE, () => {
  it('000:L780 — `severity info` (a syslog name, not a Call Home level): error on the level, and nothing else', () => {
    expectOnly(lines(...head, sub('syslog severity info')), CODE, { severity: 'error', start: [5, 43], end: [5, 47], text: 'info', message: /not a Call Home severity/ });
  });

  it('003:L1129 — a threshold on inventory or crash: error on the `severity` keyword', () => {
    expectOne(lines(...head, sub('inventory severity major')), CODE, { severity: 'error', start: [5, 37], end: [5, 45], text: 'severity', message: /not inventory/ });
    expectOne(lines(...head, sub('crash severity minor')), CODE, { severity: 'error', start: [5, 33], end: [5, 41] });
  });

  it('flat snippet with abbreviated keywords: `subscribe syslog sev foo`', () => {
    expectOne(lines('conf t', 'call-home', 'contact-email-addr noc@example.com', 'profile NOC', 'subscribe syslog sev foo', 'end'), CODE, { severity: 'error', start: [4, 21], end: [4, 24], text: 'foo' });
  });

  it('valid: all ten levels on syslog, diagnostic and environment; `all`; abbreviated `subscribe syslog sev debug`', () => {
    const text = lines(...head, ...LEVELS.flatMap((l) => [sub(`syslog severity ${l}`), sub(`diagnostic severity ${l}`), sub(`environment severity ${l}`)]), sub('all severity minor'), '  subscribe syslog sev debug');
    expectNone(text, CODE);
  });

  it('checked in transcripts too', () => {
    expectOne(lines('Router(cfg-call-home-profile)# subscribe-to-alert-group syslog severity info'), CODE, { severity: 'error', start: [0, 72], end: [0, 76] });
  });
});
