// phone-number-invalid: "must begin with a plus (+) prefix, and may contain only dashes (-) and numbers. …up to
// 16 characters. If you include spaces, you must enclose your entry in double quotes" (000:L460) [error].
import { describe, it } from 'node:test';
import { expectFix, expectNone, expectOne, expectOnly, lines } from '../helpers/diagnostics';

const CODE = 'phone-number-invalid';
const head = ['call-home', ' contact-email-addr noc@example.com'];

describe(CODE, () => {
  it('000:L460 — no + prefix: error on the value, and exactly one diagnostic in the document', () => {
    expectOnly(lines(...head, ' phone-number 1-800-555-0100'), CODE, { severity: 'error', start: [2, 14], end: [2, 28], text: '1-800-555-0100', message: /plus \(\+\) prefix/ });
  });

  it('000:L460 — quick fix adds the + (inside the quotes when quoted)', () => {
    expectFix(lines(...head, ' phone-number 1-800-555-0100'), CODE, lines(...head, ' phone-number +1-800-555-0100'), /\+/);
    expectFix(lines(...head, ' phone-number "1 800 555 0100"'), CODE, lines(...head, ' phone-number "+1 800 555 0100"'));
  });

  it('000:L460 — characters other than digits and dashes', () => {
    expectOne(lines(...head, ' phone-number +1(800)555'), CODE, { severity: 'error', start: [2, 14], end: [2, 24], message: /only dashes/ });
  });

  it('000:L460 — 17 characters: error, and the truncate fix leaves 16', () => {
    const text = lines(...head, ' phone-number +1-800-555-012345');
    expectOne(text, CODE, { severity: 'error', start: [2, 14], end: [2, 31], message: /17 characters; the limit is 16/ });
    expectFix(text, CODE, lines(...head, ' phone-number +1-800-555-01234'), /Truncate to 16/);
  });

  it('boundary: exactly 16 characters, bare or quoted with spaces, is valid', () => {
    expectNone(lines(...head, ' phone-number +1-800-555-01234'), CODE);
    expectNone(lines(...head, ' phone-number "+1 800 555 01234"'), CODE);
  });

  it('flat snippet with the keyword abbreviated (`phone`)', () => {
    expectOne(lines('conf t', 'call-home', 'contact-email-addr noc@example.com', 'phone 18005550100', 'end'), CODE, { severity: 'error', start: [3, 6], end: [3, 17] });
  });

  it('one problem, one diagnostic: unquoted spaces are value-needs-quotes only', () => {
    const text = lines(...head, ' phone-number +1 800 555 0100');
    expectNone(text, CODE);
    expectOnly(text, 'value-needs-quotes', { severity: 'error', start: [2, 14], end: [2, 29] });
  });
});
