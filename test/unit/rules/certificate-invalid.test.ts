// certificate-invalid: a certificate body that is not an X.509 certificate [error], underlining the body.
import { describe, it } from 'node:test';
import { base64Lines, expectNone, expectOne, expectOnly, hexLines, lines, validCa } from '../helpers/diagnostics';

const CODE = 'certificate-invalid';

/** The hex lines of a valid CA with one line overwritten (still even hex, so only X.509 decoding fails). */
function corruptedHex(): string[] {
  const hex = hexLines(validCa());
  hex[3] = '  DEADBEEF DEADBEEF DEADBEEF DEADBEEF DEADBEEF DEADBEEF DEADBEEF DEADBEEF';
  return hex;
}

describe(CODE, () => {
  it('a corrupted hex block: error over the whole body (first hex digit to last), and nothing else', () => {
    const hex = corruptedHex();
    const text = lines('crypto pki certificate chain TP', ' certificate ca 01', ...hex, '  quit');
    const last = 2 + hex.length - 1;
    expectOnly(text, CODE, { severity: 'error', start: [2, 2], end: [last, hex[hex.length - 1]!.length], message: /^Certificate 01 is not a valid X\.509 certificate/ });
  });

  it('an odd number of hex digits', () => {
    const hex = hexLines(validCa());
    hex[hex.length - 1] += 'A';
    const text = lines('crypto pki certificate chain TP', ' certificate ca 01', ...hex, '  quit');
    expectOne(text, CODE, { severity: 'error', start: [2, 2], end: [2 + hex.length - 1, hex[hex.length - 1]!.length], message: /even number of hexadecimal digits/ });
  });

  it('flat paste: a short hex body that is not a DER SEQUENCE', () => {
    const text = lines('crypto pki certificate chain TP', 'certificate ca 01', '0D0A0D0A 0D0A0D0A', 'quit');
    expectOne(text, CODE, { severity: 'error', start: [2, 0], end: [2, 17], text: '0D0A0D0A 0D0A0D0A' });
  });

  it('000:L2266 — a truncated base64 paste after `crypto pki authenticate`', () => {
    const b64 = base64Lines(validCa()).slice(0, 5);
    const text = lines('crypto pki trustpoint TP', 'crypto pki authenticate TP', ...b64, 'quit');
    expectOne(text, CODE, { severity: 'error', start: [2, 0], end: [6, 64], message: /^The pasted CA certificate is not a valid X\.509 certificate.*000:L2266/ });
  });

  it('valid: a real certificate as hex (upper- and lower-case) and as base64', () => {
    const der = validCa();
    expectNone(lines('crypto pki certificate chain TP', ' certificate ca 01', ...hexLines(der), '  quit'), CODE);
    expectNone(lines('crypto pki certificate chain TP', ' certificate ca 01', ...hexLines(der).map((l) => l.toLowerCase()), '  quit'), CODE);
    expectNone(lines('crypto pki trustpoint TP', 'crypto pki authenticate TP', ...base64Lines(der), 'quit'), CODE);
  });

  it('valid: `nvram:` file references and empty bodies (real configs have both)', () => {
    expectNone(lines('crypto pki certificate chain TP', ' certificate ca 01 nvram:TP#01CA.cer', ' certificate self-signed 02', '  quit'), CODE);
  });
});
