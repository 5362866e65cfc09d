// profile-without-address: an active user profile whose transport method has no destination address — "there is
// no default for the destination address" (004:L1390) [warning]. A "missing" rule: quiet in transcripts.
import { describe, it } from 'node:test';
import { expectFix, expectNone, expectOne, expectOnly, lines } from '../helpers/diagnostics';

const CODE = 'profile-without-address';
const head = ['call-home', ' contact-email-addr noc@example.com', ' mail-server 192.0.2.25 priority 1'];

describe(CODE, () => {
  it('004:L1390 — only an HTTP URL while the transport is e-mail (the default): warning on the name, and nothing else', () => {
    const text = lines(...head, ' profile WEB', '  destination address http http://ch.example.com/x');
    expectOnly(text, CODE, { severity: 'warning', start: [3, 9], end: [3, 12], text: 'WEB', message: /e-mail transport but has no e-mail address.*transport-method http/ });
  });

  it('quick fix adds `destination transport-method http` under the profile (indented running-config)', () => {
    const text = lines(...head, ' profile WEB', '  destination address http https://ch.example.com/x');
    expectFix(text, CODE, lines(...head, ' profile WEB', '  destination transport-method http', '  destination address http https://ch.example.com/x'), /transport-method http/);
  });

  it('flat `configure terminal` snippet: the fix adds an unindented line, and the block still holds (re-validates clean)', () => {
    const text = lines('conf t', 'call-home', 'contact-email-addr noc@example.com', 'profile WEB', 'destination address http https://ch.example.com/x', 'end');
    expectOne(text, CODE, { severity: 'warning', start: [3, 8], end: [3, 11] });
    expectFix(text, CODE, lines('conf t', 'call-home', 'contact-email-addr noc@example.com', 'profile WEB', 'destination transport-method http', 'destination address http https://ch.example.com/x', 'end'));
  });

  it('004:L1390 — HTTP transport with no URL (no fix: the URL is the user\'s to give); e-mail with no address', () => {
    const d = expectOne(lines(...head, ' profile WEB', '  destination transport-method http'), CODE, { severity: 'warning', start: [3, 9], end: [3, 12], message: /HTTP transport but has no HTTP URL/ });
    if ((d.fixes ?? []).length !== 0) throw new Error('unexpected fix');
    expectOne(lines(...head, ' profile NOC', '  subscribe-to-alert-group inventory'), CODE, { severity: 'warning', start: [3, 9], end: [3, 12] });
  });

  it('abbreviated keywords (`dest trans h`)', () => {
    expectOne(lines(...head, ' profile WEB', '  dest trans h'), CODE, { severity: 'warning', start: [3, 9], end: [3, 12] });
  });

  it('valid: an address for the method, an inactive profile, CiscoTAC-1 (built-in addresses)', () => {
    expectNone(lines(...head, ' profile NOC', '  destination address email noc@example.com'), CODE);
    expectNone(lines(...head, ' profile WEB', '  destination transport-method http', '  destination address http https://ch.example.com/x'), CODE);
    expectNone(lines(...head, ' profile OFF', '  no active'), CODE);
    expectNone(lines(...head, ' profile CiscoTAC-1', '  destination transport-method http', '  active'), CODE);
  });

  it('quiet in a transcript (the address may be on the device already)', () => {
    expectNone(lines('Router(config)# call-home', 'Router(cfg-call-home)# profile WEB', 'Router(cfg-call-home-profile)# destination address http https://ch.example.com/x'), CODE);
  });
});
