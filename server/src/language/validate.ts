// The core's entry point: text in, model and diagnostics out. Used by the language server, the CLI and tests.
import { analyze, type Analysis } from './analyzer';
import { RULES } from './rules';
import type { CoreDiagnostic, Position, Span } from './types';

export interface ValidateOptions {
  /** "Now" for certificate expiry (defaults to the current time). */
  now?: Date;
  /** Rule codes to skip. */
  disabledRules?: readonly string[];
}

export interface ValidationResult {
  analysis: Analysis;
  diagnostics: CoreDiagnostic[];
}

/**
 * Validates a document. Never throws and stays linear in the text: each rule walks the model once, and a rule
 * that fails internally is skipped (reported as an internal diagnostic) instead of failing the document.
 */
export function validate(text: string, options: ValidateOptions = {}): ValidationResult {
  const analysis = analyze(text);
  const diagnostics: CoreDiagnostic[] = [];
  const seen = new Set<string>();
  const disabled = new Set(options.disabledRules ?? []);
  const now = options.now ?? new Date();
  for (const rule of RULES) {
    if (disabled.has(rule.code)) continue;
    try {
      rule.check({
        model: analysis.model,
        analysis,
        now,
        report(d) {
          // One problem, one diagnostic: the same code on the same span is reported once.
          const key = `${d.code}:${d.span.start}:${d.span.end}`;
          if (seen.has(key)) return;
          seen.add(key);
          diagnostics.push(d);
        },
      });
    } catch (e) {
      diagnostics.push({ code: 'internal-error', severity: 'hint', span: { start: 0, end: 0 }, message: `Rule ${rule.code} failed: ${e instanceof Error ? e.message : String(e)}` });
    }
  }
  diagnostics.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  return { analysis, diagnostics };
}

/** Converts an offset to a 0-based line/character using the analysis' line table (binary search). */
export function positionAt(analysis: Pick<Analysis, 'lineStarts' | 'text'>, offset: number): Position {
  const starts = analysis.lineStarts;
  const o = Math.max(0, Math.min(offset, analysis.text.length));
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= o) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo, character: o - starts[lo]! };
}

/** Converts a 0-based position back to an offset. */
export function offsetAt(analysis: Pick<Analysis, 'lineStarts' | 'text'>, pos: Position): number {
  const start = analysis.lineStarts[Math.max(0, Math.min(pos.line, analysis.lineStarts.length - 1))] ?? 0;
  return Math.min(start + Math.max(0, pos.character), analysis.text.length);
}

export function rangeOf(analysis: Pick<Analysis, 'lineStarts' | 'text'>, span: Span): { start: Position; end: Position } {
  return { start: positionAt(analysis, span.start), end: positionAt(analysis, span.end) };
}
