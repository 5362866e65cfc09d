// destination-url-insecure: plain http:// to a Cisco host — the Smart Call Home service is reached over HTTPS
// (003:L3435–L3437, 003:L4009–L4011) [warning, quick fix https://].
import { describe, it } from 'node:test';
import { expectFix, expectNone, expectOne, lines } from '../helpers/diagnostics';

const CODE = 'destination-url-insecure';
const head = ['call-home', ' contact-email-addr noc@example.com', ' profile SCH', '  destination transport-method http'];
const PLAIN = 'http://tools.cisco.com/its/service/oddce/services/DDCEService';

describe(CODE, () => {
  it('003:L3435 — http://tools.cisco.com: warning on the URL', () => {
    expectOne(lines(...head, `  destination address http ${PLAIN}`), CODE, { severity: 'warning', start: [4, 27], end: [4, 27 + PLAIN.length], text: PLAIN, message: /Plain HTTP to tools\.cisco\.com/ });
  });

  it('quick fix: http:// becomes https:// (inside the quotes when quoted), and the warning is gone', () => {
    expectFix(lines(...head, `  destination address http ${PLAIN}`), CODE, lines(...head, `  destination address http ${PLAIN.replace('http://', 'https://')}`), /https/);
    expectFix(lines(...head, '  destination address http "http://www.cisco.com/ch"'), CODE, lines(...head, '  destination address http "https://www.cisco.com/ch"'));
  });

  it('abbreviated keywords in a flat snippet (`dest add h`), and in CiscoTAC-1', () => {
    const text = lines('conf t', 'call-home', 'contact-email-addr noc@example.com', 'profile CiscoTAC-1', 'dest add h HTTP://TOOLS.CISCO.COM/x', 'end');
    expectOne(text, CODE, { severity: 'warning', start: [4, 11], end: [4, 35] });
  });

  it('valid: https:// to Cisco, plain http:// to a host that is not Cisco\'s, and a look-alike domain', () => {
    expectNone(lines(...head, '  destination address http https://tools.cisco.com/its/service/oddce/services/DDCEService'), CODE);
    expectNone(lines(...head, '  destination address http http://collector.example.com/ch'), CODE);
    expectNone(lines(...head, '  destination address http http://notcisco.com/ch'), CODE);
  });
});
