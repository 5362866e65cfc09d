// No false positives: every real configuration of shared/corpus validates with no error (SPEC §3.3).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { validate } from '../../../server/src/language';
import { sharedDir } from '../../helpers/paths';

const corpusDir = path.join(sharedDir, 'corpus');

describe('shared/corpus: real configurations produce no error', () => {
  it('the corpus is present', () => {
    assert.ok(fs.existsSync(corpusDir), `expected the shared corpus at ${corpusDir}`);
  });
  const files = fs.existsSync(corpusDir) ? fs.readdirSync(corpusDir).filter((f) => f.endsWith('.cfg')).sort() : [];
  for (const f of files) {
    it(f, () => {
      const text = fs.readFileSync(path.join(corpusDir, f), 'utf8');
      const r = validate(text, { now: new Date('2026-11-22T00:00:00Z') });
      const errors = r.diagnostics.filter((d) => d.severity === 'error');
      assert.deepEqual(errors.map((d) => `${d.code}: ${d.message}`), []);
    });
  }
});
