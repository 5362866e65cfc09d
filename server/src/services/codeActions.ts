// Quick fixes: every diagnostic of the core may carry obvious fixes; the server keeps them in Diagnostic.data
// (as line/character edits, so they survive the round trip through the client) and turns them back into actions.
import type { Analysis, CoreDiagnostic, Fix, Position } from '../language';
import { positionAt } from '../language';

export interface PositionedEdit {
  range: { start: Position; end: Position };
  newText: string;
}

export interface PositionedFix {
  title: string;
  preferred: boolean;
  edits: PositionedEdit[];
}

/** The data a published diagnostic carries: its fixes, and the document version they were computed for. */
export interface DiagnosticData {
  version: number;
  fixes: PositionedFix[];
}

export function positionFixes(analysis: Pick<Analysis, 'text' | 'lineStarts'>, fixes: readonly Fix[] | undefined): PositionedFix[] {
  return (fixes ?? []).map((f) => ({
    title: f.title,
    preferred: f.preferred === true,
    edits: f.edits.map((e) => ({ range: { start: positionAt(analysis, e.span.start), end: positionAt(analysis, e.span.end) }, newText: e.newText })),
  }));
}

export function isDiagnosticData(x: unknown): x is DiagnosticData {
  if (typeof x !== 'object' || x === null) return false;
  const d = x as Partial<DiagnosticData>;
  return typeof d.version === 'number' && Array.isArray(d.fixes);
}

/** Finds the current core diagnostic that matches a published one (same code, same range). */
export function matchDiagnostic(analysis: Pick<Analysis, 'text' | 'lineStarts'>, diagnostics: readonly CoreDiagnostic[], code: string, range: { start: Position; end: Position }): CoreDiagnostic | undefined {
  return diagnostics.find((d) => {
    if (d.code !== code) return false;
    const s = positionAt(analysis, d.span.start);
    const e = positionAt(analysis, d.span.end);
    return s.line === range.start.line && s.character === range.start.character && e.line === range.end.line && e.character === range.end.character;
  });
}
