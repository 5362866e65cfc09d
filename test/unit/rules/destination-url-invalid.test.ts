// destination-url-invalid: `destination address http` takes a URL of 8 to 200 characters (004:L1336) that
// includes http:// or https:// (003:L742–L752) [error].
import { describe, it } from 'node:test';
import { expectFix, expectNone, expectOne, expectOnly, lines, rep } from '../helpers/diagnostics';

const CODE = 'destination-url-invalid';
const head = ['call-home', ' contact-email-addr noc@example.com', ' profile WEB', '  destination transport-method http'];

describe(CODE, () => {
  it('003:L742 — no scheme: error on the URL, and nothing else (a URL without https is not "https without trustpoint")', () => {
    expectOnly(lines(...head, '  destination address http collector.example.com/ch'), CODE, { severity: 'error', start: [4, 27], end: [4, 51], text: 'collector.example.com/ch', message: /003:L742–L752/ });
  });

  it('003:L742 — quick fix prefixes https:// (inside the quotes when quoted)', () => {
    expectFix(lines(...head, '  destination address http collector.example.com/ch'), CODE, lines(...head, '  destination address http https://collector.example.com/ch'), /https/);
    expectFix(lines(...head, '  destination address http "collector.example.com/ch"'), CODE, lines(...head, '  destination address http "https://collector.example.com/ch"'));
  });

  it('004:L1336 — 7 characters (`http://`) and 201 characters are out of range', () => {
    expectOne(lines(...head, '  destination address http http://'), CODE, { severity: 'error', start: [4, 27], end: [4, 34], message: /7 characters/ });
    const long = `https://example.com/${rep('a', 181)}`;
    expectOne(lines(...head, `  destination address http ${long}`), CODE, { severity: 'error', start: [4, 27], end: [4, 228], message: /201 characters/ });
  });

  it('boundary: exactly 8 and exactly 200 characters are valid', () => {
    expectNone(lines(...head, '  destination address http http://a'), CODE);
    expectNone(lines(...head, `  destination address http https://example.com/${rep('a', 180)}`), CODE);
  });

  it('no URL: error on the command', () => {
    expectOne(lines(...head, '  destination address http'), CODE, { severity: 'error', start: [4, 2], end: [4, 26] });
  });

  it('abbreviated keywords in a flat snippet (`dest add h`)', () => {
    const text = lines('conf t', 'call-home', 'contact-email-addr noc@example.com', 'profile WEB', 'dest trans h', 'dest add h www.example.com', 'end');
    expectOne(text, CODE, { severity: 'error', start: [5, 11], end: [5, 26] });
  });
});
