// ciscotac-name-case: profile names are not case-sensitive (000:L541), so `profile ciscotac-1` is the predefined
// CiscoTAC-1 [warning, quick fix to `CiscoTAC-1`].
import { describe, it } from 'node:test';
import { expectFix, expectNone, expectOne, expectOnly, lines } from '../helpers/diagnostics';

const CODE = 'ciscotac-name-case';

describe(CODE, () => {
  it('000:L541 — `profile ciscotac-1`: warning on the name, and nothing else', () => {
    const text = lines('call-home', ' contact-email-addr noc@example.com', ' profile ciscotac-1', '  destination transport-method http');
    expectOnly(text, CODE, { severity: 'warning', start: [2, 9], end: [2, 19], text: 'ciscotac-1' });
  });

  it('quick fix writes `CiscoTAC-1` (keeping quotes when the name was quoted)', () => {
    const head = ['call-home', ' contact-email-addr noc@example.com'];
    expectFix(lines(...head, ' profile ciscotac-1'), CODE, lines(...head, ' profile CiscoTAC-1'), /CiscoTAC-1/);
    expectFix(lines(...head, ' profile "CISCOTAC-1"'), CODE, lines(...head, ' profile "CiscoTAC-1"'));
  });

  it('flat snippet, and in EXEC commands (`call-home send alert-group inventory profile ciscotac-1`, 000:L2359)', () => {
    expectOne(lines('conf t', 'call-home', 'contact-email-addr noc@example.com', 'profile Ciscotac-1', 'end'), CODE, { severity: 'warning', start: [3, 8], end: [3, 18] });
    expectOne(lines('call-home send alert-group inventory profile ciscotac-1'), CODE, { severity: 'warning', start: [0, 45], end: [0, 55] });
  });

  it('valid: the exact spelling, and a different name that merely starts alike', () => {
    expectNone(lines('call-home', ' contact-email-addr noc@example.com', ' profile CiscoTAC-1', ' profile CiscoTAC-10'), CODE);
    expectNone(lines('call-home send alert-group inventory profile CiscoTAC-1'), CODE);
  });

  it('one problem, one diagnostic: `rename profile ciscotac-1 X` is only ciscotac-rename', () => {
    const text = lines('call-home', ' contact-email-addr noc@example.com', ' rename profile ciscotac-1 MyTac');
    expectNone(text, CODE);
    expectOnly(text, 'ciscotac-rename', { severity: 'error', start: [2, 16], end: [2, 26] });
  });
});
