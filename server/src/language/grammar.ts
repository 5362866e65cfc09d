// A tiny combinator grammar for IOS command syntax and its matcher. IOS reads a command word by word,
// resolving each keyword by unique prefix among the keywords valid at that point; this matcher does the same
// in one left-to-right pass (LL(1) on keywords), so matching a line is linear in its number of words.
// The grammar is lenient on purpose: values are bound as written and the rules judge them, so one bad value
// yields one precise diagnostic instead of a generic "invalid input".
import type { Span, Word } from './types';

/** word: one token; rest: the rest of the line; text: one token when quoted, else the rest of the line (IOS text args). */
export type ArgType = 'word' | 'rest' | 'text' | 'int' | 'enum';

export type Syntax =
  | { k: 'kw'; word: string }
  | { k: 'arg'; name: string; type: ArgType; label: string; values?: readonly string[] }
  | { k: 'seq'; items: Syntax[] }
  | { k: 'opt'; item: Syntax }
  | { k: 'alt'; items: Syntax[] }
  | { k: 'any'; items: Syntax[] };

export const kw = (word: string): Syntax => ({ k: 'kw', word });
export const arg = (name: string, type: ArgType = 'word', label = name, values?: readonly string[]): Syntax =>
  values === undefined ? { k: 'arg', name, type, label } : { k: 'arg', name, type, label, values };
export const seq = (...items: Syntax[]): Syntax => ({ k: 'seq', items });
export const opt = (...items: Syntax[]): Syntax => ({ k: 'opt', item: items.length === 1 ? items[0]! : seq(...items) });
export const alt = (...items: Syntax[]): Syntax => ({ k: 'alt', items });
export const anyOrder = (...items: Syntax[]): Syntax => ({ k: 'any', items });
/** `keyword <value>` */
export const kwArg = (word: string, name: string, type: ArgType = 'word', label = name, values?: readonly string[]): Syntax =>
  seq(kw(word), arg(name, type, label, values));

/** A problem the matcher found in the shape of a command (not in its values). */
export interface MatchIssue {
  kind: 'missing' | 'extra' | 'unknown-keyword' | 'ambiguous';
  span: Span;
  /** Human description of what was expected, e.g. "`priority`" or "<hh:mm>". */
  expected: string[];
}

/** What the matcher bound. Enum arguments keep the word as written plus the resolved value (if any). */
export interface MatchResult {
  keywords: { word: Word; keyword: string }[];
  args: Map<string, Word>;
  rest: Map<string, Word[]>;
  enums: Map<string, string | undefined>;
  issues: MatchIssue[];
}

export function emptyMatch(): MatchResult {
  return { keywords: [], args: new Map(), rest: new Map(), enums: new Map(), issues: [] };
}

/** Resolves `word` among `candidates` as IOS does: exact match, else a unique prefix. */
export function resolveKeyword(word: Word, candidates: readonly string[]): { keyword?: string; ambiguous?: string[] } {
  if (word.quote !== 'none' || word.value.length === 0) return {};
  const w = word.value.toLowerCase();
  let found: string[] | undefined;
  for (const c of candidates) {
    if (c === w) return { keyword: c };
    if (c.startsWith(w)) (found ??= []).push(c);
  }
  if (found === undefined) return {};
  if (found.length === 1) return { keyword: found[0]! };
  return { ambiguous: found };
}

/** The keywords a syntax node can start with; `null` in the list means "an argument can start here". */
export function firstSet(node: Syntax): (string | null)[] {
  switch (node.k) {
    case 'kw':
      return [node.word];
    case 'arg':
      return node.type === 'enum' && node.values !== undefined ? [...node.values] : [null];
    case 'seq': {
      const out: (string | null)[] = [];
      for (const item of node.items) {
        out.push(...firstSet(item));
        if (item.k !== 'opt' && item.k !== 'any') return out;
      }
      return out;
    }
    case 'opt':
      return firstSet(node.item);
    case 'alt':
    case 'any':
      return node.items.flatMap(firstSet);
  }
}

/** Label for "expected …" messages. */
export function describe(node: Syntax): string[] {
  return firstSet(node).map((k) => (k === null ? argLabel(node) : `\`${k}\``));
}

function argLabel(node: Syntax): string {
  switch (node.k) {
    case 'arg':
      return `<${node.label}>`;
    case 'seq':
    case 'alt':
    case 'any':
      for (const i of node.items) {
        const l = argLabel(i);
        if (l !== '<value>') return l;
      }
      return '<value>';
    case 'opt':
      return argLabel(node.item);
    default:
      return '<value>';
  }
}

