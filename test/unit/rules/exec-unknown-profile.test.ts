// exec-unknown-profile: `call-home test|send alert-group|request … profile P` names a profile the file does not
// configure (004:L583–L585, 004:L853–L855); CiscoTAC-1 always exists [error].
import { describe, it } from 'node:test';
import { expectMany, expectNone, expectOne, expectOnly, lines } from '../helpers/diagnostics';

const CODE = 'exec-unknown-profile';
const config = ['call-home', ' contact-email-addr noc@example.com', ' mail-server 192.0.2.25 priority 1', ' profile NOC', '  destination address email noc@example.com', 'end'];

describe(CODE, () => {
  it('004:L583 — `call-home test profile NOPE`: error on the profile name, and nothing else', () => {
    expectOnly(lines(...config, 'call-home test profile NOPE'), CODE, { severity: 'error', start: [6, 23], end: [6, 27], text: 'NOPE' });
  });

  it('004:L853 — `send alert-group … profile`, `request … profile`, and `do call-home test` in config mode', () => {
    const text = lines(...config, 'call-home send alert-group inventory profile NOPE', 'call-home request bugs-list profile NOPE2', 'do call-home test "hi" profile NOPE3');
    expectMany(text, CODE, [
      { severity: 'error', start: [6, 45], end: [6, 49] },
      { severity: 'error', start: [7, 36], end: [7, 41] },
      { severity: 'error', start: [8, 31], end: [8, 36] },
    ]);
  });

  it('a transcript that configures profiles is checked against them', () => {
    const text = lines('Router(config)# call-home', 'Router(cfg-call-home)# profile NOC', 'Router(cfg-call-home-profile)# end', 'Router# call-home test profile NOPE');
    expectOne(text, CODE, { severity: 'error', start: [3, 31], end: [3, 35] });
  });

  it('valid: a configured profile in any case (000:L541), and CiscoTAC-1 (always defined)', () => {
    expectNone(lines(...config, 'call-home test profile noc', 'call-home send alert-group inventory profile NOC', 'call-home test profile CiscoTAC-1', 'call-home request bugs-list'), CODE);
  });

  it('quiet for a transcript that only shows the EXEC command (the profiles are on the device)', () => {
    expectNone(lines('Router# call-home test profile NOC'), CODE);
  });
});
