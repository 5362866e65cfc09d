// Helpers shared by rules: value checks, citations in messages, and quick-fix builders.
import type { ValueSetting } from '../model';
import type { Fix, Span, Word } from '../types';

/** Values that are template placeholders (`{{ contact }}`, `$EMAIL`, `${x}`) are not judged. */
export function isTemplated(value: string): boolean {
  return /\{\{|\}\}|\{%|%\}|\$\{|\$[A-Za-z_]|<[A-Za-z_][\w-]*>/.test(value);
}

/** `name@domain`: one @, something on each side, no blanks or quotes (000:L448, 004:L963). */
export function isEmailAddress(v: string): boolean {
  return /^[^\s@"“”]+@[^\s@"“”]+$/.test(v) && !v.startsWith('.') && !v.endsWith('.');
}

export function isIPv4(v: string): boolean {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(v);
  return m !== null && m.slice(1).every((x) => Number(x) <= 255);
}

export function isIPv6(v: string): boolean {
  if (!/^[0-9A-Fa-f:.]+$/.test(v) || !v.includes(':')) return false;
  const dbl = v.split('::').length - 1;
  if (dbl > 1) return false;
  const parts = v.split(':').filter((p, i, arr) => !(p === '' && (i === 0 || i === arr.length - 1 || dbl === 1)));
  const last = parts[parts.length - 1] ?? '';
  const v4tail = isIPv4(last);
  const groups = v4tail ? parts.slice(0, -1) : parts;
  if (!groups.every((g) => /^[0-9A-Fa-f]{1,4}$/.test(g))) return false;
  const count = groups.length + (v4tail ? 2 : 0);
  return dbl === 1 ? count < 8 : count === 8;
}

/** RFC 1123 host name (labels of letters, digits, hyphens; no leading/trailing hyphen). */
export function isHostname(v: string): boolean {
  if (v.length === 0 || v.length > 253) return false;
  return v.split('.').every((l) => /^[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?$/.test(l));
}

export function isHost(v: string): boolean {
  return isIPv4(v) || isIPv6(v) || (isHostname(v) && !/^\d+(\.\d+)*$/.test(v));
}

/** Whether the value was written as several bare words (a value with spaces must be quoted). */
export function unquotedWithSpaces(s: ValueSetting): boolean {
  return s.words.length > 1 && s.words.some((w) => w.quote === 'none');
}

/** Character count of a value as the device counts it (quotes excluded). */
export function valueLength(s: ValueSetting): number {
  return [...s.value].length;
}

/** A fix that replaces a span. */
export function replaceFix(title: string, span: Span, newText: string, preferred = true): Fix {
  return { title, edits: [{ span, newText }], preferred };
}

/** The text of a value re-quoted with straight quotes. */
export function quoted(s: ValueSetting): string {
  return `"${s.value.replace(/"/g, '')}"`;
}

/** A fix that truncates a value to `max` characters, keeping its quoting. */
export function truncateFix(s: ValueSetting, max: number): Fix {
  const cut = [...s.value].slice(0, max).join('');
  const needsQuotes = s.words.some((w) => w.quote !== 'none') || /\s/.test(cut);
  return replaceFix(`Truncate to ${max} characters`, s.span, needsQuotes ? `"${cut}"` : cut, false);
}

export function wordSpan(w: Word): Span {
  return w.span;
}

/** "`a`, `b` or `c`" */
export function listOf(items: readonly string[]): string {
  const q = items.map((i) => `\`${i}\``);
  return q.length <= 1 ? q.join('') : `${q.slice(0, -1).join(', ')} or ${q[q.length - 1]}`;
}

/** Offset of the first character of a value, inside its opening quote if any. */
export function valueStart(v: { span: Span; words: readonly Word[] }): number {
  const w = v.words[0];
  return w === undefined ? v.span.start : w.span.start + (w.quote === 'none' ? 0 : 1);
}
