// typographic-quotes: “…” are not quotes to IOS, they become part of the value; the guides print them (000:L466)
// [warning, quick fix to straight double quotes].
import { describe, it } from 'node:test';
import { expectFix, expectNone, expectOne, expectOnly, lines } from '../helpers/diagnostics';

const CODE = 'typographic-quotes';
const head = ['call-home', ' contact-email-addr noc@example.com'];
const GUIDE = '“1234 Picaboo Street, Any city, Any state, 12345”';

describe(CODE, () => {
  it('000:L466 — the guide\'s street-address example: warning on the quoted value, and nothing else (not value-needs-quotes too)', () => {
    expectOnly(lines(...head, ` street-address ${GUIDE}`), CODE, { severity: 'warning', start: [2, 16], end: [2, 65], text: GUIDE });
  });

  it('000:L466 — quick fix types straight quotes; re-validating is clean', () => {
    expectFix(lines(...head, ` street-address ${GUIDE}`), CODE, lines(...head, ' street-address "1234 Picaboo Street, Any city, Any state, 12345"'), /straight double quotes/);
  });

  it('in a flat snippet and in a transcript line (abbreviated `street`)', () => {
    expectOne(lines('conf t', 'call-home', 'contact-email-addr noc@example.com', 'street “Main St 1”', 'end'), CODE, { severity: 'warning', start: [3, 7], end: [3, 18] });
    expectOne(lines('Router(cfg-call-home)# customer-id “Example Corp”'), CODE, { severity: 'warning', start: [0, 35], end: [0, 49] });
  });

  it('one problem, one diagnostic: a contact e-mail in typographic quotes', () => {
    expectOnly(lines('call-home', ' contact-email-addr “noc@example.com”'), CODE, { severity: 'warning', start: [1, 20], end: [1, 37] });
  });

  it('valid: straight quotes', () => {
    expectNone(lines(...head, ' street-address "1234 Picaboo Street, Any city, Any state, 12345"'), CODE);
  });
});