const FAIL = -1;

/** The alternatives of an `alt` node by their leading keyword, and the first one led by an argument. */
function alternatives(items: readonly Syntax[]): { led: { key: string; item: Syntax }[]; argLed: Syntax | undefined } {
  const led: { key: string; item: Syntax }[] = [];
  let argLed: Syntax | undefined;
  for (const item of items) {
    for (const k of firstSet(item)) {
      if (k === null) argLed ??= item;
      else led.push({ key: k, item });
    }
  }
  return { led, argLed };
}

/**
 * Matches `node` against words[i…]. Returns the index after the match, or FAIL when the node cannot start here
 * (so an enclosing option or alternative can try something else). Once a sequence has matched its first item it
 * commits: later gaps become issues instead of failures, which keeps the match linear and the message precise.
 */
function match(node: Syntax, words: readonly Word[], i: number, res: MatchResult): number {
  switch (node.k) {
    case 'kw': {
      const w = words[i];
      if (w === undefined) return FAIL;
      const r = resolveKeyword(w, [node.word]);
      if (r.keyword === undefined) return FAIL;
      res.keywords.push({ word: w, keyword: r.keyword });
      return i + 1;
    }
    case 'arg': {
      const w = words[i];
      if (w === undefined) return FAIL;
      if (node.type === 'rest' || (node.type === 'text' && w.quote === 'none')) {
        res.rest.set(node.name, words.slice(i));
        res.args.set(node.name, w);
        return words.length;
      }
      if (node.type === 'text') res.rest.set(node.name, [w]);
      if (node.type === 'enum' && node.values !== undefined) {
        const r = resolveKeyword(w, node.values);
        res.enums.set(node.name, r.keyword);
      }
      res.args.set(node.name, w);
      return i + 1;
    }
    case 'seq': {
      let j = i;
      for (let n = 0; n < node.items.length; n++) {
        const item = node.items[n]!;
        const next = match(item, words, j, res);
        if (next === FAIL) {
          if (item.k === 'opt' || item.k === 'any') continue;
          if (n === 0) return FAIL;
          const w = words[j];
          res.issues.push({
            kind: w === undefined ? 'missing' : 'unknown-keyword',
            span: w === undefined ? endSpan(words, j) : w.span,
            expected: describe(item),
          });
          return w === undefined ? j : j; // leave the rest to the caller's "extra words" check
        }
        j = next;
      }
      return j;
    }
    case 'opt': {
      const next = match(node.item, words, i, res);
      return next === FAIL ? i : next;
    }
    case 'alt': {
      const w = words[i];
      if (w === undefined) return FAIL;
      // Keyword-led alternatives first, resolved by unique prefix among all of them.
      const { led, argLed } = alternatives(node.items);
      const r = resolveKeyword(w, led.map((l) => l.key));
      if (r.keyword !== undefined) {
        const chosen = led.find((l) => l.key === r.keyword)!.item;
        return match(chosen, words, i, res);
      }
      if (r.ambiguous !== undefined && argLed === undefined) {
        res.issues.push({ kind: 'ambiguous', span: w.span, expected: r.ambiguous.map((k) => `\`${k}\``) });
        return words.length;
      }
      return argLed === undefined ? FAIL : match(argLed, words, i, res);
    }
    case 'any': {
      let j = i;
      const used = new Set<number>();
      for (;;) {
        const w = words[j];
        if (w === undefined) return j === i ? FAIL : j;
        // The clause is chosen by its keyword, resolved among all clauses still open (so `p` is ambiguous
        // between `periodic` and `pattern`, as on the device).
        const led: { key: string; n: number }[] = [];
        node.items.forEach((item, n) => {
          if (!used.has(n)) for (const k of firstSet(item)) if (k !== null) led.push({ key: k, n });
        });
        const r = resolveKeyword(w, led.map((l) => l.key));
        if (r.ambiguous !== undefined) {
          res.issues.push({ kind: 'ambiguous', span: w.span, expected: r.ambiguous.map((k) => `\`${k}\``) });
          return words.length; // what follows an ambiguous keyword cannot be read: one diagnostic, not two
        }
        const chosen = r.keyword === undefined ? undefined : led.find((l) => l.key === r.keyword);
        if (chosen === undefined) return j === i ? FAIL : j;
        const next = match(node.items[chosen.n]!, words, j, res);
        if (next === FAIL || next <= j) return j === i ? FAIL : j;
        used.add(chosen.n);
        j = next;
      }
    }
  }
}

function endSpan(words: readonly Word[], j: number): Span {
  const prev = words[j - 1];
  const at = prev === undefined ? 0 : prev.span.end;
  return { start: at, end: at };
}

