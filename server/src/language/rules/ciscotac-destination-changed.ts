import { cite } from '../sources';
import { CISCO_TAC_EMAIL, CISCO_TAC_URL } from '../model';
import type { Rule } from './rule';

/**
 * CiscoTAC-1's destination address "cannot be modified" (000:L1472) except in Call Home version 3 (000:L547):
 * a changed address is a warning, the built-in address is fine.
 */
export const rule: Rule = {
  code: 'ciscotac-destination-changed',
  severity: 'warning',
  description: "Changing CiscoTAC-1's destination address is only possible in Call Home version 3.",
  check(ctx) {
    const tac = ctx.model.profiles.find((p) => p.predefined);
    if (tac === undefined) return;
    for (const d of tac.destinations) {
      const builtIn = d.kind === 'email' ? CISCO_TAC_EMAIL : CISCO_TAC_URL;
      if (d.value === '' || d.value.toLowerCase() === builtIn.toLowerCase()) continue;
      ctx.report({
        code: this.code,
        severity: 'warning',
        span: d.span,
        message: `CiscoTAC-1's destination is predefined (${builtIn}) and "cannot be modified" (${cite('000', 1472)}); only Call Home version 3 lets you change it (${cite('000', 547)}). Use a user profile for other destinations.`,
      });
    }
  },
};
