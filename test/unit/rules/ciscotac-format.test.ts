// ciscotac-format: "For the predefined Cisco TAC profile, only XML is allowed" (000:L549) [error], quick fix `xml`.
import { describe, it } from 'node:test';
import { expectFix, expectNone, expectOne, expectOnly, lines } from '../helpers/diagnostics';

const CODE = 'ciscotac-format';
const head = ['call-home', ' contact-email-addr noc@example.com', ' profile CiscoTAC-1'];

describe(CODE, () => {
  it('000:L549 — long-text in CiscoTAC-1: error on the format word only, and nothing else', () => {
    const text = lines(...head, '  destination preferred-msg-format long-text');
    expectOnly(text, CODE, { severity: 'error', start: [3, 35], end: [3, 44], text: 'long-text' });
  });

  it('000:L549 — quick fix replaces the format with xml, and the error is gone', () => {
    const text = lines(...head, '  destination preferred-msg-format long-text');
    expectFix(text, CODE, lines(...head, '  destination preferred-msg-format xml'), /xml/);
  });

  it('abbreviated keywords (`dest pref short`) in a flat snippet: the fix replaces just the abbreviation', () => {
    const text = lines('conf t', 'call-home', 'contact-email-addr noc@example.com', 'profile CiscoTAC-1', 'dest pref short', 'end');
    expectOne(text, CODE, { severity: 'error', start: [4, 10], end: [4, 15], text: 'short' });
    expectFix(text, CODE, lines('conf t', 'call-home', 'contact-email-addr noc@example.com', 'profile CiscoTAC-1', 'dest pref xml', 'end'));
  });

  it('reported in a transcript too (a wrong value is wrong wherever it is typed)', () => {
    const text = lines('Router(config)# call-home', 'Router(cfg-call-home)# profile CiscoTAC-1', 'Router(cfg-call-home-profile)# destination preferred-msg-format short-text');
    expectOne(text, CODE, { severity: 'error', start: [2, 64], end: [2, 74] });
  });

  it('valid: xml, the `no` form, and long-text in a user profile', () => {
    expectNone(lines(...head, '  destination preferred-msg-format xml'), CODE);
    expectNone(lines(...head, '  no destination preferred-msg-format long-text'), CODE);
    expectNone(lines('call-home', ' contact-email-addr noc@example.com', ' profile NOC', '  destination preferred-msg-format long-text'), CODE);
  });

  it('one problem, one diagnostic: an unknown format word is left to invalid-keyword-value', () => {
    const text = lines(...head, '  destination preferred-msg-format html');
    expectNone(text, CODE);
    expectOnly(text, 'invalid-keyword-value', { severity: 'error', start: [3, 35], end: [3, 39] });
  });
});
