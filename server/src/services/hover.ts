// Hover: the command's syntax, limits and defaults (from the command table, with citations), value notes for
// alert groups and severities, a summary for profile and trustpoint names, and certificate details on a
// `certificate` line or anywhere in its hex body.
import { CISCO_TAC, commandById, findProfile, MODE_TITLES, type Analysis, type NameReference, type Span } from '../language';
import { certificateAtLine, certificateMarkdown } from './certificates';
import { ALERT_GROUP_DOCS, SEVERITY_DOCS, SEVERITY_SOURCE, VALUE_DOCS, commandMarkdown } from './docs';
import { commandAtLine, contains, lineSpan } from './text';

export interface HoverResult {
  markdown: string;
  span: Span;
}

export interface HoverOptions {
  /** "Now" for the certificate status line. */
  now?: Date;
}

function lineOf(analysis: Analysis, offset: number): number {
  let lo = 0;
  let hi = analysis.lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (analysis.lineStarts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function hover(analysis: Analysis, offset: number, options: HoverOptions = {}): HoverResult | undefined {
  const line = lineOf(analysis, offset);
  const cert = certificateAtLine(analysis, line);
  if (cert !== undefined) {
    const span = line === cert.startLine ? cert.entry.node.span : lineSpan(analysis, line);
    return { markdown: certificateMarkdown(cert, options.now ?? new Date()), span };
  }
  const node = commandAtLine(analysis, line);
  if (node === undefined || node.id === 'unknown' || !contains(node.span, offset)) return undefined;
  const spec = commandById(node.id);
  if (spec === undefined) return undefined;
  const word = node.words.find((w) => contains(w.span, offset));
  if (word === undefined) return undefined;

  const ref = analysis.model.references.find((r) => r.word.span.start === word.span.start);
  if (ref !== undefined) return { markdown: `${nameMarkdown(analysis, ref)}\n\n---\n\n${commandMarkdown(spec)}`, span: word.span };

  for (const [name, w] of node.match.args) {
    if (w.span.start !== word.span.start) continue;
    const resolved = node.match.enums.get(name);
    if (resolved === undefined) break;
    const doc = name === 'severity' ? `${SEVERITY_DOCS[resolved] ?? ''}\n\n${SEVERITY_SOURCE}` : name === 'group' ? ALERT_GROUP_DOCS[resolved] : VALUE_DOCS[resolved];
    if (doc === undefined) break;
    return { markdown: `\`${resolved}\`${resolved !== word.value.toLowerCase() ? ` (written \`${word.value}\`)` : ''} — ${doc}\n\n---\n\n${commandMarkdown(spec)}`, span: word.span };
  }
  // A keyword abbreviated on the line (`dest add email`) is named in full.
  const kw = node.match.keywords.find((k) => k.word.span.start === word.span.start);
  const full = kw !== undefined && kw.keyword !== word.value.toLowerCase() ? `\`${word.value}\` = \`${kw.keyword}\`\n\n` : '';
  return { markdown: `${full}${commandMarkdown(spec)}`, span: node.span };
}

/** A short description of the profile or trustpoint a name refers to. */
function nameMarkdown(analysis: Analysis, ref: NameReference): string {
  if (ref.kind === 'profile') {
    const p = findProfile(analysis.model, ref.name);
    if (p === undefined) return `**Profile** \`${ref.name}\` — not configured in this file.`;
    const facts = [
      p.active ? 'active' : 'inactive',
      `transport: ${[p.transport.email ? 'email' : '', p.transport.http ? 'http' : ''].filter((t) => t !== '').join(', ') || 'none'}`,
      `format: ${p.format}`,
    ];
    const lines = [`**Profile** \`${p.name}\`${p.predefined ? ' (predefined)' : ''} — ${facts.join(' · ')}`];
    for (const d of p.destinations) lines.push(`- destination ${d.kind}: \`${d.value}\``);
    for (const s of p.subscriptions) lines.push(`- subscribed: ${s.groupName ?? s.group.value}${s.severity?.level !== undefined ? ` (severity ${s.severity.level})` : ''}${s.periodic !== undefined ? ` (periodic ${s.periodic.kind})` : ''}`);
    if (p.predefined && !p.configured) lines.push(`\n${CISCO_TAC} exists on every device (${MODE_TITLES.profile}).`);
    return lines.join('\n');
  }
  const tp = analysis.model.trustpoints.find((t) => t.name === ref.name);
  if (tp === undefined) return `**Trustpoint** \`${ref.name}\` — not defined in this file.`;
  const chain = analysis.model.chains.find((c) => c.name === ref.name);
  const facts = [
    tp.enrollment !== undefined ? `enrollment ${tp.enrollment.method}` : undefined,
    tp.revocation !== undefined ? `revocation-check ${tp.revocation.methods.join(' ')}` : undefined,
    chain !== undefined ? `${chain.certificates.length} certificate(s) in its chain` : undefined,
  ].filter((f): f is string => f !== undefined);
  return `**Trustpoint** \`${tp.name}\`${facts.length > 0 ? ` — ${facts.join(' · ')}` : ''}`;
}
