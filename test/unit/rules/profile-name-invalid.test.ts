// profile-name-invalid: a destination profile name has at most 31 characters and cannot be `all` (000:L541)
// [error]; copy/rename targets too.
import { describe, it } from 'node:test';
import { expectNone, expectOne, expectOnly, lines, rep } from '../helpers/diagnostics';

const CODE = 'profile-name-invalid';
const head = ['call-home', ' contact-email-addr noc@example.com', ' mail-server 192.0.2.25 priority 1'];
const N31 = `P${rep('x', 30)}`;
const N32 = `P${rep('x', 31)}`;

describe(CODE, () => {
  it('000:L541 — a 32-character name: error on the name, and nothing else (an over-long name is still the profile\'s name)', () => {
    expectOnly(lines(...head, ` profile ${N32}`, '  destination address email noc@example.com'), CODE, { severity: 'error', start: [3, 9], end: [3, 41], text: N32, message: /32 characters; the limit is 31/ });
  });

  it('000:L541 — `all` in any case', () => {
    expectOne(lines(...head, ' profile all', '  destination address email noc@example.com'), CODE, { severity: 'error', start: [3, 9], end: [3, 12] });
    expectOne(lines(...head, ' profile ALL', '  destination address email noc@example.com'), CODE, { severity: 'error', start: [3, 9], end: [3, 12], message: /`all` cannot be used/ });
  });

  it('boundary: exactly 31 characters is valid; `allx` and `All-NOC` are ordinary names', () => {
    expectNone(lines(...head, ` profile ${N31}`, ' profile allx', ' profile All-NOC'), CODE);
  });

  it('000:L723 — a `copy profile` target is a new name and is checked too', () => {
    expectOne(lines(...head, ` copy profile CiscoTAC-1 ${N32}`), CODE, { severity: 'error', start: [3, 25], end: [3, 57] });
  });

  it('flat snippet with the keyword abbreviated (`prof`), and a transcript', () => {
    expectOne(lines('conf t', 'call-home', 'contact-email-addr noc@example.com', 'prof all', 'end'), CODE, { severity: 'error', start: [3, 5], end: [3, 8] });
    expectOne(lines(`Router(cfg-call-home)# profile ${N32}`), CODE, { severity: 'error', start: [0, 31], end: [0, 63] });
  });

  it('valid: names used (not defined) are not judged here, e.g. `call-home test profile all` is exec-unknown-profile', () => {
    expectNone(lines('call-home test profile all'), CODE);
  });
});
