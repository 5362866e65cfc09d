// anonymous-reporting-scope: `anonymous-reporting-only` is a TAC-profile command (004:L313–L339) [error].
import { describe, it } from 'node:test';
import { expectNone, expectOne, expectOnly, lines } from '../helpers/diagnostics';

const CODE = 'anonymous-reporting-scope';

describe(CODE, () => {
  it('004:L313 — in a user profile (indented running-config): error on the whole command, and nothing else', () => {
    const text = lines(
      'call-home',
      ' contact-email-addr noc@example.com',
      ' mail-server 192.0.2.25 priority 1',
      ' profile NOC',
      '  destination address email noc@example.com',
      '  anonymous-reporting-only',
    );
    expectOnly(text, CODE, { severity: 'error', start: [5, 2], end: [5, 26], text: 'anonymous-reporting-only', message: /only in CiscoTAC-1, not in `NOC`/ });
  });

  it('004:L313 — flat `configure terminal` snippet with the keyword abbreviated (`anonymous`)', () => {
    const text = lines('configure terminal', 'call-home', 'contact-email-addr noc@example.com', 'profile NOC', 'anonymous', 'end');
    expectOne(text, CODE, { severity: 'error', start: [4, 0], end: [4, 9], text: 'anonymous' });
  });

  it('004:L313 — in a pasted transcript the profile comes from the `profile` line before it', () => {
    const text = lines('Router(config)# call-home', 'Router(cfg-call-home)# profile NOC', 'Router(cfg-call-home-profile)# anonymous-reporting-only');
    expectOne(text, CODE, { severity: 'error', start: [2, 31], end: [2, 55] });
  });

  it('valid: in CiscoTAC-1 (its own command), and `no anonymous-reporting-only` anywhere', () => {
    expectNone(lines('call-home', ' contact-email-addr noc@example.com', ' profile CiscoTAC-1', '  anonymous-reporting-only'), CODE);
    expectNone(lines('call-home', ' contact-email-addr noc@example.com', ' profile NOC', '  destination address email noc@example.com', '  no anonymous-reporting-only'), CODE);
  });

  it('quiet for a transcript line whose profile is not shown (it may be CiscoTAC-1 on the device)', () => {
    expectNone(lines('Router(cfg-call-home-profile)# anonymous-reporting-only'), CODE);
  });
});
