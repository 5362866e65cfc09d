// Hover (SPEC §3.4, §3.3 last crypto item): command syntax/limits/defaults with citations, value notes, names,
// and certificate details — subject, issuer, validity and the SHA-1 / MD5 fingerprints as IOS prints them.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { hover, iosDate } from '../../../server/src/services';
import { makeCa } from '../../helpers/pki';
import { analysisOf, at, iosFingerprint, iosHex, pemToDer } from './util';

const CONFIG = `call-home
 contact-email-addr noc@example.com
 rate-limit 30
 profile NOC
  dest add email noc@example.com
  subscribe-to-alert-group syslog severity major
call-home test profile NOC
`;

describe('hover', () => {
  it('shows syntax, the limit with its citation and the mode for a command', () => {
    const h = hover(analysisOf(CONFIG), at(CONFIG, 'rate-limit', 2))!;
    assert.match(h.markdown, /rate-limit number/);
    assert.match(h.markdown, /Range 1 to 60; default 20 \(Configuring Call Home 000:L1128–L1130\)/);
    assert.match(h.markdown, /call-home configuration/);
    assert.deepEqual(h.span, { start: at(CONFIG, 'rate-limit'), end: at(CONFIG, 'rate-limit 30', 13) });
  });

  it('names abbreviated keywords in full', () => {
    const h = hover(analysisOf(CONFIG), at(CONFIG, 'add email', 1))!;
    assert.match(h.markdown, /`add` = `address`/);
    assert.match(h.markdown, /destination address \{email email-address \| http url\}/);
  });

  it('explains a severity value with its level and source', () => {
    const h = hover(analysisOf(CONFIG), at(CONFIG, 'major', 1))!;
    assert.match(h.markdown, /Level 5 — major conditions/);
    assert.match(h.markdown, /000:L780–L868/);
  });

  it('summarises the profile a name refers to', () => {
    const h = hover(analysisOf(CONFIG), at(CONFIG, 'profile NOC\n', 9))!;
    assert.match(h.markdown, /\*\*Profile\*\* `NOC` — active · transport: email/);
    assert.match(h.markdown, /destination email: `noc@example.com`/);
  });

  it('shows nothing on lines the core does not interpret', () => {
    const t = 'interface Gi1\n description uplink\n';
    assert.equal(hover(analysisOf(t), 3), undefined);
  });

  it('shows certificate details on the certificate line and anywhere in its hex body', () => {
    const ca = makeCa('Hover Test CA');
    const der = pemToDer(ca.certPem);
    const t = `crypto pki trustpoint HT\n enrollment terminal\ncrypto pki certificate chain HT\n certificate ca 01\n${iosHex(der)}\n  \tquit\n`;
    const a = analysisOf(t, new Date());
    const onLine = hover(a, at(t, 'certificate ca', 3))!;
    const inBody = hover(a, a.lineStarts[6]! + 10)!;
    for (const h of [onLine, inBody]) {
      assert.match(h.markdown, /\*\*Certificate\*\* `ca 01` — chain `HT` \(self-signed\)/);
      assert.match(h.markdown, /Subject:\n {4}cn=Hover Test CA\n {4}o=callhome-toolkit tests/);
      assert.match(h.markdown, /Issuer:\n {4}cn=Hover Test CA/);
      assert.ok(h.markdown.includes(`Fingerprint MD5:  ${iosFingerprint('md5', der)}`));
      assert.ok(h.markdown.includes(`Fingerprint SHA1: ${iosFingerprint('sha1', der)}`));
      assert.ok(h.markdown.includes(`start date: ${iosDate(ca.cert.validity.notBefore)}`));
      assert.match(h.markdown, /Status: Available/);
    }
    assert.match(iosFingerprint('sha1', der), /^[0-9A-F]{8}( [0-9A-F]{8}){4}$/);
  });

  it('formats validity dates as IOS does', () => {
    assert.equal(iosDate(new Date('2024-04-08T07:10:54Z')), '07:10:54 UTC Apr 8 2024');
  });

  it('reads the certificates of a real running-config (corpus 23: expired router certificate)', () => {
    const file = path.resolve(__dirname, '../../../../shared/corpus/23-iol-r18-sh-run-sec-pki-enrolled-cert-and-ca.cfg');
    if (!fs.existsSync(file)) return;
    const t = fs.readFileSync(file, 'utf8');
    const a = analysisOf(t, new Date('2026-01-01T00:00:00Z'));
    const h = hover(a, at(t, ' certificate 06', 3))!;
    assert.match(h.markdown, /Status: Expired/);
    assert.match(h.markdown, /Fingerprint SHA1: 075D99DF F33299AD EFEEB45A CAC10E17 A967A636/);
    const ca = hover(a, at(t, 'certificate ca 01', 2))!;
    assert.match(ca.markdown, /cn=CA/);
    assert.match(ca.markdown, /md5WithRSAEncryption/);
  });

  it('explains an invalid certificate body instead of details', () => {
    const t = `crypto pki certificate chain X\n certificate ca 01\n  30820122 30820101 AABBCCDD\n  quit\n`;
    const h = hover(analysisOf(t), at(t, 'AABB'))!;
    assert.match(h.markdown, /Not a valid X\.509 certificate/);
  });
});
