// Small text helpers shared by the editor services: lines, words and the command on a line. Offsets are the
// core's UTF-16 offsets; nothing here knows about LSP.
import type { Analysis, CommandNode, Span, Word } from '../language';

/** The span of a line's content (newline and a trailing CR excluded). */
export function lineSpan(analysis: Pick<Analysis, 'text' | 'lineStarts'>, line: number): Span {
  const start = analysis.lineStarts[line] ?? analysis.text.length;
  const next = analysis.lineStarts[line + 1];
  let end = next === undefined ? analysis.text.length : next - 1;
  if (end > start && analysis.text.charCodeAt(end - 1) === 13) end--;
  return { start, end: Math.max(start, end) };
}

export function lineText(analysis: Pick<Analysis, 'text' | 'lineStarts'>, line: number): string {
  const s = lineSpan(analysis, line);
  return analysis.text.slice(s.start, s.end);
}

const BLANK = /[ \t\u00a0\f\v\r]/;
const OPEN_QUOTES = '"\u201c\u201d\u201e\u201f\u2033';

/**
 * Splits a line into words the way the core's lexer does (blanks separate words, a quote runs to the next quote
 * or the end of the line). `base` is the document offset of `text[0]`.
 */
export function splitWords(text: string, base: number): Word[] {
  const out: Word[] = [];
  let i = 0;
  while (i < text.length) {
    if (BLANK.test(text[i]!)) {
      i++;
      continue;
    }
    const start = i;
    if (OPEN_QUOTES.includes(text[i]!)) {
      const straight = text[i] === '"';
      let j = i + 1;
      while (j < text.length && !(straight ? text[j] === '"' : OPEN_QUOTES.includes(text[j]!))) j++;
      const closed = j < text.length;
      const end = closed ? j + 1 : text.length;
      const raw = text.slice(start, end);
      out.push({ text: raw, value: closed ? raw.slice(1, -1) : raw.slice(1), quote: !closed ? 'unterminated' : straight ? 'straight' : 'typographic', span: { start: base + start, end: base + end } });
      i = end;
      continue;
    }
    while (i < text.length && !BLANK.test(text[i]!) && !OPEN_QUOTES.includes(text[i]!)) i++;
    const raw = text.slice(start, i);
    out.push({ text: raw, value: raw, quote: 'none', span: { start: base + start, end: base + i } });
  }
  return out;
}

/** The command node on a line (binary search; `model.commands` is in document order). */
export function commandAtLine(analysis: Analysis, line: number): CommandNode | undefined {
  const cmds = analysis.model.commands;
  let lo = 0;
  let hi = cmds.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const c = cmds[mid]!;
    if (c.line < line) lo = mid + 1;
    else if (c.line > line) hi = mid - 1;
    else return c;
  }
  return undefined;
}

/** The word of `words` that contains `offset` (its end included, so a cursor right after a word finds it). */
export function wordAt(words: readonly Word[], offset: number): Word | undefined {
  return words.find((w) => w.span.start <= offset && offset <= w.span.end);
}

export function contains(span: Span, offset: number): boolean {
  return span.start <= offset && offset <= span.end;
}

/** A device prompt at the start of a line (`Router(config)#`, `R1#`), as the core's lexer recognises it. */
export const PROMPT = /^[ \t\u00a0]*[A-Za-z0-9][\w.-]{0,62}(?:[ \u00a0]?\([a-z][\w-]{0,40}\))?[ \u00a0]?[#>](?=[ \t]|$)/;

/** Quotes a name for the command line when it contains blanks. */
export function quoteIfNeeded(name: string): string {
  return /[\s]/.test(name) ? `"${name}"` : name;
}
