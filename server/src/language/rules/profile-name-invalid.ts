import { cite } from '../sources';
import type { Rule } from './rule';
import { isTemplated } from './util';

/** Profile names: at most 31 characters and never `all` (000:L541); applies to copy/rename targets too. */
export const rule: Rule = {
  code: 'profile-name-invalid',
  severity: 'error',
  description: 'A destination profile name is limited to 31 characters and cannot be `all`.',
  check(ctx) {
    for (const ref of ctx.model.references) {
      if (ref.kind !== 'profile' || !ref.definition || isTemplated(ref.name)) continue;
      const where = cite('000', 541);
      if (ref.name.toLowerCase() === 'all') {
        ctx.report({ code: this.code, severity: 'error', span: ref.word.span, message: `\`all\` cannot be used as a profile name (${where}).` });
      } else if ([...ref.name].length > 31) {
        ctx.report({ code: this.code, severity: 'error', span: ref.word.span, message: `The profile name is ${[...ref.name].length} characters; the limit is 31 (${where}).` });
      } else if (ref.name.length === 0) {
        ctx.report({ code: this.code, severity: 'error', span: ref.word.span, message: `A profile name cannot be empty (${where}).` });
      }
    }
  },
};