/**
 * Matches a whole command tail (the words after the command's keyword path). Words left over become an
 * `extra` issue. `lenient` (used for `no …` forms) drops "missing" issues, as IOS accepts `no` with the
 * arguments left out.
 */
export function matchTail(node: Syntax | undefined, words: readonly Word[], res: MatchResult, lenient: boolean): void {
  let j = 0;
  if (node !== undefined) {
    const next = match(node, words, 0, res);
    if (next === FAIL) {
      const w = words[0];
      if (w === undefined) {
        const required = !(node.k === 'opt' || node.k === 'any');
        if (required && !lenient) res.issues.push({ kind: 'missing', span: { start: -1, end: -1 }, expected: describe(node) });
      } else if (!lenient) {
        res.issues.push({ kind: 'unknown-keyword', span: w.span, expected: describe(node) });
      }
      j = words.length;
    } else {
      j = next;
    }
  }
  if (j < words.length && !lenient) {
    const first = words[j]!;
    const last = words[words.length - 1]!;
    if (!res.issues.some((x) => x.span.start === first.span.start)) {
      res.issues.push({ kind: 'extra', span: { start: first.span.start, end: last.span.end }, expected: [] });
    }
  }
  if (lenient) res.issues = res.issues.filter((x) => x.kind !== 'missing');
}

/** The keywords or argument labels that may follow `words` (for completion). */
export function expectedAfter(node: Syntax | undefined, words: readonly Word[]): { keywords: string[]; args: { name: string; label: string; values?: readonly string[] }[] } {
  const out = { keywords: [] as string[], args: [] as { name: string; label: string; values?: readonly string[] }[] };
  if (node === undefined) return out;
  collectExpected(node, words, 0, out);
  return out;
}

function collectExpected(node: Syntax, words: readonly Word[], i: number, out: ReturnType<typeof expectedAfter>): number | 'done' {
  // Walks like `match` but on reaching the end of the words records what could come next.
  if (i >= words.length) {
    addFirst(node, out);
    return 'done';
  }
  switch (node.k) {
    case 'kw': {
      const r = resolveKeyword(words[i]!, [node.word]);
      return r.keyword === undefined ? FAIL : i + 1;
    }
    case 'arg':
      return node.type === 'rest' ? 'done' : i + 1;
    case 'seq': {
      let j: number = i;
      for (const item of node.items) {
        const next = collectExpected(item, words, j, out);
        if (next === 'done') {
          if (item.k !== 'opt' && item.k !== 'any') return 'done';
          continue;
        }
        if (next === FAIL) {
          if (item.k === 'opt' || item.k === 'any') continue;
          return j === i ? FAIL : 'done';
        }
        j = next;
      }
      return j;
    }
    case 'opt': {
      const next = collectExpected(node.item, words, i, out);
      return next === FAIL ? i : next;
    }
    case 'alt': {
      const { led, argLed } = alternatives(node.items);
      const r = resolveKeyword(words[i]!, led.map((l) => l.key));
      if (r.keyword !== undefined) return collectExpected(led.find((l) => l.key === r.keyword)!.item, words, i, out);
      return argLed === undefined ? FAIL : collectExpected(argLed, words, i, out);
    }
    case 'any': {
      let j = i;
      const used = new Set<number>();
      for (;;) {
        if (j >= words.length) {
          node.items.forEach((item, n) => (used.has(n) ? undefined : addFirst(item, out)));
          return 'done';
        }
        let progressed = false;
        for (let n = 0; n < node.items.length; n++) {
          if (used.has(n)) continue;
          const next = collectExpected(node.items[n]!, words, j, out);
          if (next === 'done') return 'done';
          if (next !== FAIL && next > j) {
            used.add(n);
            j = next;
            progressed = true;
            break;
          }
        }
        if (!progressed) return j === i ? FAIL : j;
      }
    }
  }
}

function addFirst(node: Syntax, out: ReturnType<typeof expectedAfter>): void {
  switch (node.k) {
    case 'kw':
      out.keywords.push(node.word);
      return;
    case 'arg':
      out.args.push(node.values === undefined ? { name: node.name, label: node.label } : { name: node.name, label: node.label, values: node.values });
      return;
    case 'seq':
      for (const item of node.items) {
        addFirst(item, out);
        if (item.k !== 'opt' && item.k !== 'any') return;
      }
      return;
    case 'opt':
      addFirst(node.item, out);
      return;
    case 'alt':
    case 'any':
      node.items.forEach((i) => addFirst(i, out));
  }
}
