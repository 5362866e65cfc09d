// Folding ranges: call-home, profile, snapshot, trustpoint, chain and other crypto pki blocks, each certificate
// (its `certificate` line through the hex body and `quit`) and multi-line banners.
import type { Analysis } from '../language';
import { allCertificates, editorBlocks } from './certificates';

export interface FoldingRange {
  startLine: number;
  endLine: number;
  kind?: 'region' | 'comment';
}

export function foldingRanges(analysis: Analysis): FoldingRange[] {
  const out: FoldingRange[] = [];
  const seen = new Set<string>();
  const push = (r: FoldingRange): void => {
    const key = `${r.startLine}:${r.endLine}`;
    if (r.endLine <= r.startLine || seen.has(key)) return;
    seen.add(key);
    out.push(r);
  };
  for (const b of editorBlocks(analysis)) {
    if (b.kind === 'certificate') continue; // folded from the `certificate` line below
    push(b.kind === 'banner' ? { startLine: b.startLine, endLine: b.endLine, kind: 'region' } : { startLine: b.startLine, endLine: b.endLine });
  }
  for (const c of allCertificates(analysis)) {
    const quit = c.entry.endedByQuit && c.entry.body !== undefined ? 1 : 0;
    push({ startLine: c.startLine, endLine: Math.min(c.endLine + quit, analysis.lineStarts.length - 1) });
  }
  return out.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}
