// ciscotac-destination-changed: CiscoTAC-1's destination "cannot be modified" (000:L1472) except in Call Home
// version 3 (000:L547) [warning]; its built-in address is fine.
import { describe, it } from 'node:test';
import { expectMany, expectNone, expectOne, expectOnly, lines } from '../helpers/diagnostics';

const CODE = 'ciscotac-destination-changed';

describe(CODE, () => {
  it('000:L1472 — a changed HTTP URL in CiscoTAC-1: warning on the URL only, and nothing else', () => {
    const text = lines('call-home', ' contact-email-addr noc@example.com', ' profile CiscoTAC-1', '  destination address http https://ch.example.com/x');
    expectOnly(text, CODE, { severity: 'warning', start: [3, 27], end: [3, 51], text: 'https://ch.example.com/x', message: /000:L547/ });
  });

  it('000:L1472 — changed e-mail and URL: one warning each; abbreviated keywords (`dest add email`)', () => {
    const text = lines('call-home', ' contact-email-addr noc@example.com', ' profile CiscoTAC-1', '  dest add email tac@example.com', '  dest add http https://ch.example.com/x');
    expectMany(text, CODE, [
      { severity: 'warning', start: [3, 17], end: [3, 32], text: 'tac@example.com' },
      { severity: 'warning', start: [4, 16], end: [4, 40], text: 'https://ch.example.com/x' },
    ]);
  });

  it('flat `configure terminal` snippet', () => {
    const text = lines('conf t', 'call-home', 'contact-email-addr noc@example.com', 'profile CiscoTAC-1', 'destination address email tac@example.com', 'end');
    expectOne(text, CODE, { severity: 'warning', start: [4, 26], end: [4, 41] });
  });

  it('valid: the built-in addresses (000:L2561–L2562), in any case', () => {
    const text = lines(
      'call-home',
      ' contact-email-addr noc@example.com',
      ' profile CiscoTAC-1',
      '  destination address email CallHome@Cisco.com',
      '  destination address http https://tools.cisco.com/its/service/oddce/services/DDCEService',
    );
    expectNone(text, CODE);
  });

  it('valid: other addresses in a user profile', () => {
    expectNone(lines('call-home', ' contact-email-addr noc@example.com', ' profile NOC', '  destination address email tac@example.com'), CODE);
  });
});
