// certificate-expiry: an expired certificate [warning], one expiring within 90 days [information] (003:L277–L283).
// Certificates are real: self-signed CAs made with node-forge, rendered as IOS hex blocks or pasted base64.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { validate } from '../../../server/src/language/index';
import { base64Lines, chainBlock, expectNone, expectOne, expectOnly, expiredCa, expiringCa, lines, ofCode, validCa } from '../helpers/diagnostics';

const CODE = 'certificate-expiry';
const tp = ['crypto pki trustpoint TP', ' enrollment terminal'];

describe(CODE, () => {
  it('003:L277 — an expired CA in a running-config chain: warning on its `certificate ca 01` line, and nothing else', () => {
    const text = lines(...tp, ...chainBlock('TP', expiredCa()));
    expectOnly(text, CODE, { severity: 'warning', start: [3, 1], end: [3, 18], text: 'certificate ca 01', message: /expired on 2026-11-12/ });
  });

  it('003:L277 — a CA expiring in 30 days: information, with the day count', () => {
    const text = lines(...tp, ...chainBlock('TP', expiringCa(30)));
    expectOne(text, CODE, { severity: 'information', start: [3, 1], end: [3, 18], message: /in 30 days/ });
  });

  it('boundary: 89 days left is reported, 91 days and a CA valid for years are not', () => {
    expectOne(lines(...tp, ...chainBlock('TP', expiringCa(89))), CODE, { severity: 'information', start: [3, 1], end: [3, 18] });
    expectNone(lines(...tp, ...chainBlock('TP', expiringCa(91))), CODE);
    expectNone(lines(...tp, ...chainBlock('TP', validCa())), CODE);
  });

  it('flat `configure terminal` paste of the chain (no indentation)', () => {
    const text = lines('crypto pki trustpoint TP', 'enrollment terminal', 'exit', ...chainBlock('TP', expiredCa(), { flat: true }));
    expectOne(text, CODE, { severity: 'warning', start: [4, 0], end: [4, 17] });
  });

  it('000:L2266 — base64 pasted after `crypto pki authenticate TP`: anchored on the authenticate line', () => {
    const text = lines(...tp, 'crypto pki authenticate TP', ...base64Lines(expiredCa()), 'quit');
    expectOnly(text, CODE, { severity: 'warning', start: [2, 0], end: [2, 26], text: 'crypto pki authenticate TP' });
  });

  it('base64 with BEGIN/END markers, expiring in 30 days', () => {
    const text = lines(...tp, 'crypto pki authenticate TP', '-----BEGIN CERTIFICATE-----', ...base64Lines(expiringCa(30)), '-----END CERTIFICATE-----', 'quit');
    expectOne(text, CODE, { severity: 'information', start: [2, 0], end: [2, 26] });
  });

  it('a pasted transcript (device prompt text before the paste) is checked too — nothing here is "missing"', () => {
    const text = lines(
      'Router(config)# crypto pki trustpoint TP',
      'Router(ca-trustpoint)# enrollment terminal',
      'Router(ca-trustpoint)# exit',
      'Router(config)# crypto pki authenticate TP',
      'Enter the base 64 encoded CA certificate.',
      'End with a blank line or the word "quit" on a line by itself',
      '',
      ...base64Lines(expiredCa()),
      'quit',
    );
    expectOne(text, CODE, { severity: 'warning', start: [3, 16], end: [3, 42] });
  });

  it('uses the injected `now`: the same certificate is fine a year earlier', () => {
    const text = lines(...tp, ...chainBlock('TP', expiredCa()));
    assert.equal(ofCode(text, CODE).length, 1);
    assert.equal(validate(text, { now: new Date('2025-11-22T00:00:00Z') }).diagnostics.filter((d) => d.code === CODE).length, 0);
  });
});
