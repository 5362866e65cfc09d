// Shared helpers for the rule unit tests (test/unit/rules/<code>.test.ts): validate a text at a fixed "now",
// pick the diagnostics of one code, assert their exact range as 0-based line/character positions, apply a
// quick fix's edits, and build real X.509 certificates (node-forge) rendered the way IOS stores and pastes them.
import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import forge from 'node-forge';
import { positionAt, validate, type CoreDiagnostic, type Fix, type Severity, type ValidationResult } from '../../../server/src/language/index';

/** The fixed "now" of every rule test (certificate expiry depends on it). */
export const NOW = new Date('2026-11-22T00:00:00Z');
export const DAY = 86_400_000;

/** Joins lines with `\n` and ends the text with a newline, as an editor saves it. */
export function lines(...ls: string[]): string {
  return `${ls.join('\n')}\n`;
}

/** Validates at NOW. */
export function check(text: string): ValidationResult {
  return validate(text, { now: NOW });
}

/** The diagnostics of one code. */
export function ofCode(text: string, code: string): CoreDiagnostic[] {
  return check(text).diagnostics.filter((d) => d.code === code);
}

/** Every diagnostic as `code@line:char-line:char` (handy in assertion messages). */
export function summary(r: ValidationResult): string[] {
  return r.diagnostics.map((d) => {
    const s = positionAt(r.analysis, d.span.start);
    const e = positionAt(r.analysis, d.span.end);
    return `${d.code}[${d.severity}]@${s.line}:${s.character}-${e.line}:${e.character}`;
  });
}

export interface Expected {
  severity: Severity;
  /** [line, character], 0-based. */
  start: [number, number];
  /** [line, character], 0-based, exclusive. */
  end: [number, number];
  /** The underlined text, when the test wants to say it in words too. */
  text?: string;
  message?: RegExp;
}

function assertAt(r: ValidationResult, text: string, d: CoreDiagnostic, e: Expected): void {
  const s = positionAt(r.analysis, d.span.start);
  const en = positionAt(r.analysis, d.span.end);
  assert.deepEqual({ severity: d.severity, start: [s.line, s.character], end: [en.line, en.character] }, { severity: e.severity, start: e.start, end: e.end }, `${d.code}: ${d.message}`);
  if (e.text !== undefined) assert.equal(text.slice(d.span.start, d.span.end), e.text);
  if (e.message !== undefined) assert.match(d.message, e.message);
}

/** Exactly one diagnostic of `code`, at the expected range and severity. Returns it. */
export function expectOne(text: string, code: string, e: Expected): CoreDiagnostic {
  const r = check(text);
  const ds = r.diagnostics.filter((d) => d.code === code);
  assert.equal(ds.length, 1, `expected one ${code}, got: ${summary(r).join(', ') || 'none'}`);
  assertAt(r, text, ds[0]!, e);
  return ds[0]!;
}

/** Several diagnostics of `code`, in document order, each at its expected range. */
export function expectMany(text: string, code: string, es: Expected[]): CoreDiagnostic[] {
  const r = check(text);
  const ds = r.diagnostics.filter((d) => d.code === code);
  assert.equal(ds.length, es.length, `expected ${es.length} × ${code}, got: ${summary(r).join(', ') || 'none'}`);
  ds.forEach((d, i) => assertAt(r, text, d, es[i]!));
  return ds;
}

/** One problem, one diagnostic: the whole document yields exactly this one diagnostic. */
export function expectOnly(text: string, code: string, e: Expected): CoreDiagnostic {
  const r = check(text);
  assert.equal(r.diagnostics.length, 1, `expected exactly one diagnostic (${code}), got: ${summary(r).join(', ') || 'none'}`);
  assert.equal(r.diagnostics[0]!.code, code);
  assertAt(r, text, r.diagnostics[0]!, e);
  return r.diagnostics[0]!;
}

/** No diagnostic of `code`. */
export function expectNone(text: string, code: string): void {
  const r = check(text);
  const ds = r.diagnostics.filter((d) => d.code === code);
  assert.equal(ds.length, 0, `expected no ${code}, got: ${summary(r).join(', ')}`);
}

/** No diagnostic at all (clean text). */
export function expectClean(text: string): void {
  const r = check(text);
  assert.deepEqual(summary(r), []);
}

/** Applies a fix's edits to the text (edits are non-overlapping; applied from the end so offsets hold). */
export function applyFix(text: string, fix: Fix): string {
  const edits = [...fix.edits].sort((a, b) => b.span.start - a.span.start || b.span.end - a.span.end);
  let out = text;
  for (const e of edits) out = out.slice(0, e.span.start) + e.newText + out.slice(e.span.end);
  return out;
}

