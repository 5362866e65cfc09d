// contact-email-invalid: "up to 200 characters in e-mail address format with no spaces" (000:L448) [error].
import { describe, it } from 'node:test';
import { expectFix, expectNone, expectOne, expectOnly, lines, rep } from '../helpers/diagnostics';

const CODE = 'contact-email-invalid';

describe(CODE, () => {
  it('000:L448 — not name@domain: error on the value, and exactly one diagnostic in the document', () => {
    const text = lines('call-home', ' contact-email-addr noc.example.com');
    expectOnly(text, CODE, { severity: 'error', start: [1, 20], end: [1, 35], text: 'noc.example.com', message: /not an e-mail address.*000:L448/ });
  });

  it('000:L448 — spaces: the range covers every word (bare or quoted), one diagnostic in total', () => {
    expectOnly(lines('call-home', ' contact-email-addr noc team@example.com'), CODE, { severity: 'error', start: [1, 20], end: [1, 40], text: 'noc team@example.com', message: /cannot contain spaces/ });
    expectOnly(lines('call-home', ' contact-email-addr "noc team@example.com"'), CODE, { severity: 'error', start: [1, 20], end: [1, 42] });
  });

  it('000:L448 — 201 characters: error, and the truncate fix leaves a valid 200-character address', () => {
    const local = rep('a', 201 - '@example.com'.length);
    const text = lines('call-home', ` contact-email-addr ${local}@example.com`);
    expectOne(text, CODE, { severity: 'error', start: [1, 20], end: [1, 221], message: /201 characters; the limit is 200/ });
    expectFix(text, CODE, lines('call-home', ` contact-email-addr ${local}@example.co`), /Truncate to 200/);
  });

  it('boundary: exactly 200 characters is valid', () => {
    const local = rep('a', 200 - '@example.com'.length);
    expectNone(lines('call-home', ` contact-email-addr ${local}@example.com`), CODE);
  });

  it('flat snippet with the keyword abbreviated (`conta`), and `call-home reporting contact-email-addr` (000:L197)', () => {
    expectOne(lines('conf t', 'call-home', 'conta noc', 'end'), CODE, { severity: 'error', start: [2, 6], end: [2, 9] });
    expectOne(lines('call-home reporting contact-email-addr noc'), CODE, { severity: 'error', start: [0, 39], end: [0, 42] });
  });

  it('transcripts are checked too (a wrong value is wrong wherever it is typed)', () => {
    expectOne(lines('Router(cfg-call-home)# contact-email-addr noc'), CODE, { severity: 'error', start: [0, 42], end: [0, 45] });
  });

  it('valid: a normal address, a quoted one, a template placeholder', () => {
    expectNone(lines('call-home', ' contact-email-addr noc@example.com'), CODE);
    expectNone(lines('call-home', ' contact-email-addr "noc@example.com"'), CODE);
    expectNone(lines('call-home', ' contact-email-addr {{ contact_email }}'), CODE);
  });

  // Core bug (commands.ts): `call-home reporting contact-email-addr` takes the rest of the line, so the optional
  // `http-proxy HOST port N` part (000:L197–L199) is read as part of the e-mail address.
  it('000:L197 — `call-home reporting contact-email-addr E http-proxy H port N` is valid', () => {
    expectNone(lines('call-home reporting contact-email-addr noc@example.com http-proxy 192.0.2.8 port 8080'), CODE);
  });
});
