import { cite } from '../sources';
import type { Rule } from './rule';

/**
 * CiscoTAC-1 uses one transport method at a time. `destination transport-method http` alone is the normal HTTPS
 * setup; only a profile that explicitly enables both methods is told that the later one disables the earlier.
 */
export const rule: Rule = {
  code: 'ciscotac-transport-conflict',
  severity: 'warning',
  description: 'CiscoTAC-1 enables one transport method at a time; enabling a second one disables the first.',
  check(ctx) {
    const tac = ctx.model.profiles.find((p) => p.predefined);
    if (tac === undefined) return;
    const explicit = tac.transport.explicit;
    // Lines of `no destination transport-method X`, sorted, so each pair is checked by binary search.
    const negations = tac.commands.filter((n) => n.id === 'destination-transport-method' && n.negated !== undefined);
    const disabledBetween = (from: number, to: number, method: string): boolean => {
      let lo = 0;
      let hi = negations.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (negations[mid]!.line <= from) lo = mid + 1;
        else hi = mid;
      }
      for (let k = lo; k < negations.length && negations[k]!.line < to; k++) if (negations[k]!.match.enums.get('method') === method) return true;
      return false;
    };
    for (let i = 1; i < explicit.length; i++) {
      const prev = explicit[i - 1]!.match.enums.get('method');
      const cur = explicit[i]!.match.enums.get('method');
      if (prev === undefined || cur === undefined || prev === cur) continue;
      // Only when the earlier method was still enabled (no `no destination transport-method` in between).
      if (disabledBetween(explicit[i - 1]!.line, explicit[i]!.line, prev)) continue;
      ctx.report({
        code: this.code,
        severity: 'warning',
        span: explicit[i]!.span,
        message: `CiscoTAC-1 can use either transport method but not both: enabling ${cur} disables ${prev} (line ${explicit[i - 1]!.line + 1}) (${cite('000', 544)}, ${cite('004', 1394)}).`,
      });
    }
  },
};
