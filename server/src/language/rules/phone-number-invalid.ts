import { cite } from '../sources';
import type { Rule } from './rule';
import { isTemplated, truncateFix, valueLength } from './util';

/** `phone-number`: begins with +, only digits and dashes (spaces only when quoted), up to 16 characters. */
export const rule: Rule = {
  code: 'phone-number-invalid',
  severity: 'error',
  description: 'The phone number must begin with +, contain only digits and dashes, and have at most 16 characters.',
  check(ctx) {
    const s = ctx.model.callHome.phoneNumber;
    if (s === undefined || isTemplated(s.value)) return;
    const where = cite('000', 460);
    const quotedValue = s.words.length === 1 && s.words[0]!.quote === 'straight';
    const allowed = quotedValue ? /^\+[0-9 -]*$/ : /^\+[0-9-]*$/;
    if (s.words.length > 1 && s.words.some((w) => w.quote === 'none')) return; // value-needs-quotes reports it
    if (!s.value.startsWith('+')) {
      ctx.report({ code: this.code, severity: 'error', span: s.span, message: `The phone number must begin with a plus (+) prefix (${where}).`, fixes: [{ title: 'Add the + prefix', edits: [{ span: { start: s.span.start + (s.words[0]!.quote === 'none' ? 0 : 1), end: s.span.start + (s.words[0]!.quote === 'none' ? 0 : 1) }, newText: '+' }], preferred: true }] });
    } else if (!allowed.test(s.value)) {
      ctx.report({ code: this.code, severity: 'error', span: s.span, message: `The phone number may contain only dashes (-) and numbers after the + (spaces only inside double quotes) (${where}).` });
    } else if (valueLength(s) > 16) {
      ctx.report({ code: this.code, severity: 'error', span: s.span, message: `The phone number is ${valueLength(s)} characters; the limit is 16 (${where}).`, fixes: [truncateFix(s, 16)] });
    }
  },
};
