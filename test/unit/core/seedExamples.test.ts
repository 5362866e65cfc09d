// No false positives on the guides' own examples (SPEC §3.3): every configuration example extracted from
// shared/seeds (test/fixtures/seed-examples, see scripts/extract-seed-examples.mjs) produces no diagnostic
// that the guide would not. The allowlist names each diagnostic a guide's own defect causes, with the defect.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { validate } from '../../../server/src/language';
import { fixturesDir } from '../../helpers/paths';

interface Example {
  file: string;
  seed: string;
  startLine: number;
  notes?: string;
}

const dir = path.join(fixturesDir, 'seed-examples');
const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Example[];

/** Diagnostics caused by defects in the guides themselves: file → codes, with the defect (see manifest notes). */
const GUIDE_DEFECTS: Record<string, { codes: string[]; defect: string }> = {
  '000-L1053-L1053.cfg': { codes: ['unknown-command'], defect: 'source-ip-address example printed as `ip-address` (000:L1053)' },
  '001-L1926-L1926.cfg': { codes: ['unknown-command'], defect: 'source-ip-address example printed as `ip-address` (001:L1926)' },
  '002-L411-L411.cfg': { codes: ['unknown-command'], defect: 'source-ip-address example printed as `ip-address` (002:L411)' },
  '000-L1462-L1462.cfg': { codes: ['unknown-command'], defect: '`rename profile2 testprofile` omits the `profile` keyword (000:L1462)' },
  '001-L2131-L2131.cfg': { codes: ['unknown-command'], defect: '`rename profile2 testprofile` omits the `profile` keyword (001:L2131)' },
  '002-L557-L557.cfg': { codes: ['unknown-command'], defect: '`rename profile2 testprofile` omits the `profile` keyword (002:L557)' },
  '001-L1635-L1636.cfg': { codes: ['command-syntax'], defect: 'the phone-number value wrapped onto the next line (001:L1635–L1636)' },
  '001-L2548-L2563.cfg': { codes: ['destination-url-invalid'], defect: 'the URL wrapped onto its own line (001:L2548–L2563)' },
  '001-L2671-L2685.cfg': { codes: ['certificate-invalid'], defect: 'OCR-corrupted CA certificate (001:L2678–L2685)' },
  '002-L769-L801.cfg': { codes: ['certificate-invalid'], defect: 'OCR-corrupted CA certificate (002:L776–L792)' },
  '003-L1492-L1493.cfg': { codes: ['command-syntax'], defect: 'the profile name wrapped onto the next line (003:L1492–L1493)' },
  '004-L1649-L1649.cfg': { codes: ['http-proxy-invalid'], defect: '`http-proxy port 1` omits the server that the syntax requires (004:L1649)' },
  '004-L557-L557.cfg': { codes: ['http-proxy-invalid'], defect: '`call-home reporting anonymous http-proxy port 1` omits the server (004:L557)' },
};

describe('seed examples: no diagnostic the guide would not give', () => {
  it('has the extracted examples', () => {
    assert.ok(manifest.length > 400, `expected the 461 extracted examples, found ${manifest.length}`);
  });
  for (const ex of manifest) {
    it(`${ex.file}`, () => {
      const text = fs.readFileSync(path.join(dir, ex.file), 'utf8');
      const r = validate(text, { now: new Date('2026-11-22T00:00:00Z') });
      // The guides print “typographic quotes”; warning about them is what we want (SPEC §3.1).
      const got = r.diagnostics.filter((d) => d.code !== 'typographic-quotes');
      const allowed = GUIDE_DEFECTS[ex.file];
      const unexpected = got.filter((d) => allowed === undefined || !allowed.codes.includes(d.code));
      assert.deepEqual(unexpected.map((d) => `${d.severity} ${d.code}: ${d.message}`), []);
      if (allowed !== undefined) {
        // The defect must still be reported (the allowlist cannot hide a rule that stopped working).
        for (const code of allowed.codes) assert.ok(got.some((d) => d.code === code), `expected ${code} for: ${allowed.defect}`);
      }
    });
  }
});
