// Formatting to the canonical running-config layout: one space per level inside call-home, profile, snapshot,
// trustpoint and certificate chain blocks (certificate hex two levels down), as `show running-config` prints them.
// Only the leading blanks of those lines change; everything else (global lines, comments, banners, `quit`,
// transcripts) is left as written. The levels come from the core's reading of the text, so formatting never
// changes which mode a command lands in (`exit` stays a child of the block it leaves).
import { commandById, type Analysis, type CommandNode, type ModeId, type TextEdit } from '../language';
import { allCertificates, editorBlocks } from './certificates';
import { lineSpan } from './text';

const BLOCK_MODES = new Set<ModeId>(['call-home', 'profile', 'snapshot', 'diag-sign', 'trustpoint', 'cert-chain']);

export interface FormatOptions {
  /** Limit the edits to these lines (range formatting). */
  startLine?: number;
  endLine?: number;
}

export function formatEdits(analysis: Analysis, options: FormatOptions = {}): TextEdit[] {
  if (analysis.model.transcript) return []; // a pasted session: its layout is the device's output
  const nodes = new Map<number, CommandNode>();
  for (const n of analysis.model.commands) if (n.prompted !== true) nodes.set(n.line, n);
  const body = new Map<number, number>();
  const quits = new Set<number>();
  for (const c of allCertificates(analysis)) {
    const b = c.entry.body;
    if (b === undefined || c.chain === undefined) continue;
    for (let l = b.startLine; l <= b.endLine; l++) body.set(l, c.entry.node.depth + 1);
    if (c.entry.endedByQuit) quits.add(b.endLine + 1);
  }
  const skipped = new Set<number>();
  const silentChild = new Map<number, number>();
  for (const b of editorBlocks(analysis)) {
    if (b.kind === 'banner') for (let l = b.startLine; l <= b.endLine; l++) skipped.add(l);
    if (b.kind === 'trustpoint' || b.kind === 'cert-chain') {
      const opener = nodes.get(b.startLine);
      for (let l = b.startLine + 1; l <= b.endLine; l++) if (!nodes.has(l)) silentChild.set(l, (opener?.depth ?? 0) + 1);
    }
  }

  const edits: TextEdit[] = [];
  const first = Math.max(0, options.startLine ?? 0);
  const last = Math.min(analysis.lineStarts.length - 1, options.endLine ?? Number.MAX_SAFE_INTEGER);
  let ctx = 0; // the level of the children of the innermost open block (0: none)
  for (let line = 0; line < analysis.lineStarts.length; line++) {
    const span = lineSpan(analysis, line);
    const text = analysis.text.slice(span.start, span.end);
    const trimmed = text.trim();
    if (trimmed.length === 0 || skipped.has(line) || quits.has(line) || trimmed.startsWith('!')) continue;
    let want: number | undefined;
    const node = nodes.get(line);
    if (body.has(line)) {
      want = body.get(line)!;
    } else if (node !== undefined) {
      const spec = commandById(node.id);
      const opens = spec?.enters !== undefined && BLOCK_MODES.has(spec.enters) && node.negated === undefined;
      const inBlock = node.depth > 0 && BLOCK_MODES.has(node.mode);
      if (inBlock || opens) want = node.depth;
      ctx = opens ? node.depth + 1 : inBlock ? node.depth : 0;
    } else if (ctx > 0 && /^(exit|end)$/i.test(trimmed)) {
      want = ctx;
      ctx = trimmed.toLowerCase() === 'end' ? 0 : ctx - 1;
    } else if (silentChild.has(line)) {
      want = silentChild.get(line)!;
    } else {
      ctx = 0;
    }
    if (want === undefined || line < first || line > last) continue;
    const lead = /^[ \t\u00a0]*/.exec(text)![0];
    const target = ' '.repeat(want);
    if (lead !== target) edits.push({ span: { start: span.start, end: span.start + lead.length }, newText: target });
  }
  return edits;
}

/** Applies span edits to a text (for tests and the CLI); edits must not overlap. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.span.start - a.span.start || b.span.end - a.span.end);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.span.start) + e.newText + out.slice(e.span.end);
  return out;
}
