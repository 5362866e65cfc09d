// Every editor service on every seed example and corpus config (and on mangled copies of them): nothing throws,
// semantic tokens stay within their lines and never overlap, symbols lie inside the document, folding ranges are
// proper. The services sit in the editor's hot path, so a throw there would break the whole language server.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { complete, documentSymbols, foldingRanges, formatEdits, hover, prepareRename, referencesAt, semanticTokens, type SymbolNode } from '../../../server/src/services';
import { analysisOf, configFiles } from './util';

function exercise(name: string, text: string): void {
  const a = analysisOf(text);
  const lines = text.split('\n');
  const toks = semanticTokens(a);
  let prev = { line: -1, end: 0 };
  for (const t of toks) {
    assert.ok(t.length > 0, `${name}: empty token`);
    assert.ok(t.character + t.length <= lines[t.line]!.replace(/\r$/, '').length, `${name}: token past the end of line ${t.line}`);
    if (t.line === prev.line) assert.ok(t.character >= prev.end, `${name}: overlapping tokens on line ${t.line}`);
    prev = { line: t.line, end: t.character + t.length };
  }
  const walk = (s: SymbolNode): void => {
    assert.ok(s.span.start <= s.selection.start && s.selection.end <= s.span.end, `${name}: selection outside symbol ${s.name}`);
    assert.ok(s.span.end <= text.length);
    s.children.forEach(walk);
  };
  documentSymbols(a).forEach(walk);
  for (const f of foldingRanges(a)) assert.ok(f.startLine < f.endLine && f.endLine < a.lineStarts.length, `${name}: bad folding range`);
  formatEdits(a);
  // Hover, names and completion at command words and line ends (bounded, to keep the suite fast).
  for (const c of a.model.commands.slice(0, 150)) {
    for (const w of c.words) {
      hover(a, w.span.start);
      prepareRename(a, w.span.start);
      referencesAt(a, w.span.start);
    }
    complete(a, c.span.end);
  }
}

describe('services robustness', () => {
  it('handle every fixture and corpus config', () => {
    for (const f of configFiles()) exercise(path.basename(f), fs.readFileSync(f, 'utf8'));
  });

  it('handle mangled configs (truncated lines, stray quotes, CRLF, tabs)', () => {
    let seed = 7;
    const rnd = (n: number): number => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff), seed % n);
    const files = configFiles().filter((_, i) => i % 7 === 0);
    for (const f of files) {
      const text = fs.readFileSync(f, 'utf8');
      for (let k = 0; k < 3; k++) {
        let t = text;
        for (let m = 0; m < 6; m++) {
          const p = rnd(t.length + 1);
          const junk = ['"', '\u201c', '\t', '\r\n', ' no ', '!', 'profile ', 'quit\n', 'Router(cfg-call-home)# '][rnd(9)]!;
          t = rnd(2) === 0 ? t.slice(0, p) + junk + t.slice(p) : t.slice(0, p) + t.slice(Math.min(t.length, p + rnd(40)));
        }
        exercise(`${path.basename(f)}#${k}`, t);
      }
    }
  });

  it('answer at every offset of a small config', () => {
    const t = 'Router(config)# call-home\n contact-email-addr "a b"\n profile P\n  dest add email x@y.z\ncrypto pki certificate chain T\n certificate ca 01\n  3082 01\n  quit\n';
    const a = analysisOf(t);
    for (let o = 0; o <= t.length; o++) {
      hover(a, o);
      complete(a, o);
    }
  });
});
