// source-interface-conflict: "At one time, you can specify the source-interface name or the source-ip-address,
// but not both" (003:L1287–L1289) [error].
import { describe, it } from 'node:test';
import { expectNone, expectOne, expectOnly, lines } from '../helpers/diagnostics';

const CODE = 'source-interface-conflict';
const head = ['call-home', ' contact-email-addr noc@example.com'];

describe(CODE, () => {
  it('003:L1287 — both set: error on the later command, and nothing else', () => {
    expectOnly(lines(...head, ' source-interface GigabitEthernet0/0/0', ' source-ip-address 192.0.2.1'), CODE, { severity: 'error', start: [3, 1], end: [3, 28], text: 'source-ip-address 192.0.2.1', message: /line 3 already sets the other one/ });
  });

  it('reverse order, flat snippet, abbreviated keywords (`source-int`)', () => {
    expectOne(lines('conf t', 'call-home', 'contact-email-addr noc@example.com', 'source-ip 192.0.2.1', 'source-int Gi0/0/0', 'end'), CODE, { severity: 'error', start: [4, 0], end: [4, 18] });
  });

  it('valid: either one alone, or one removed with `no`', () => {
    expectNone(lines(...head, ' source-interface GigabitEthernet0/0/0'), CODE);
    expectNone(lines(...head, ' source-ip-address 192.0.2.1'), CODE);
    expectNone(lines(...head, ' source-ip-address 192.0.2.1', ' source-interface Gi0/0/0', ' no source-ip-address'), CODE);
  });
});
