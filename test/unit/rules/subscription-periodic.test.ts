// subscription-periodic: periodic messages only for configuration, inventory and snapshot (hourly/interval only
// snapshot) (003:L1106–L1127; 000:L756–L758); `daily hh:mm` 00:00–23:59 (000:L760), `weekly day hh:mm`
// (000:L761), `monthly 1–31 hh:mm` (000:L762) — day/date and time both or neither [error].
import { describe, it } from 'node:test';
import { expectMany, expectNone, expectOne, expectOnly, lines } from '../helpers/diagnostics';

const CODE = 'subscription-periodic';
const head = ['call-home', ' contact-email-addr noc@example.com', ' mail-server 192.0.2.25 priority 1', ' profile NOC', '  destination address email noc@example.com'];
const sub = (s: string): string => `  subscribe-to-alert-group ${s}`;

describe(CODE, () => {
  it('003:L1106 — periodic syslog: error on the schedule keyword, and nothing else', () => {
    expectOnly(lines(...head, sub('syslog periodic daily 10:00')), CODE, { severity: 'error', start: [5, 43], end: [5, 48], text: 'daily', message: /only for the configuration, inventory and snapshot/ });
  });

  it('003:L1106 — hourly is only for snapshot', () => {
    expectOne(lines(...head, sub('inventory periodic hourly 10')), CODE, { severity: 'error', start: [5, 46], end: [5, 52], text: 'hourly' });
  });

  it('000:L760 — times outside 00:00–23:59', () => {
    expectMany(lines(...head, sub('configuration periodic daily 24:00'), sub('configuration periodic daily 9:60')), CODE, [
      { severity: 'error', start: [5, 56], end: [5, 61], text: '24:00' },
      { severity: 'error', start: [6, 56], end: [6, 60], text: '9:60' },
    ]);
  });

  it('000:L761–L762 — weekly/monthly with only one of day/date and time; a made-up day; dates 0 and 32', () => {
    const text = lines(
      ...head,
      sub('configuration periodic weekly monday'),
      sub('inventory periodic weekly funday 10:00'),
      sub('inventory periodic monthly 14'),
      sub('inventory periodic monthly 32 10:00'),
      sub('inventory periodic monthly 0 10:00'),
    );
    expectMany(text, CODE, [
      { severity: 'error', start: [5, 57], end: [5, 63], text: 'monday', message: /together/ },
      { severity: 'error', start: [6, 53], end: [6, 59], text: 'funday' },
      { severity: 'error', start: [7, 54], end: [7, 56], text: '14', message: /together/ },
      { severity: 'error', start: [8, 54], end: [8, 56], text: '32' },
      { severity: 'error', start: [9, 54], end: [9, 55], text: '0' },
    ]);
  });

  it('003:L1106 — snapshot hourly minute 60 and interval 0 / 61', () => {
    expectMany(lines(...head, sub('snapshot periodic hourly 60'), sub('snapshot periodic interval 0'), sub('snapshot periodic interval 61')), CODE, [
      { severity: 'error', start: [5, 52], end: [5, 54] },
      { severity: 'error', start: [6, 54], end: [6, 55] },
      { severity: 'error', start: [7, 54], end: [7, 56] },
    ]);
  });

  it('boundary: 00:00 and 23:59, monthly 1 and 31, weekly sunday, hourly 0 and 59, interval 1 and 60, no arguments', () => {
    const text = lines(
      ...head,
      sub('configuration periodic daily 23:59'),
      sub('configuration periodic daily 00:00'),
      sub('inventory periodic monthly 31 23:59'),
      sub('inventory periodic monthly 1 00:00'),
      sub('inventory periodic weekly sunday 23:59'),
      sub('configuration periodic weekly'),
      sub('configuration periodic monthly'),
      sub('configuration periodic daily'),
      sub('snapshot periodic hourly 0'),
      sub('snapshot periodic hourly 59'),
      sub('snapshot periodic interval 1'),
      sub('snapshot periodic interval 60'),
      sub('all periodic daily 10:00'),
    );
    expectNone(text, CODE);
  });

  it('abbreviated keywords: valid `subscribe inv per week Monday 10:00`, invalid `sub conf per dai 24:00` in a flat snippet', () => {
    expectNone(lines(...head, '  subscribe inv per week Monday 10:00'), CODE);
    expectOne(lines('conf t', 'call-home', 'contact-email-addr noc@example.com', 'profile NOC', 'sub conf per dai 24:00', 'end'), CODE, { severity: 'error', start: [4, 17], end: [4, 22], text: '24:00' });
  });
});
