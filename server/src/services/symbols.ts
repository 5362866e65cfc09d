// Document symbols (the outline): call-home → profiles (and its snapshot / diagnostic-signature blocks);
// trustpoints; certificate chains → certificates. Built from the core's blocks so transcripts and re-entered
// blocks show where they are.
import { findProfile, type Analysis, type Block, type Span } from '../language';
import { allCertificates, editorBlocks } from './certificates';
import { commandAtLine, lineSpan } from './text';

export type SymbolKind = 'call-home' | 'profile' | 'snapshot' | 'diag-sign' | 'trustpoint' | 'cert-chain' | 'certificate';

export interface SymbolNode {
  name: string;
  detail?: string;
  kind: SymbolKind;
  /** The whole block. */
  span: Span;
  /** The part to reveal (the name, or the opening line). */
  selection: Span;
  children: SymbolNode[];
}

const KINDS = new Set<Block['kind']>(['call-home', 'profile', 'snapshot', 'diag-sign', 'trustpoint', 'cert-chain']);

export function documentSymbols(analysis: Analysis): SymbolNode[] {
  const blocks = editorBlocks(analysis).filter((b) => KINDS.has(b.kind)).sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
  const roots: SymbolNode[] = [];
  const stack: { node: SymbolNode; block: Block }[] = [];
  for (const b of blocks) {
    const node = symbolFor(analysis, b);
    while (stack.length > 0 && !(b.startLine >= stack[stack.length - 1]!.block.startLine && b.endLine <= stack[stack.length - 1]!.block.endLine)) stack.pop();
    (stack.length > 0 ? stack[stack.length - 1]!.node.children : roots).push(node);
    stack.push({ node, block: b });
  }
  // Certificates go under the chain block that holds their `certificate` line.
  const chains = roots.concat(roots.flatMap((r) => r.children)).filter((s) => s.kind === 'cert-chain');
  for (const c of allCertificates(analysis)) {
    if (c.chain === undefined) continue;
    const start = analysis.lineStarts[c.startLine]!;
    const owner = chains.find((s) => s.span.start <= start && start <= s.span.end);
    if (owner === undefined) continue;
    const e = c.entry;
    const name = ['certificate', e.kind === 'router' ? '' : e.kind, e.serial?.value ?? ''].filter((s) => s !== '').join(' ');
    const detail = e.fileRef !== undefined ? e.fileRef.value : e.decoded !== undefined ? commonName(e.decoded.subject) : e.body !== undefined ? 'invalid certificate' : 'no data';
    const end = Math.min(lineSpan(analysis, c.endLine + (e.endedByQuit ? 1 : 0)).end, owner.span.end);
    owner.children.push({ name, detail, kind: 'certificate', span: { start: e.node.span.start, end: Math.max(end, e.node.span.end) }, selection: e.node.span, children: [] });
  }
  return roots;
}

function commonName(dn: string): string {
  const m = /(?:^|, )CN=([^,]+)/i.exec(dn);
  return m !== null ? m[1]!.trim() : dn;
}

function symbolFor(analysis: Analysis, b: Block): SymbolNode {
  const start = lineSpan(analysis, b.startLine);
  const end = lineSpan(analysis, b.endLine);
  const node = commandAtLine(analysis, b.startLine);
  const opener = node?.span ?? start;
  const span: Span = { start: opener.start, end: Math.max(end.end, opener.end) };
  const base = { kind: b.kind as SymbolKind, span, selection: opener, children: [] as SymbolNode[] };
  switch (b.kind) {
    case 'call-home':
      return { ...base, name: 'call-home', detail: contactDetail(analysis) };
    case 'snapshot':
      return { ...base, name: 'alert-group-config snapshot' };
    case 'diag-sign':
      return { ...base, name: 'diagnostic-signature' };
    case 'profile': {
      const name = b.name === undefined || b.name === '' ? '(profile)' : b.name;
      const p = b.name !== undefined ? findProfile(analysis.model, b.name) : undefined;
      const sel = node?.words[node.words.length - 1]?.span ?? opener;
      const detail = p === undefined ? undefined : [p.active ? 'active' : 'inactive', ...p.destinations.map((d) => d.value)].join(' · ');
      return detail === undefined ? { ...base, name, selection: sel } : { ...base, name, detail, selection: sel };
    }
    case 'trustpoint': {
      const tp = analysis.model.trustpoints.find((t) => t.name === b.name);
      const sel = node?.words[node.words.length - 1]?.span ?? opener;
      const name = b.name ?? '(trustpoint)';
      return tp?.enrollment !== undefined ? { ...base, name, detail: `enrollment ${tp.enrollment.method}`, selection: sel } : { ...base, name, selection: sel };
    }
    default: {
      const sel = node?.words[node.words.length - 1]?.span ?? opener;
      return { ...base, name: b.name ?? '(chain)', detail: 'certificate chain', selection: sel };
    }
  }
}

function contactDetail(analysis: Analysis): string | undefined {
  return analysis.model.callHome.contactEmail?.value;
}