/**
 * Takes the only diagnostic of `code`, applies its fix (the preferred one, else the first), asserts the
 * resulting text, and that re-validating it no longer reports `code`. Returns the fixed text.
 */
export function expectFix(text: string, code: string, expected: string, title?: RegExp): string {
  const ds = ofCode(text, code);
  assert.equal(ds.length, 1, `expected one ${code}`);
  const fixes = ds[0]!.fixes ?? [];
  assert.ok(fixes.length > 0, `${code} offers no fix`);
  const fix = fixes.find((f) => f.preferred) ?? fixes[0]!;
  if (title !== undefined) assert.match(fix.title, title);
  const fixed = applyFix(text, fix);
  assert.equal(fixed, expected);
  expectNone(fixed, code);
  return fixed;
}

/** A string of `n` copies of `ch`. */
export function rep(ch: string, n: number): string {
  return ch.repeat(n);
}

// ───────────── certificates ─────────────

let keys: { pub: forge.pki.rsa.PublicKey; priv: forge.pki.rsa.PrivateKey } | undefined;

/** One RSA key for every test certificate (node:crypto makes it fast; forge signs). */
function testKeys(): { pub: forge.pki.rsa.PublicKey; priv: forge.pki.rsa.PrivateKey } {
  if (keys === undefined) {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 1024 });
    const priv = forge.pki.privateKeyFromPem(privateKey.export({ type: 'pkcs1', format: 'pem' }).toString()) as forge.pki.rsa.PrivateKey;
    keys = { pub: forge.pki.setRsaPublicKey(priv.n, priv.e), priv };
  }
  return keys;
}

/** A self-signed CA certificate valid from `notBefore` to `notAfter`; returns its DER bytes. */
export function makeCaDer(cn: string, notBefore: Date, notAfter: Date, serialHex = '01'): Buffer {
  const k = testKeys();
  const cert = forge.pki.createCertificate();
  cert.publicKey = k.pub;
  cert.serialNumber = serialHex;
  cert.validity.notBefore = notBefore;
  cert.validity.notAfter = notAfter;
  const subject = [{ name: 'commonName', value: cn }, { name: 'organizationName', value: 'callhome-toolkit rule tests' }];
  cert.setSubject(subject);
  cert.setIssuer(subject);
  cert.setExtensions([{ name: 'basicConstraints', cA: true, critical: true }, { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true }]);
  cert.sign(k.priv, forge.md.sha256.create());
  return Buffer.from(forge.asn1.toDer(forge.pki.certificateToAsn1(cert)).getBytes(), 'binary');
}

/** A CA that is valid at NOW for about ten years. */
export function validCa(cn = 'Rule Test Root CA'): Buffer {
  return makeCaDer(cn, new Date(NOW.getTime() - 365 * DAY), new Date(NOW.getTime() + 3650 * DAY));
}

/** A CA that expired 10 days before NOW. */
export function expiredCa(cn = 'Rule Test Expired CA'): Buffer {
  return makeCaDer(cn, new Date(NOW.getTime() - 800 * DAY), new Date(NOW.getTime() - 10 * DAY));
}

/** A CA that expires `days` days after NOW. */
export function expiringCa(days: number, cn = 'Rule Test Expiring CA'): Buffer {
  return makeCaDer(cn, new Date(NOW.getTime() - 365 * DAY), new Date(NOW.getTime() + days * DAY));
}

/**
 * The hex lines of a running-config certificate body, as IOS prints them: upper-case 8-hex-digit groups,
 * 8 groups per line, each line prefixed with `indent`.
 */
export function hexLines(der: Buffer, indent = '  '): string[] {
  const groups = der.toString('hex').toUpperCase().match(/.{1,8}/g) ?? [];
  const out: string[] = [];
  for (let i = 0; i < groups.length; i += 8) out.push(indent + groups.slice(i, i + 8).join(' '));
  return out;
}

/** Base64 lines (64 characters each) of a certificate, as pasted after `crypto pki authenticate`. */
export function base64Lines(der: Buffer): string[] {
  return der.toString('base64').match(/.{1,64}/g) ?? [];
}

/**
 * A running-config certificate chain block:
 * `crypto pki certificate chain NAME` / ` certificate ca SERIAL` / hex lines / `  quit`.
 * With `flat`, every line starts at column 0 (a `configure terminal` paste).
 */
export function chainBlock(name: string, der: Buffer, opts: { serial?: string; flat?: boolean } = {}): string[] {
  const i1 = opts.flat === true ? '' : ' ';
  const i2 = opts.flat === true ? '' : '  ';
  return [`crypto pki certificate chain ${name}`, `${i1}certificate ca ${opts.serial ?? '01'}`, ...hexLines(der, i2), `${i2}quit`];
}
