// Completion by mode: the keywords valid at the cursor (walking the mode's keyword trie by unique prefix, then the
// command's syntax), enum values, and the names the document defines (profiles, trustpoints). Pure: text and
// analysis in, entries with spans out.
import {
  CISCO_TAC,
  SEVERITIES,
  WEEKDAYS,
  expectedAfter,
  resolveKeyword,
  trieFor,
  type Analysis,
  type CommandSpec,
  type ModeId,
  type Span,
  type Word,
} from '../language';
import { ALERT_GROUP_DOCS, SEVERITY_DOCS, SEVERITY_SOURCE, VALUE_DOCS, commandMarkdown } from './docs';
import { modeAtLine } from './modeAt';
import { PROMPT, commandAtLine, lineSpan, quoteIfNeeded, splitWords } from './text';

export type CompletionKind = 'keyword' | 'value' | 'profile' | 'trustpoint' | 'alert-group' | 'severity';

export interface CompletionEntry {
  label: string;
  kind: CompletionKind;
  /** One line shown next to the label. */
  detail?: string;
  /** Markdown. */
  documentation?: string;
  /** Text to insert (defaults to the label). */
  insertText?: string;
  /** The span the entry replaces (the partial word before the cursor, or an empty span at the cursor). */
  replace: Span;
  sortText?: string;
}

export interface CompletionResult {
  mode: ModeId;
  items: CompletionEntry[];
}

const UNIVERSAL_DOCS: Record<string, string> = {
  exit: 'Leaves the current configuration mode (one level up).',
  end: 'Leaves configuration mode (back to EXEC).',
  no: 'Negates a command or sets its default.',
  default: 'Sets a command to its default.',
};

type TrieNode = NonNullable<ReturnType<typeof trieFor>>;

