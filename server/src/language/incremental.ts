// When an edit cannot change the analysis: typing inside a line the analyzer skipped (a child of an
// `interface`, `router`, … block) without adding or removing lines, keeping its indentation, and without
// turning it into a prompt. An editor can then keep the previous diagnostics instead of re-analysing.
import { LINE_SKIPPED_CHILD, type Analysis } from './analyzer';

export interface LineEdit {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  text: string;
}

/**
 * Whether `edits` (one didChange, on the text `prev` was computed from — or on later texts reached only by edits
 * this function accepted) leave the analysis unchanged. `currentLine(n)` reads line n of the text after the edits.
 */
export function editKeepsAnalysis(prev: Pick<Analysis, 'text' | 'lineStarts' | 'lineKinds'>, edits: readonly LineEdit[], currentLine: (line: number) => string): boolean {
  if (edits.length === 0 || edits.length > 8) return false;
  for (const e of edits) {
    const line = e.range.start.line;
    if (e.range.end.line !== line || /[\r\n]/.test(e.text) || prev.lineKinds[line] !== LINE_SKIPPED_CHILD) return false;
    const before = lineText(prev.text, prev.lineStarts[line]!);
    const after = currentLine(line).replace(/\r$/, '');
    if (indentOf(before) !== indentOf(after) || indentOf(after) === 0 || /^\s*$/.test(after) || promptLike(after)) return false;
  }
  return true;
}

function lineText(text: string, start: number): string {
  const e = text.indexOf('\n', start);
  return text.slice(start, e < 0 ? text.length : e);
}

function indentOf(line: string): number {
  let i = 0;
  while (i < line.length && (line[i] === ' ' || line[i] === '\t' || line[i] === '\u00a0')) i++;
  return i;
}

/** Mirrors the analyzer's fast-path test: a first word with `#`, `>` or `(`, or `name (mode)` with a blank. */
function promptLike(line: string): boolean {
  const t = line.trimStart();
  const m = /^\S+/.exec(t);
  const w = m?.[0] ?? '';
  return /[#>(]/.test(w) || t.charAt(w.length + 1) === '(';
}
