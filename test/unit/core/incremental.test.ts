// editKeepsAnalysis: an edit it accepts must leave the diagnostics exactly as a fresh validation gives them
// (checked as a property over thousands of random edits), and edits that can matter must be refused.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { editKeepsAnalysis, LINE_SKIPPED_CHILD, positionAt, validate, type LineEdit } from '../../../server/src/language';
import { generateRunningConfig } from '../../bench/genRunningConfig';
import { sharedDir } from '../../helpers/paths';
import { rng } from '../../helpers/random';

const NOW = new Date('2026-11-22T00:00:00Z');

function lineAt(text: string, n: number): string {
  return text.split('\n')[n] ?? '';
}

function applyEdit(text: string, e: LineEdit): string {
  const lines = text.split('\n');
  const l = lines[e.range.start.line]!;
  lines[e.range.start.line] = l.slice(0, e.range.start.character) + e.text + l.slice(e.range.end.character);
  return lines.join('\n');
}

function shown(text: string): string[] {
  const r = validate(text, { now: NOW });
  return r.diagnostics.map((d) => {
    const s = positionAt(r.analysis, d.span.start);
    const e = positionAt(r.analysis, d.span.end);
    return `${s.line}:${s.character}-${e.line}:${e.character} ${d.code} ${d.message}`;
  });
}

const PIECES = ['x', ' ', '#', '>', '(', 'call-home', '!', 'banner motd ^C', '"', 'quit', 'profile P', '\t', 'Router(config)#', 'interface Gi1', ''];

describe('editKeepsAnalysis', () => {
  it('accepts typing inside a skipped child line and refuses structural edits', () => {
    const text = 'interface Gi1\n description uplink\ncall-home\n contact-email-addr bad\n';
    const a = validate(text).analysis;
    assert.equal(a.lineKinds[1], LINE_SKIPPED_CHILD);
    const edit = (line: number, from: number, to: number, t: string): LineEdit => ({ range: { start: { line, character: from }, end: { line, character: to } }, text: t });
    const keeps = (e: LineEdit): boolean => editKeepsAnalysis(a, [e], (n) => lineAt(applyEdit(text, e), n));
    assert.equal(keeps(edit(1, 19, 19, 'x')), true, 'typing at the end of a description');
    assert.equal(keeps(edit(1, 0, 1, '')), false, 'removing the indentation makes it a global command');
    assert.equal(keeps(edit(1, 1, 12, 'call-home')), true, 'an indented child stays a child, whatever it says');
    assert.equal(keeps(edit(1, 1, 12, 'R1#')), false, 'a prompt changes the mode');
    assert.equal(keeps(edit(1, 19, 19, '\n')), false, 'a new line changes the structure');
    assert.equal(keeps(edit(3, 20, 23, 'a@b.com')), false, 'a line inside call-home is analysed');
  });

  it('property: whenever an edit is accepted, a fresh validation shows the same diagnostics', () => {
    const texts = [generateRunningConfig({ size: 32768, seed: 3 }), generateRunningConfig({ size: 20000, seed: 9, preamble: false })];
    const corpus = path.join(sharedDir, 'corpus');
    if (fs.existsSync(corpus)) for (const f of fs.readdirSync(corpus).filter((x) => x.endsWith('.cfg'))) texts.push(fs.readFileSync(path.join(corpus, f), 'utf8'));
    let accepted = 0;
    for (let seed = 1; seed <= 1500; seed++) {
      const r = rng(seed);
      const text = texts[seed % texts.length]!;
      const a = validate(text, { now: NOW }).analysis;
      const lines = text.split('\n');
      // Half the edits target lines the analyzer skipped (where acceptance is possible), half any line.
      const skippedLines = [...a.lineKinds.keys()].filter((k) => a.lineKinds[k] === LINE_SKIPPED_CHILD);
      const n = r() < 0.5 && skippedLines.length > 0 ? skippedLines[Math.floor(r() * skippedLines.length)]! : Math.floor(r() * lines.length);
      const line = lines[n]!;
      const from = Math.floor(r() * (line.length + 1));
      const to = Math.min(line.length, from + Math.floor(r() * 4));
      const e: LineEdit = { range: { start: { line: n, character: from }, end: { line: n, character: to } }, text: PIECES[Math.floor(r() * PIECES.length)]! };
      const after = applyEdit(text, e);
      if (!editKeepsAnalysis(a, [e], (k) => lineAt(after, k))) continue;
      accepted++;
      assert.deepEqual(shown(after), shown(text), `seed ${seed}: edit ${JSON.stringify(e)} on line ${JSON.stringify(line)}`);
    }
    assert.ok(accepted > 200, `only ${accepted} edits were accepted; the property was barely exercised`);
  });
});
