// value-needs-quotes: a value with spaces must be enclosed in double quotes — phone-number (000:L460),
// street-address (000:L469), customer-id (000:L479), site-id (000:L489), contract-id (000:L499), add-command
// (004:L137) [error]; quick fix encloses it.
import { describe, it } from 'node:test';
import { expectFix, expectMany, expectNone, expectOne, expectOnly, lines } from '../helpers/diagnostics';

const CODE = 'value-needs-quotes';
const head = ['call-home', ' contact-email-addr noc@example.com'];

describe(CODE, () => {
  it('000:L469 — an unquoted street address with spaces: error over all its words, and nothing else', () => {
    expectOnly(lines(...head, ' street-address 1234 Main St'), CODE, { severity: 'error', start: [2, 16], end: [2, 28], text: '1234 Main St', message: /000:L469/ });
  });

  it('000:L469 — quick fix encloses the value in double quotes; re-validating is clean', () => {
    expectFix(lines(...head, ' street-address 1234 Main St'), CODE, lines(...head, ' street-address "1234 Main St"'), /double quotes/);
  });

  it('000:L479–L499, 004:L137 — customer-id, site-id, contract-id and add-command', () => {
    const text = lines(...head, ' customer-id Example Corp', ' site-id Site 1', ' contract-id CT 42', ' alert-group-config snapshot', '  add-command show version');
    expectMany(text, CODE, [
      { severity: 'error', start: [2, 13], end: [2, 25], text: 'Example Corp' },
      { severity: 'error', start: [3, 9], end: [3, 15], text: 'Site 1' },
      { severity: 'error', start: [4, 13], end: [4, 18], text: 'CT 42' },
      { severity: 'error', start: [6, 14], end: [6, 26], text: 'show version' },
    ]);
  });

  it('flat snippet with the keyword abbreviated (`street`)', () => {
    expectOne(lines('conf t', 'call-home', 'contact-email-addr noc@example.com', 'street 1234 Main St', 'end'), CODE, { severity: 'error', start: [3, 7], end: [3, 19] });
  });

  it('valid: quoted values, one-word values, template placeholders', () => {
    const text = lines(...head, ' street-address "1234 Main St"', ' phone-number "+1 800 555 0100"', ' customer-id ExampleCorp', ' site-id {{ site }}', ' alert-group-config snapshot', '  add-command "show version"');
    expectNone(text, CODE);
  });
});
