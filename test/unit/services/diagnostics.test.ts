// The editor's diagnostics policy: validation on/off and the maximum file size (above it no analysis, one
// information diagnostic), plus the fixes carried in Diagnostic.data.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_MAX_FILE_SIZE, TOO_LARGE_CODE, diagnose, matchDiagnostic, positionFixes } from '../../../server/src/services';

const BAD = 'call-home\n contact-email-addr noc@example.com\n rate-limit 99\n';

describe('diagnostics policy', () => {
  it('returns the core diagnostics and the analysis', () => {
    const d = diagnose(BAD, { enable: true, maxFileSize: DEFAULT_MAX_FILE_SIZE });
    assert.deepEqual(d.diagnostics.map((x) => x.code), ['rate-limit-range']);
    assert.ok(d.result !== undefined);
  });

  it('returns no diagnostics when validation is off, but still analyses for the other features', () => {
    const d = diagnose(BAD, { enable: false, maxFileSize: DEFAULT_MAX_FILE_SIZE });
    assert.deepEqual(d.diagnostics, []);
    assert.ok(d.result !== undefined);
  });

  it('does not analyse a file above maxFileSize and says so once', () => {
    const d = diagnose(BAD, { enable: true, maxFileSize: 20 });
    assert.equal(d.result, undefined);
    assert.equal(d.diagnostics.length, 1);
    assert.equal(d.diagnostics[0]!.code, TOO_LARGE_CODE);
    assert.equal(d.diagnostics[0]!.severity, 'information');
    assert.match(d.diagnostics[0]!.message, /above callhome\.maxFileSize \(20 bytes\)/);
    // Multi-byte text counts in UTF-8 bytes.
    assert.equal(diagnose('é'.repeat(15), { enable: true, maxFileSize: 20 }).result, undefined);
  });

  it('turns fixes into line/character edits and finds a diagnostic again by code and range', () => {
    const d = diagnose(BAD, { enable: true, maxFileSize: DEFAULT_MAX_FILE_SIZE });
    const a = d.result!.analysis;
    const diag = d.diagnostics[0]!;
    const fixes = positionFixes(a, diag.fixes);
    assert.deepEqual(fixes, [{ title: 'Use 60', preferred: false, edits: [{ range: { start: { line: 2, character: 12 }, end: { line: 2, character: 14 } }, newText: '60' }] }]);
    assert.equal(matchDiagnostic(a, d.diagnostics, 'rate-limit-range', { start: { line: 2, character: 12 }, end: { line: 2, character: 14 } }), diag);
    assert.equal(matchDiagnostic(a, d.diagnostics, 'rate-limit-range', { start: { line: 2, character: 11 }, end: { line: 2, character: 14 } }), undefined);
  });
});
