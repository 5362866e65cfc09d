import { cite } from '../sources';
import type { Rule } from './rule';
import { isTemplated, replaceFix } from './util';

/** `rate-limit`: 1 to 60 messages per minute (000:L1128–L1130). */
export const rule: Rule = {
  code: 'rate-limit-range',
  severity: 'error',
  description: 'The rate limit must be 1 to 60 messages per minute.',
  check(ctx) {
    const s = ctx.model.callHome.rateLimit;
    if (s === undefined || isTemplated(s.value)) return;
    const where = cite('000', 1128, 1130);
    const n = /^\d{1,9}$/.test(s.value) ? Number(s.value) : NaN;
    if (Number.isNaN(n)) ctx.report({ code: this.code, severity: 'error', span: s.span, message: `The rate limit must be a number of messages per minute from 1 to 60 (${where}).` });
    else if (n < 1 || n > 60) ctx.report({ code: this.code, severity: 'error', span: s.span, message: `${n} is out of range: the rate limit is 1 to 60 messages per minute (default 20) (${where}).`, fixes: [replaceFix(`Use ${n < 1 ? 1 : 60}`, s.span, String(n < 1 ? 1 : 60), false)] });
  },
};
