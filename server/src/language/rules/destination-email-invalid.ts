import { cite } from '../sources';
import type { Rule } from './rule';
import { isEmailAddress, isTemplated } from './util';

/** `destination address email`: 5–200 characters with an @ (004:L1335). */
export const rule: Rule = {
  code: 'destination-email-invalid',
  severity: 'error',
  description: 'A destination e-mail address must be an e-mail address of 5 to 200 characters.',
  check(ctx) {
    for (const p of ctx.model.profiles) {
      for (const d of p.destinations) {
        if (d.kind !== 'email' || isTemplated(d.value)) continue;
        const where = cite('004', 1335);
        const len = [...d.value].length;
        if (d.value === '') ctx.report({ code: this.code, severity: 'error', span: d.node.span, message: `\`destination address email\` needs an e-mail address (${where}).` });
        else if (/\s/.test(d.value)) ctx.report({ code: this.code, severity: 'error', span: d.span, message: `An e-mail address cannot contain spaces (${where}).` });
        else if (len < 5 || len > 200) ctx.report({ code: this.code, severity: 'error', span: d.span, message: `The e-mail address is ${len} characters; it must be 5 to 200 (${where}).` });
        else if (!isEmailAddress(d.value)) ctx.report({ code: this.code, severity: 'error', span: d.span, message: `\`${d.value}\` is not an e-mail address (expected name@domain, ${where}).` });
      }
    }
  },
};