/** Completion entries at `offset`. */
export function complete(analysis: Analysis, offset: number): CompletionResult {
  const text = analysis.text;
  let line = 0;
  for (let lo = 0, hi = analysis.lineStarts.length - 1; lo <= hi; ) {
    const mid = (lo + hi) >> 1;
    if (analysis.lineStarts[mid]! <= offset) {
      line = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  const ls = lineSpan(analysis, line);
  const before = text.slice(ls.start, Math.min(offset, ls.end));
  const empty: CompletionResult = { mode: 'global', items: [] };
  if (/^\s*[!#]/.test(before) && PROMPT.exec(before) === null) return empty;
  if (insideCertificateBody(analysis, line)) return empty;

  const prompt = PROMPT.exec(before);
  const cmdStart = prompt === null ? 0 : prompt[0].length;
  let words = splitWords(before.slice(cmdStart), ls.start + cmdStart);
  const last = words[words.length - 1];
  if (last !== undefined && last.quote === 'unterminated') return empty; // inside a quoted value
  const partial = last !== undefined && last.span.end === offset ? last : undefined;
  if (partial !== undefined) words = words.slice(0, -1);
  const prefix = partial?.value.toLowerCase() ?? '';
  const replace: Span = partial !== undefined ? partial.span : { start: offset, end: offset };

  let { mode } = modeAtLine(analysis, line);
  let negated = false;
  const lead = words[0]?.value.toLowerCase();
  if (lead === 'do' && words.length > 0) {
    words = words.slice(1);
    mode = 'global';
  }
  const neg = words[0]?.value.toLowerCase();
  if (neg === 'no' || (neg !== undefined && neg.length >= 3 && 'default'.startsWith(neg))) {
    words = words.slice(1);
    negated = true;
  }

  const items: CompletionEntry[] = [];
  const add = (e: Omit<CompletionEntry, 'replace'>): void => {
    if (prefix.length > 0 && !e.label.toLowerCase().startsWith(prefix)) return;
    if (items.some((i) => i.label === e.label)) return;
    items.push({ ...e, replace });
  };

  const root = trieFor(mode);
  if (root === undefined) return { mode, items };
  let node: TrieNode = root;
  let i = 0;
  while (i < words.length) {
    const r = resolveKeyword(words[i]!, [...node.children.keys()]);
    if (r.keyword === undefined) break;
    node = node.children.get(r.keyword)!;
    i++;
  }
  if (i === 0 && words.length === 0) {
    for (const [k, child] of root.children) addKeyword(add, k, child, '0');
    if (!negated) {
      for (const k of mode === 'global' ? (['no', 'default'] as const) : (['exit', 'end', 'no', 'default'] as const)) {
        add({ label: k, kind: 'keyword', detail: UNIVERSAL_DOCS[k], documentation: UNIVERSAL_DOCS[k], sortText: `1${k}` });
      }
    }
    return { mode, items };
  }
  if (i === words.length) for (const [k, child] of node.children) addKeyword(add, k, child, '0');
  if (node.spec !== undefined) addSyntax(analysis, add, node.spec, words.slice(i), line);
  return { mode, items };
}

function addKeyword(add: (e: Omit<CompletionEntry, 'replace'>) => void, keyword: string, child: TrieNode, sort: string): void {
  const below = visibleSpecs(child);
  if (below.length === 0) return;
  const e: Omit<CompletionEntry, 'replace'> = { label: keyword, kind: 'keyword', sortText: `${sort}${keyword}` };
  if (child.spec !== undefined && child.spec.hidden !== true) {
    e.detail = child.spec.doc.summary;
    e.documentation = commandMarkdown(child.spec);
  } else {
    // A keyword that only leads to longer commands (`crypto`, `destination`): list them.
    e.detail = below.length === 1 ? below[0]!.doc.summary : `${below.length} commands`;
    e.documentation = below.length === 1 ? commandMarkdown(below[0]!) : `\`\`\`cisco-ios\n${below.map((s) => s.doc.usage).join('\n')}\n\`\`\``;
  }
  add(e);
}

/** The commands a trie node leads to that completion offers (hidden aliases excluded). */
function visibleSpecs(node: TrieNode): CommandSpec[] {
  const out: CommandSpec[] = [];
  if (node.spec !== undefined && node.spec.hidden !== true) out.push(node.spec);
  for (const c of node.children.values()) out.push(...visibleSpecs(c));
  return out;
}

function addSyntax(analysis: Analysis, add: (e: Omit<CompletionEntry, 'replace'>) => void, spec: CommandSpec, tail: Word[], line: number): void {
  const exp = expectedAfter(spec.syntax, tail);
  for (const k of exp.keywords) add({ label: k, kind: 'keyword', detail: `${spec.path.join(' ')} … ${k}`, documentation: commandMarkdown(spec), sortText: `0${k}` });
  for (const a of exp.args) {
    if (a.name === 'severity' || (a.values !== undefined && a.values === SEVERITIES)) {
      SEVERITIES.forEach((s, n) => add({ label: s, kind: 'severity', detail: SEVERITY_DOCS[s], documentation: `${SEVERITY_DOCS[s]}\n\n${SEVERITY_SOURCE}`, sortText: `0${n}` }));
      continue;
    }
    if (a.name === 'group') {
      for (const g of a.values ?? []) add({ label: g, kind: 'alert-group', detail: 'alert group', documentation: ALERT_GROUP_DOCS[g] ?? g, sortText: `0${g}` });
      continue;
    }
    if (a.values !== undefined) {
      for (const v of a.values) {
        const e: Omit<CompletionEntry, 'replace'> = { label: v, kind: 'value', detail: `<${a.label}>`, sortText: `0${v}` };
        if (VALUE_DOCS[v] !== undefined) e.documentation = VALUE_DOCS[v];
        add(e);
      }
      continue;
    }
    if (a.name === 'day') {
      WEEKDAYS.forEach((d, n) => add({ label: d, kind: 'value', detail: 'day of the week', sortText: `0${n}` }));
      continue;
    }
    if (isProfileArg(spec, a.name)) {
      for (const p of analysis.model.profiles) {
        if (p.name === '' || (p.nameWords.length === 0 && p.name !== CISCO_TAC)) continue;
        if (p.openers.some((o) => o.line === line)) continue; // the profile this very line defines
        add({ label: p.name, kind: 'profile', insertText: quoteIfNeeded(p.name), detail: profileDetail(p), sortText: `0${p.name}` });
      }
      continue;
    }
    if (isTrustpointArg(spec, a.name)) {
      for (const t of analysis.model.trustpoints) {
        if (t.node.line === line) continue;
        add({ label: t.name, kind: 'trustpoint', insertText: quoteIfNeeded(t.name), detail: `trustpoint${t.enrollment !== undefined ? ` (enrollment ${t.enrollment.method})` : ''}`, sortText: `0${t.name}` });
      }
    }
  }
}

function isProfileArg(spec: CommandSpec, arg: string): boolean {
  if (arg === 'profile') return true;
  if (spec.id === 'profile' && arg === 'name') return true;
  return (spec.id === 'copy-profile' || spec.id === 'rename-profile') && arg === 'source';
}

function isTrustpointArg(spec: CommandSpec, arg: string): boolean {
  return arg === 'name' && (spec.id === 'crypto-pki-authenticate' || spec.id === 'crypto-pki-certificate-chain' || spec.id === 'crypto-pki-trustpoint');
}

function profileDetail(p: Analysis['model']['profiles'][number]): string {
  const transports = [p.transport.email ? 'email' : '', p.transport.http ? 'http' : ''].filter((t) => t !== '').join('+');
  return `profile — ${p.active ? 'active' : 'inactive'}${transports !== '' ? `, ${transports}` : ''}${p.predefined ? ' (predefined)' : ''}`;
}

/** Whether `line` is part of a certificate's hex body (or its `quit`). */
function insideCertificateBody(analysis: Analysis, line: number): boolean {
  for (const chain of analysis.model.chains) {
    for (const c of chain.certificates) {
      if (c.body !== undefined && line >= c.body.startLine && line <= c.body.endLine) return true;
    }
  }
  return commandAtLine(analysis, line) === undefined && analysis.blocks.some((b) => b.kind === 'certificate' && line >= b.startLine && line <= b.endLine);
}
