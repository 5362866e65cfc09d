// contact-email-missing: "Call Home will not send any message until the contact person's email address is
// configured" (003:L242–L243; 000:L396) [warning on the `call-home` line]. The one "missing" rule that also
// applies to snippets (SPEC §3.3), but not to transcripts.
import { describe, it } from 'node:test';
import { expectClean, expectNone, expectOne, expectOnly, lines } from '../helpers/diagnostics';

const CODE = 'contact-email-missing';

describe(CODE, () => {
  it('003:L242 — an indented call-home block without it: warning on `call-home`, and nothing else', () => {
    const text = lines('service call-home', 'call-home', ' profile CiscoTAC-1', '  destination transport-method http', '  active');
    expectOnly(text, CODE, { severity: 'warning', start: [1, 0], end: [1, 9], text: 'call-home', message: /003:L242–L243/ });
  });

  it('003:L242 — a flat `configure terminal` snippet is reported too (the one exception of SPEC §3.3)', () => {
    const text = lines('configure terminal', 'call-home', 'profile CiscoTAC-1', 'destination transport-method http', 'end');
    expectOne(text, CODE, { severity: 'warning', start: [1, 0], end: [1, 9] });
  });

  it('valid: the address in the block, or given by `call-home reporting contact-email-addr` (000:L197)', () => {
    expectNone(lines('call-home', ' contact-email-addr noc@example.com'), CODE);
    expectNone(lines('call-home reporting contact-email-addr noc@example.com', 'call-home', ' profile CiscoTAC-1', '  active'), CODE);
  });

  it('valid: no call-home block at all', () => {
    expectNone(lines('service call-home', 'hostname R1'), CODE);
  });

  it('quiet in a transcript: the rest of the configuration is on the device', () => {
    expectNone(lines('Router(config)# call-home', 'Router(cfg-call-home)# profile CiscoTAC-1', 'Router(cfg-call-home-profile)# destination transport-method http'), CODE);
  });

  it('SPEC §3.3 "Snippets are normal": with the address, a snippet that leaves out service call-home, profiles and trustpoints is clean', () => {
    expectClean(lines('conf t', 'call-home', 'contact-email-addr noc@example.com', 'phone-number +1-800-555-0100', 'profile CiscoTAC-1', 'destination transport-method http', 'active', 'end'));
  });
});
