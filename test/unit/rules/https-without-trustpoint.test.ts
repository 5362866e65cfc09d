// https-without-trustpoint: an HTTPS destination and no trustpoint or trustpool configuration in the file
// [information] — the device must trust the server's CA (000:L2185; trustpool on by default, 000:L1730).
// A "missing" rule: quiet in transcripts.
import { describe, it } from 'node:test';
import { expectNone, expectOne, expectOnly, lines } from '../helpers/diagnostics';

const CODE = 'https-without-trustpoint';
const profile = ['call-home', ' contact-email-addr noc@example.com', ' profile WEB', '  destination transport-method http', '  destination address http https://ch.example.com/x'];

describe(CODE, () => {
  it('000:L2185 — information on the URL, and nothing else', () => {
    expectOnly(lines(...profile), CODE, { severity: 'information', start: [4, 27], end: [4, 51], text: 'https://ch.example.com/x', message: /trustpool/ });
  });

  it('flat snippet with abbreviated keywords; reported once per document', () => {
    const text = lines('conf t', 'call-home', 'contact-email-addr noc@example.com', 'profile WEB', 'dest trans h', 'dest add h https://a.example.com/x', 'profile WEB2', 'dest trans h', 'dest add h https://b.example.com/x', 'end');
    expectOne(text, CODE, { severity: 'information', start: [5, 11], end: [5, 34] });
  });

  it('valid: a trustpoint, a trustpool command, or a certificate chain in the file', () => {
    expectNone(lines(...profile, 'crypto pki trustpoint TP', ' enrollment terminal'), CODE);
    expectNone(lines(...profile, 'crypto pki trustpool policy', ' cabundle url none'), CODE);
    expectNone(lines(...profile, 'crypto pki certificate chain TP', ' certificate ca 01 nvram:TP#01CA.cer'), CODE);
  });

  it('valid: plain http://, or an HTTPS address while the transport is e-mail', () => {
    expectNone(lines('call-home', ' contact-email-addr noc@example.com', ' profile WEB', '  destination transport-method http', '  destination address http http://ch.example.com/x'), CODE);
    expectNone(lines('call-home', ' contact-email-addr noc@example.com', ' mail-server 192.0.2.25 priority 1', ' profile NOC', '  destination address email noc@example.com', '  destination address http https://ch.example.com/x'), CODE);
  });

  it('quiet in a transcript (the trustpoint may be on the device)', () => {
    expectNone(lines('Router(config)# call-home', 'Router(cfg-call-home)# profile WEB', 'Router(cfg-call-home-profile)# destination transport-method http', 'Router(cfg-call-home-profile)# destination address http https://ch.example.com/x'), CODE);
  });
});
