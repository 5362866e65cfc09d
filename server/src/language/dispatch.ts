// Resolves the command of a line in a mode: walks the keyword trie of that mode by unique prefix (as IOS
// does), then matches the rest of the line against the command's syntax.
import { COMMANDS, UNIVERSAL, type CommandSpec } from './commands';
import { emptyMatch, matchTail, resolveKeyword, type MatchResult } from './grammar';
import type { ModeId } from './modes';
import type { Word } from './types';

interface TrieNode {
  children: Map<string, TrieNode>;
  spec?: CommandSpec;
}

function newNode(): TrieNode {
  return { children: new Map() };
}

const TRIES = new Map<ModeId, TrieNode>();
for (const spec of COMMANDS) {
  for (const mode of spec.modes) {
    let node: TrieNode | undefined = TRIES.get(mode);
    if (node === undefined) TRIES.set(mode, (node = newNode()));
    for (const k of spec.path) {
      let next: TrieNode | undefined = node.children.get(k);
      if (next === undefined) node.children.set(k, (next = newNode()));
      node = next;
    }
    node.spec = spec;
  }
}

/**
 * First words accepted only when spelled out in global mode. A running-config holds thousands of commands the
 * table does not know (`call application voice …`, `crypto-…`), so a prefix there would be a guess; these are the
 * abbreviations engineers type in snippets and transcripts.
 */
const GLOBAL_ABBREVIATIONS: Record<string, string> = { conf: 'configure', confi: 'configure', config: 'configure', configu: 'configure', configur: 'configure', sh: 'show', sho: 'show', t: 'terminal' };

export interface Dispatched {
  spec: CommandSpec;
  match: MatchResult;
}

export type DispatchResult =
  | { kind: 'command'; spec: CommandSpec; match: MatchResult }
  | { kind: 'unknown'; ambiguous?: string[] };

/** The first keywords valid in a mode (for "did you mean" and completion). */
export function firstKeywords(mode: ModeId): string[] {
  const t = TRIES.get(mode);
  return t === undefined ? [] : [...t.children.keys()];
}

/** The trie node for a mode (completion walks it). */
export function trieFor(mode: ModeId): TrieNode | undefined {
  return TRIES.get(mode);
}

export { type TrieNode };

/**
 * Dispatches `words` (without `no`/`default`) in `mode`. `negated` makes the argument check lenient, as IOS
 * accepts `no <command>` with its arguments left out.
 */
export function dispatch(mode: ModeId, words: readonly Word[], negated: boolean, exactOnly = false): DispatchResult {
  const root = TRIES.get(mode);
  if (root === undefined || words.length === 0) return { kind: 'unknown' };
  let node = root;
  let i = 0;
  const keywords: { word: Word; keyword: string }[] = [];
  while (i < words.length) {
    const w = words[i]!;
    let key: string | undefined;
    if (node === root && mode === 'global') {
      const v = w.quote === 'none' ? w.value.toLowerCase() : '';
      key = node.children.has(v) ? v : GLOBAL_ABBREVIATIONS[v] !== undefined && node.children.has(GLOBAL_ABBREVIATIONS[v]!) ? GLOBAL_ABBREVIATIONS[v] : undefined;
    } else {
      const r = resolveKeyword(w, [...node.children.keys()]);
      if (r.ambiguous !== undefined && node.spec === undefined) return { kind: 'unknown', ambiguous: r.ambiguous };
      key = r.keyword;
      if (exactOnly && key !== undefined && key !== w.value.toLowerCase()) key = undefined;
    }
    if (key === undefined) break;
    keywords.push({ word: w, keyword: key });
    node = node.children.get(key)!;
    i++;
  }
  if (node.spec === undefined) return { kind: 'unknown' };
  const match = emptyMatch();
  match.keywords.push(...keywords);
  const tail = words.slice(i);
  matchTail(node.spec.syntax, tail, match, negated);
  // A "missing" issue at the end of the line is anchored just after the last word.
  const last = words[words.length - 1]!;
  for (const issue of match.issues) if (issue.span.start < 0) issue.span = { start: last.span.end, end: last.span.end };
  return { kind: 'command', spec: node.spec, match };
}

/** Whether the first word is one of the mode-independent words. */
export function universalWord(w: Word, mode: ModeId): (typeof UNIVERSAL)[number] | undefined {
  if (w.quote !== 'none') return undefined;
  const v = w.value.toLowerCase();
  if (mode === 'global') return (UNIVERSAL as readonly string[]).includes(v) ? (v as (typeof UNIVERSAL)[number]) : undefined;
  const r = resolveKeyword(w, [...UNIVERSAL, ...firstKeywords(mode)]);
  return r.keyword !== undefined && (UNIVERSAL as readonly string[]).includes(r.keyword) ? (r.keyword as (typeof UNIVERSAL)[number]) : undefined;
}

/** Edit distance with an early exit above `max` (keeps "did you mean" O(1) per line). */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const prev = new Array<number>(b.length + 1);
  const cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (cur[j]! < rowMin) rowMin = cur[j]!;
    }
    if (rowMin > max) return max + 1;
    for (let j = 0; j <= b.length; j++) prev[j] = cur[j]!;
  }
  return prev[b.length]!;
}

/** A close spelling of a keyword valid in `mode`, for "did you mean". */
export function suggestKeyword(word: string, mode: ModeId): string | undefined {
  const w = word.toLowerCase();
  if (w.length < 3 || w.length > 40) return undefined;
  const max = w.length <= 5 ? 1 : 2;
  let best: string | undefined;
  let bestD = max + 1;
  for (const k of firstKeywords(mode)) {
    const d = editDistance(w, k, max);
    if (d < bestD) {
      bestD = d;
      best = k;
    }
  }
  return best;
}
