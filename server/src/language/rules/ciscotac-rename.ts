import { cite } from '../sources';
import { CISCO_TAC } from '../model';
import type { Rule } from './rule';

/** The predefined CiscoTAC-1 profile cannot be renamed. */
export const rule: Rule = {
  code: 'ciscotac-rename',
  severity: 'error',
  description: 'The predefined CiscoTAC-1 profile cannot be renamed.',
  check(ctx) {
    for (const node of ctx.model.callHome.renames) {
      const src = node.match.args.get('source');
      if (src === undefined || src.value.toLowerCase() !== CISCO_TAC.toLowerCase()) continue;
      ctx.report({
        code: this.code,
        severity: 'error',
        span: src.span,
        message: `CiscoTAC-1 is the predefined profile for the Smart Call Home service and cannot be renamed; its attributes are predefined (${cite('000', 1472)}). Use \`copy profile ${CISCO_TAC} NEW\` to derive a user profile.`,
      });
    }
  },
};
