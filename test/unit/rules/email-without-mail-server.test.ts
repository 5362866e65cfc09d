// email-without-mail-server: e-mail transport in an active profile needs "at least one Simple Mail Transfer
// Protocol (SMTP) e-mail server address" (000:L946) [warning]. A "missing" rule: quiet in transcripts.
import { describe, it } from 'node:test';
import { expectNone, expectOne, expectOnly, lines } from '../helpers/diagnostics';

const CODE = 'email-without-mail-server';

describe(CODE, () => {
  it('000:L946 — a user profile with an e-mail address and the default transport: warning on its name, nothing else', () => {
    const text = lines('call-home', ' contact-email-addr noc@example.com', ' profile NOC', '  destination address email noc@example.com');
    expectOnly(text, CODE, { severity: 'warning', start: [2, 9], end: [2, 12], text: 'NOC', message: /default transport method/ });
  });

  it('000:L946 — an explicit `destination transport-method email` is the anchor', () => {
    const text = lines('call-home', ' contact-email-addr noc@example.com', ' profile NOC', '  destination transport-method email', '  destination address email noc@example.com');
    expectOne(text, CODE, { severity: 'warning', start: [3, 2], end: [3, 36] });
  });

  it('000:L946 — CiscoTAC-1 activated with its default e-mail transport: anchored on `active`', () => {
    const text = lines('call-home', ' contact-email-addr noc@example.com', ' profile CiscoTAC-1', '  active');
    expectOne(text, CODE, { severity: 'warning', start: [3, 2], end: [3, 8] });
  });

  it('flat snippet with abbreviated keywords', () => {
    const text = lines('conf t', 'call-home', 'contact-email-addr noc@example.com', 'profile NOC', 'dest trans e', 'dest add email noc@example.com', 'end');
    expectOne(text, CODE, { severity: 'warning', start: [4, 0], end: [4, 12] });
  });

  it('valid: a mail server is configured', () => {
    expectNone(lines('call-home', ' contact-email-addr noc@example.com', ' mail-server 192.0.2.25 priority 1', ' profile NOC', '  destination address email noc@example.com'), CODE);
  });

  it('valid: HTTP-only profiles, inactive profiles, and CiscoTAC-1 left unconfigured (inactive by default, 000:L1344)', () => {
    expectNone(lines('call-home', ' contact-email-addr noc@example.com', ' profile WEB', '  destination transport-method http', '  destination address http https://ch.example.com/x'), CODE);
    expectNone(lines('call-home', ' contact-email-addr noc@example.com', ' profile NOC', '  destination address email noc@example.com', '  no active'), CODE);
    expectNone(lines('call-home', ' contact-email-addr noc@example.com'), CODE);
  });

  it('one problem, one diagnostic: a profile with no e-mail address at all is profile-without-address only', () => {
    const text = lines('call-home', ' contact-email-addr noc@example.com', ' profile NOC', '  subscribe-to-alert-group inventory');
    expectNone(text, CODE);
    expectOne(text, 'profile-without-address', { severity: 'warning', start: [2, 9], end: [2, 12] });
  });

  it('quiet in a transcript: the mail server may already be on the device', () => {
    expectNone(lines('Router(config)# call-home', 'Router(cfg-call-home)# profile NOC', 'Router(cfg-call-home-profile)# destination address email noc@example.com'), CODE);
  });
});
