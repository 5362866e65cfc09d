// exec-manual-alert-group: "Only the configuration, crash, diagnostic, and inventory alert group messages can be
// sent manually" (004:L797; snapshot too, 003:L1451–L1453); diagnostic needs its slot (000:L1535) [error].
import { describe, it } from 'node:test';
import { expectNone, expectOne, expectOnly, lines } from '../helpers/diagnostics';

const CODE = 'exec-manual-alert-group';

describe(CODE, () => {
  it('004:L797 — `call-home send alert-group syslog`: error on the group, and nothing else', () => {
    expectOnly(lines('call-home send alert-group syslog'), CODE, { severity: 'error', start: [0, 27], end: [0, 33], text: 'syslog', message: /cannot be sent manually/ });
  });

  it('000:L1535 — `diagnostic` without `slot R0`', () => {
    expectOne(lines('call-home send alert-group diagnostic profile CiscoTAC-1'), CODE, { severity: 'error', start: [0, 27], end: [0, 37], message: /needs the slot or module/ });
  });

  it('abbreviated group (`env`) in a transcript, and behind `do` in configuration mode', () => {
    expectOne(lines('Router# call-home send alert-group env'), CODE, { severity: 'error', start: [0, 35], end: [0, 38], text: 'env' });
    expectOne(lines('do call-home send alert-group syslog'), CODE, { severity: 'error', start: [0, 30], end: [0, 36] });
  });

  it('valid: configuration, crash, inventory, snapshot, `diagnostic slot R0`, and abbreviations of them', () => {
    const text = lines(
      'call-home send alert-group configuration',
      'call-home send alert-group crash',
      'call-home send alert-group inventory profile CiscoTAC-1',
      'call-home send alert-group snapshot',
      'call-home send alert-group diagnostic slot R0',
      'call-home send alert-group config',
      'call-home send alert-group inv',
    );
    expectNone(text, CODE);
  });
});
