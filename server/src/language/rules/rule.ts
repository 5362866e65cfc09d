// The contract every rule implements. One rule per file, each with a stable code (the file name) that
// diagnostics carry, so users can look a code up and tests can pin it.
import type { Analysis } from '../analyzer';
import type { ConfigModel } from '../model';
import type { CoreDiagnostic, Severity } from '../types';

export interface RuleContext {
  model: ConfigModel;
  analysis: Analysis;
  /** "Now" for certificate expiry; injectable so tests are deterministic. */
  now: Date;
  report(d: CoreDiagnostic): void;
}

export interface Rule {
  /** Stable diagnostic code, equal to the rule's file name. */
  code: string;
  /** The severity the rule normally reports (a few rules grade theirs, e.g. customer-id length). */
  severity: Severity;
  /** One sentence for documentation and hovers. */
  description: string;
  check(ctx: RuleContext): void;
}
