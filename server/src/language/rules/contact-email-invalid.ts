import { cite } from '../sources';
import type { Rule } from './rule';
import { isEmailAddress, isTemplated, truncateFix, valueLength } from './util';

/** `contact-email-addr` (and `call-home reporting contact-email-addr`): up to 200 characters, name@domain, no spaces. */
export const rule: Rule = {
  code: 'contact-email-invalid',
  severity: 'error',
  description: 'The contact e-mail address must be an e-mail address of at most 200 characters with no spaces.',
  check(ctx) {
    const settings = [ctx.model.callHome.contactEmail];
    for (const node of ctx.model.callHome.reportingCommands) {
      const w = node.match.args.get('email');
      if (w !== undefined) settings.push({ node, words: [w], value: w.value, span: w.span });
    }
    for (const s of settings) {
      if (s === undefined || isTemplated(s.value)) continue;
      const where = cite('000', 448);
      if (s.words.length > 1 || /\s/.test(s.value)) {
        ctx.report({ code: this.code, severity: 'error', span: s.span, message: `The contact e-mail address cannot contain spaces: enter up to 200 characters in e-mail address format with no spaces (${where}).` });
      } else if (valueLength(s) > 200) {
        ctx.report({ code: this.code, severity: 'error', span: s.span, message: `The contact e-mail address is ${valueLength(s)} characters; the limit is 200 (${where}).`, fixes: [truncateFix(s, 200)] });
      } else if (!isEmailAddress(s.value)) {
        ctx.report({ code: this.code, severity: 'error', span: s.span, message: `\`${s.value}\` is not an e-mail address (expected name@domain, ${where}).` });
      }
    }
  },
};
