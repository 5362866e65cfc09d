import { cite } from '../sources';
import type { Rule } from './rule';

/** `anonymous-reporting-only` is a TAC-profile command (004:L313–L339). */
export const rule: Rule = {
  code: 'anonymous-reporting-scope',
  severity: 'error',
  description: '`anonymous-reporting-only` is only valid in the CiscoTAC-1 profile.',
  check(ctx) {
    for (const p of ctx.model.profiles) {
      if (p.predefined || p.name === '') continue;
      for (const node of p.commands) {
        if (node.id !== 'anonymous-reporting-only' || node.negated !== undefined) continue;
        ctx.report({ code: this.code, severity: 'error', span: node.span, message: `\`anonymous-reporting-only\` is a TAC profile command, valid only in CiscoTAC-1, not in \`${p.name}\` (${cite('004', 313, 328)}).` });
      }
    }
  },
};
