// unknown-command: a line inside a call-home, profile or snapshot block that is not a command of that mode
// [warning, never error] (004:L398–L417); nothing outside those blocks, nothing inside crypto pki blocks.
import { describe, it } from 'node:test';
import { expectFix, expectMany, expectNone, expectOne, expectOnly, lines } from '../helpers/diagnostics';

const CODE = 'unknown-command';
const head = ['call-home', ' contact-email-addr noc@example.com'];

describe(CODE, () => {
  it('a close misspelling: "did you mean" on the first word, and nothing else', () => {
    expectOnly(lines(...head, ' rate-limt 10'), CODE, { severity: 'warning', start: [2, 1], end: [2, 10], text: 'rate-limt', message: /did you mean `rate-limit`/ });
  });

  it('quick fix writes the command keyword; re-validating is clean', () => {
    expectFix(lines(...head, ' rate-limt 10'), CODE, lines(...head, ' rate-limit 10'), /rate-limit/);
  });

  it('004:L398 — an unknown line in the call-home and profile blocks: warning on the whole line', () => {
    const text = lines(...head, ' foo bar', ' profile NOC', '  destination address email noc@example.com', '  frobnicate now');
    expectMany(text, CODE, [
      { severity: 'warning', start: [2, 1], end: [2, 8], text: 'foo bar', message: /not a call-home configuration/ },
      { severity: 'warning', start: [5, 2], end: [5, 16], text: 'frobnicate now', message: /not a destination profile configuration/ },
    ]);
  });

  it('a keyword of the mode that does not form a command (`destination` alone)', () => {
    expectOne(lines(...head, ' profile NOC', '  destination address email noc@example.com', '  destination'), CODE, { severity: 'warning', start: [4, 2], end: [4, 13], message: /Incomplete or unrecognized `destination` command/ });
  });

  it('flat input: a line the table does not know ends the block silently, a close misspelling still warns', () => {
    expectNone(lines('conf t', 'call-home', 'contact-email-addr noc@example.com', 'interface GigabitEthernet0/0/0', ' ip address 192.0.2.1 255.255.255.0', 'end'), CODE);
    expectOne(lines('conf t', 'call-home', 'contct-email-addr noc@example.com', 'end'), CODE, { severity: 'warning', start: [2, 0], end: [2, 17], message: /did you mean `contact-email-addr`/ });
  });

  it('in a transcript, the prompt gives the mode', () => {
    expectOne(lines('Router(cfg-call-home)# foo bar'), CODE, { severity: 'warning', start: [0, 23], end: [0, 30] });
  });

  it('quiet outside call-home blocks and inside crypto pki blocks (hash, subject-alt-name, auto-enroll, …)', () => {
    const text = lines(
      'hostname R1',
      'interface GigabitEthernet0/0/0',
      ' ip address 192.0.2.1 255.255.255.0',
      'crypto pki trustpoint TP',
      ' enrollment mode ra',
      ' hash sha256',
      ' subject-alt-name r1.example.com',
      ' auto-enroll 70',
      ' usage ssl-client',
      ' source interface GigabitEthernet0/0/0',
      ...head,
    );
    expectNone(text, CODE);
  });
});
