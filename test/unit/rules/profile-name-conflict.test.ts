// profile-name-conflict: profile names are not case-sensitive (000:L541) — `profile Noc` and `profile NOC` are one
// profile; `copy profile` / `rename profile` targets must be new names [error].
import { describe, it } from 'node:test';
import { expectFix, expectMany, expectNone, expectOne, expectOnly, lines } from '../helpers/diagnostics';

const CODE = 'profile-name-conflict';
const head = ['call-home', ' contact-email-addr noc@example.com', ' mail-server 192.0.2.25 priority 1', ' profile Noc', '  destination address email noc@example.com'];

describe(CODE, () => {
  it('000:L541 — `profile NOC` after `profile Noc`: error on the second spelling, and nothing else', () => {
    expectOnly(lines(...head, ' profile NOC', '  active'), CODE, { severity: 'error', start: [5, 9], end: [5, 12], text: 'NOC', message: /same profile as `Noc`/ });
  });

  it('000:L541 — quick fix uses the first spelling; re-validating is clean', () => {
    expectFix(lines(...head, ' profile NOC', '  active'), CODE, lines(...head, ' profile Noc', '  active'), /Rename to `Noc`/);
  });

  it('000:L723 — copy/rename onto an existing name; later messages keep naming the existing profile', () => {
    const text = lines(...head, ' copy profile Noc noc', ' copy profile Noc Other', ' rename profile Other NOC');
    expectMany(text, CODE, [
      { severity: 'error', start: [5, 18], end: [5, 21], message: /`Noc` already exists: the copy/ },
      { severity: 'error', start: [7, 22], end: [7, 25], message: /`Noc` already exists: the new name/ },
    ]);
  });

  it('flat snippet and transcript', () => {
    expectOne(lines('conf t', 'call-home', 'contact-email-addr noc@example.com', 'profile Noc', 'exit', 'profile NOC', 'end'), CODE, { severity: 'error', start: [5, 8], end: [5, 11] });
    expectOne(lines('Router(cfg-call-home)# profile Noc', 'Router(cfg-call-home-profile)# exit', 'Router(cfg-call-home)# profile NOC'), CODE, { severity: 'error', start: [2, 31], end: [2, 34] });
  });

  it('valid: the same spelling again (re-entering a profile), distinct names', () => {
    expectNone(lines(...head, ' profile Noc', '  active', ' profile Noc2'), CODE);
  });

  it('CiscoTAC-1 spellings are left to ciscotac-name-case', () => {
    expectNone(lines('call-home', ' contact-email-addr noc@example.com', ' profile CiscoTAC-1', ' profile ciscotac-1'), CODE);
  });
});
