// command-syntax: a known call-home command with a missing argument, extra words, or an unknown or ambiguous
// keyword [warning, never error].
import { describe, it } from 'node:test';
import { expectMany, expectNone, expectOne, expectOnly, lines } from '../helpers/diagnostics';

const CODE = 'command-syntax';

describe(CODE, () => {
  it('a missing value is anchored just after the last word (an empty range), and nothing else', () => {
    const text = lines('call-home', ' contact-email-addr noc@example.com', ' rate-limit');
    expectOnly(text, CODE, { severity: 'warning', start: [2, 11], end: [2, 11], message: /Incomplete command: `rate-limit number` expects <1-60>/ });
  });

  it('extra words underline all of them', () => {
    const text = lines('call-home', ' contact-email-addr noc@example.com', ' profile NOC', '  destination preferred-msg-format xml now please');
    expectOne(text, CODE, { severity: 'warning', start: [3, 39], end: [3, 49], text: 'now please', message: /Unexpected words/ });
  });

  it('an ambiguous abbreviation in an EXEC command (`call-home request c`: config-sanity or command-reference)', () => {
    expectOne(lines('call-home request c profile CiscoTAC-1'), CODE, { severity: 'warning', start: [0, 18], end: [0, 19], message: /Ambiguous keyword: it could be `config-sanity`, `command-reference`/ });
  });

  it('flat snippet: missing keyword after an abbreviated command (`dest trans`)', () => {
    const text = lines('conf t', 'call-home', 'contact-email-addr noc@example.com', 'profile NOC', 'dest trans', 'end');
    expectOne(text, CODE, { severity: 'warning', start: [4, 10], end: [4, 10], message: /expects `email` or `http`/ });
  });

  it('global commands the table checks: `crypto pki trustpoint` with no name, `call-home test` with no profile', () => {
    expectMany(lines('crypto pki trustpoint', 'call-home test'), CODE, [
      { severity: 'warning', start: [0, 21], end: [0, 21] },
      { severity: 'warning', start: [1, 14], end: [1, 14] },
    ]);
  });

  it('valid: complete commands, `no` forms without arguments, abbreviations', () => {
    const text = lines(
      'call-home',
      ' contact-email-addr noc@example.com',
      ' no rate-limit',
      ' data-priv l high',
      ' profile NOC',
      '  destination address email noc@example.com',
      '  no destination transport-method',
      '  subscribe syslog sev debug',
    );
    expectNone(text, CODE);
  });

  it('one problem, one diagnostic: a missing destination address is destination-email-invalid only', () => {
    const text = lines('call-home', ' contact-email-addr noc@example.com', ' profile NOC', '  destination address email');
    expectNone(text, CODE);
    expectOne(text, 'destination-email-invalid', { severity: 'error', start: [3, 2], end: [3, 27] });
  });

  it('quiet inside crypto pki blocks (a large command set, accepted as written)', () => {
    expectNone(lines('crypto pki trustpoint TP', ' enrollment terminal pem extra', ' revocation-check crl none', ' rsakeypair KEY 2048 2048 extra'), CODE);
  });

  // Core bug (grammar.ts, `anyOrder`): each item is tried in turn, so `p` resolves to `periodic` (the first item
  // that accepts it) instead of being ambiguous between `periodic` and `pattern`, as the device reports it.
  it('`subscribe syslog p "x"`: ambiguous between `periodic` and `pattern`', () => {
    const text = lines('call-home', ' contact-email-addr noc@example.com', ' profile NOC', '  destination address email noc@example.com', '  subscribe syslog p "x"');
    expectOne(text, CODE, { severity: 'warning', start: [4, 19], end: [4, 20], message: /Ambiguous keyword: it could be `periodic`, `pattern`|Ambiguous keyword: it could be `pattern`, `periodic`/ });
  });
});
