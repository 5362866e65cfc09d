// smart-licensing-multiple: "Only one active profile is allowed to report Smart Licensing data at a time"
// (000:L552, L525) [error]; CiscoTAC-1 reports it by default.
import { describe, it } from 'node:test';
import { expectNone, expectOne, expectOnly, lines } from '../helpers/diagnostics';

const CODE = 'smart-licensing-multiple';
const head = ['call-home', ' contact-email-addr noc@example.com', ' mail-server 192.0.2.25 priority 1'];
const tac = [' profile CiscoTAC-1', '  destination transport-method http', '  active'];
const noc = [' profile NOC', '  destination address email noc@example.com'];

describe(CODE, () => {
  it('000:L552 — active CiscoTAC-1 (by default) and a user profile: error on the user profile\'s `reporting` line, nothing else', () => {
    expectOnly(lines(...head, ...tac, ...noc, '  reporting smart-licensing-data'), CODE, { severity: 'error', start: [8, 2], end: [8, 32], text: 'reporting smart-licensing-data', message: /`CiscoTAC-1` \(by default\) and `NOC`/ });
  });

  it('000:L552 — two user profiles (`reporting all` counts)', () => {
    const text = lines(...head, ' profile A', '  destination address email a@example.com', '  reporting all', ' profile B', '  destination address email b@example.com', '  reporting smart-licensing-data');
    expectOne(text, CODE, { severity: 'error', start: [8, 2], end: [8, 32] });
  });

  it('flat snippet with abbreviated keywords (`rep smart-l`)', () => {
    const text = lines('conf t', 'call-home', 'contact-email-addr noc@example.com', 'profile CiscoTAC-1', 'active', 'exit', 'profile NOC', 'rep smart-l', 'end');
    expectOne(text, CODE, { severity: 'error', start: [7, 0], end: [7, 11] });
  });

  it('valid: CiscoTAC-1 stops reporting it, the user profile is inactive, or CiscoTAC-1 is inactive (its default)', () => {
    expectNone(lines(...head, ...tac, '  no reporting smart-licensing-data', ...noc, '  reporting smart-licensing-data'), CODE);
    expectNone(lines(...head, ...tac, ...noc, '  reporting smart-licensing-data', '  no active'), CODE);
    expectNone(lines(...head, ...noc, '  reporting smart-licensing-data'), CODE);
  });
});
