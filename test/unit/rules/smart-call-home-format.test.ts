// smart-call-home-format: "If you use the Cisco Smart Call Home service, the destination profile must use the
// XML message format" (000:L549) [error]; quick fix `xml`.
import { describe, it } from 'node:test';
import { expectFix, expectNone, expectOne, expectOnly, lines } from '../helpers/diagnostics';

const CODE = 'smart-call-home-format';
const head = ['call-home', ' contact-email-addr noc@example.com', ' mail-server 192.0.2.25 priority 1', ' profile SCH'];

describe(CODE, () => {
  it('000:L549 — callhome@cisco.com with long-text: error on the format word, and nothing else', () => {
    expectOnly(lines(...head, '  destination address email callhome@cisco.com', '  destination preferred-msg-format long-text'), CODE, { severity: 'error', start: [5, 35], end: [5, 44], text: 'long-text', message: /needs the xml message format/ });
  });

  it('000:L549 — quick fix writes xml; re-validating is clean', () => {
    expectFix(lines(...head, '  destination address email callhome@cisco.com', '  destination preferred-msg-format long-text'), CODE, lines(...head, '  destination address email callhome@cisco.com', '  destination preferred-msg-format xml'));
  });

  it('tools.cisco.com URL with short-text, format given before the address', () => {
    const text = lines(...head, '  destination preferred-msg-format short-text', '  destination transport-method http', '  destination address http https://tools.cisco.com/its/service/oddce/services/DDCEService');
    expectOne(text, CODE, { severity: 'error', start: [4, 35], end: [4, 45] });
  });

  it('a copied long-text profile has no format line of its own: the Smart Call Home address is underlined', () => {
    const text = lines(...head, '  destination address email noc@example.com', '  destination preferred-msg-format long-text', ' copy profile SCH SCH2', ' profile SCH2', '  destination address email callhome@cisco.com');
    expectOne(text, CODE, { severity: 'error', start: [8, 28], end: [8, 46], text: 'callhome@cisco.com' });
  });

  it('flat snippet with abbreviated keywords (`dest pref long`)', () => {
    const text = lines('conf t', 'call-home', 'contact-email-addr noc@example.com', 'profile SCH', 'dest add email CallHome@Cisco.com', 'dest pref long', 'end');
    expectOne(text, CODE, { severity: 'error', start: [5, 10], end: [5, 14], text: 'long' });
  });

  it('valid: xml (the default), and long-text to addresses that are not the Smart Call Home service', () => {
    expectNone(lines(...head, '  destination address email callhome@cisco.com'), CODE);
    expectNone(lines(...head, '  destination address email callhome@cisco.com', '  destination preferred-msg-format xml'), CODE);
    expectNone(lines(...head, '  destination address email noc@example.com', '  destination preferred-msg-format long-text'), CODE);
  });

  it('one problem, one diagnostic: an unknown format word is invalid-keyword-value only', () => {
    const text = lines(...head, '  destination address email callhome@cisco.com', '  destination preferred-msg-format html');
    expectNone(text, CODE);
    expectOnly(text, 'invalid-keyword-value', { severity: 'error', start: [5, 35], end: [5, 39] });
  });
});
