// Shared helpers for the editor-service tests: analyse a text, find offsets by marker, and lay a certificate
// out as a running-config hex block.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { validate, type Analysis } from '../../../server/src/language';

/** The repository root (tests run from out/test/unit/services, sources live in test/unit/services). */
export const repoRoot = (() => {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'esbuild.mjs')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return dir;
})();

export function analysisOf(text: string, now = new Date('2025-01-01T00:00:00Z')): Analysis {
  return validate(text, { now }).analysis;
}

/** Offset of `needle` in `text` (+ `delta`); throws when it is missing so a typo fails loudly. */
export function at(text: string, needle: string, delta = 0): number {
  const i = text.indexOf(needle);
  if (i < 0) throw new Error(`"${needle}" not in text`);
  return i + delta;
}

/** Offset just after `needle`. */
export function after(text: string, needle: string): number {
  return at(text, needle, needle.length);
}

/** DER as IOS prints it in a certificate chain: 8 hex digits per group, 8 groups per line, two-space indent. */
export function iosHex(der: Buffer, indent = '  '): string {
  const groups = der.toString('hex').toUpperCase().match(/.{1,8}/g)!;
  const lines: string[] = [];
  for (let i = 0; i < groups.length; i += 8) lines.push(indent + groups.slice(i, i + 8).join(' '));
  return lines.join('\n');
}

/** A fingerprint the way IOS prints it: upper-case hex in groups of 8. */
export function iosFingerprint(algorithm: 'md5' | 'sha1', der: Buffer): string {
  return createHash(algorithm).update(der).digest('hex').toUpperCase().match(/.{1,8}/g)!.join(' ');
}

export function pemToDer(pem: string): Buffer {
  return Buffer.from(pem.replace(/-----[^-]+-----/g, '').replace(/\s+/g, ''), 'base64');
}

/** Every config file of the project's fixtures and the shared corpus (when present). */
export function configFiles(): string[] {
  const out: string[] = [];
  const seeds = path.join(repoRoot, 'test/fixtures/seed-examples');
  if (fs.existsSync(seeds)) for (const f of fs.readdirSync(seeds)) if (f.endsWith('.cfg')) out.push(path.join(seeds, f));
  const corpus = path.resolve(repoRoot, '../shared/corpus');
  if (fs.existsSync(corpus)) for (const f of fs.readdirSync(corpus)) if (f.endsWith('.cfg')) out.push(path.join(corpus, f));
  return out;
}
