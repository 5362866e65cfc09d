import { cite } from '../sources';
import type { Rule } from './rule';
import { isTemplated, replaceFix } from './util';

/** `destination message-size-limit` (or `message-size`): 50 to 3,145,728 bytes. */
export const rule: Rule = {
  code: 'message-size-limit-range',
  severity: 'error',
  description: 'The destination message size limit must be 50 to 3,145,728 bytes.',
  check(ctx) {
    for (const p of ctx.model.profiles) {
      for (const node of p.commands) {
        if (node.id !== 'destination-message-size-limit' || node.negated !== undefined) continue;
        const w = node.match.args.get('size');
        if (w === undefined || isTemplated(w.value)) continue;
        const where = `${cite('000', 550)}, ${cite('004', 1340)}`;
        const n = /^\d{1,12}$/.test(w.value) ? Number(w.value) : NaN;
        if (Number.isNaN(n)) {
          ctx.report({ code: this.code, severity: 'error', span: w.span, message: `The message size limit must be a number of bytes from 50 to 3145728 (${where}).` });
        } else if (n < 50 || n > 3145728) {
          const clamp = n < 50 ? 50 : 3145728;
          ctx.report({ code: this.code, severity: 'error', span: w.span, message: `${n} bytes is out of range: the message size limit is 50 to 3145728 bytes (${where}).`, fixes: [replaceFix(`Use ${clamp}`, w.span, String(clamp), false)] });
        }
      }
    }
  },
};
