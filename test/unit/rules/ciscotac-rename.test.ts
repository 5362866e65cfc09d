// ciscotac-rename: the predefined CiscoTAC-1 cannot be renamed; its attributes are predefined (000:L1472) [error].
// `no profile CiscoTAC-1` appears in field configs and is not an error (SPEC §3.3).
import { describe, it } from 'node:test';
import { expectNone, expectOne, expectOnly, lines } from '../helpers/diagnostics';

const CODE = 'ciscotac-rename';

describe(CODE, () => {
  it('000:L1472 — `rename profile CiscoTAC-1 MyTac`: error on the source name, and nothing else', () => {
    const text = lines('call-home', ' contact-email-addr noc@example.com', ' rename profile CiscoTAC-1 MyTac');
    expectOnly(text, CODE, { severity: 'error', start: [2, 16], end: [2, 26], text: 'CiscoTAC-1', message: /copy profile CiscoTAC-1 NEW/ });
  });

  it('flat snippet with abbreviated keywords (`ren prof`)', () => {
    const text = lines('conf t', 'call-home', 'contact-email-addr noc@example.com', 'ren prof CiscoTAC-1 MyTac', 'end');
    expectOne(text, CODE, { severity: 'error', start: [3, 9], end: [3, 19] });
  });

  it('in a transcript', () => {
    expectOne(lines('Router(cfg-call-home)# rename profile CiscoTAC-1 MyTac'), CODE, { severity: 'error', start: [0, 38], end: [0, 48] });
  });

  it('valid: `no profile CiscoTAC-1`, `copy profile CiscoTAC-1 NEW`, renaming a user profile', () => {
    const text = lines(
      'call-home',
      ' contact-email-addr noc@example.com',
      ' no profile CiscoTAC-1',
      ' copy profile CiscoTAC-1 MyTac',
      ' profile NOC',
      '  destination address email noc@example.com',
      ' rename profile NOC NOC2',
    );
    expectNone(text, CODE);
  });
});
