// ciscotac-transport-conflict: CiscoTAC-1 can use either transport method but not both (000:L544, 004:L1394)
// [warning] — only when a profile explicitly enables both; `destination transport-method http` alone is the
// normal HTTPS setup (000:L1476–L1480).
import { describe, it } from 'node:test';
import { expectClean, expectNone, expectOne, expectOnly, lines } from '../helpers/diagnostics';

const CODE = 'ciscotac-transport-conflict';

describe(CODE, () => {
  it('000:L544 — email then http in CiscoTAC-1: warning on the later line, and nothing else', () => {
    const text = lines('call-home', ' contact-email-addr noc@example.com', ' profile CiscoTAC-1', '  destination transport-method email', '  destination transport-method http');
    expectOnly(text, CODE, { severity: 'warning', start: [4, 2], end: [4, 35], text: 'destination transport-method http', message: /enabling http disables email \(line 4\)/ });
  });

  it('flat snippet with abbreviated keywords (`dest trans h`)', () => {
    const text = lines('conf t', 'call-home', 'contact-email-addr noc@example.com', 'profile CiscoTAC-1', 'dest trans email', 'dest trans h', 'end');
    expectOne(text, CODE, { severity: 'warning', start: [5, 0], end: [5, 12], message: /enabling http disables email/ });
  });

  it('000:L1476–L1480 — the guide\'s enabling example (transcript) gets nothing at all', () => {
    expectClean(lines('Router# configure terminal', 'Router(config)# call-home', 'Router(config-call-home)# profile CiscoTAC-1', 'Router(cfg-call-home-profile)# destination transport-method http', 'Router(cfg-call-home-profile)# active'));
  });

  it('valid: http alone, http with `no destination transport-method email`, and email disabled before http', () => {
    const head = ['call-home', ' contact-email-addr noc@example.com', ' profile CiscoTAC-1'];
    expectNone(lines(...head, '  destination transport-method http'), CODE);
    expectNone(lines(...head, '  destination transport-method http', '  no destination transport-method email'), CODE);
    expectNone(lines(...head, '  destination transport-method email', '  no destination transport-method email', '  destination transport-method http'), CODE);
  });

  it('valid: a user profile may enable both (000:L543)', () => {
    expectNone(lines('call-home', ' contact-email-addr noc@example.com', ' profile NOC', '  destination transport-method email', '  destination transport-method http'), CODE);
  });
});
