// destination-email-invalid: `destination address email` takes an e-mail address of 5 to 200 characters
// (004:L1335) [error].
import { describe, it } from 'node:test';
import { expectNone, expectOne, expectOnly, lines, rep } from '../helpers/diagnostics';

const CODE = 'destination-email-invalid';
const head = ['call-home', ' contact-email-addr noc@example.com', ' mail-server 192.0.2.25 priority 1', ' profile NOC'];

describe(CODE, () => {
  it('004:L1335 — no @: error on the address, and nothing else', () => {
    expectOnly(lines(...head, '  destination address email noc.example.com'), CODE, { severity: 'error', start: [4, 28], end: [4, 43], text: 'noc.example.com', message: /not an e-mail address/ });
  });

  it('004:L1335 — 4 characters is too short; 201 too long', () => {
    expectOne(lines(...head, '  destination address email a@bc'), CODE, { severity: 'error', start: [4, 28], end: [4, 32], message: /4 characters; it must be 5 to 200/ });
    const long = `${rep('a', 201 - 12)}@example.com`;
    expectOne(lines(...head, `  destination address email ${long}`), CODE, { severity: 'error', start: [4, 28], end: [4, 229], message: /201 characters/ });
  });

  it('boundary: exactly 5 and exactly 200 characters are valid', () => {
    expectNone(lines(...head, '  destination address email a@b.c'), CODE);
    expectNone(lines(...head, `  destination address email ${rep('a', 200 - 12)}@example.com`), CODE);
  });

  it('spaces: the range covers every word', () => {
    expectOne(lines(...head, '  destination address email noc team@example.com'), CODE, { severity: 'error', start: [4, 28], end: [4, 48], message: /cannot contain spaces/ });
  });

  it('no address at all: error on the command (and no command-syntax warning as well)', () => {
    expectOnly(lines(...head, '  destination address email'), CODE, { severity: 'error', start: [4, 2], end: [4, 27], message: /needs an e-mail address/ });
  });

  it('abbreviated keywords (`dest add email`) in a flat snippet', () => {
    const text = lines('conf t', 'call-home', 'contact-email-addr noc@example.com', 'mail-server 192.0.2.25 priority 1', 'profile NOC', 'dest add email x@y', 'end');
    expectOne(text, CODE, { severity: 'error', start: [5, 15], end: [5, 18], text: 'x@y' });
  });

  it('checked in transcripts too', () => {
    const text = lines('Router(config)# call-home', 'Router(cfg-call-home)# profile NOC', 'Router(cfg-call-home-profile)# destination address email noc');
    expectOne(text, CODE, { severity: 'error', start: [2, 57], end: [2, 60] });
  });
});
