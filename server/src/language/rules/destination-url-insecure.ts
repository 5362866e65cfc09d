import { cite } from '../sources';
import type { Rule } from './rule';
import { valueStart } from './util';

/** Plain http:// to a Cisco host: the Smart Call Home back end is reached over HTTPS. */
export const rule: Rule = {
  code: 'destination-url-insecure',
  severity: 'warning',
  description: 'A plain http:// destination on a Cisco host should use https://.',
  check(ctx) {
    for (const p of ctx.model.profiles) {
      for (const d of p.destinations) {
        const m = /^http:\/\/([^/:?#]+)/i.exec(d.value);
        if (m === null || !/(^|\.)cisco\.com$/i.test(m[1]!)) continue;
        ctx.report({
          code: this.code,
          severity: 'warning',
          span: d.span,
          message: `Plain HTTP to ${m[1]}: the Smart Call Home service is reached over HTTPS (${cite('003', 3435, 3437)}; ${cite('003', 4009, 4011)}).`,
          fixes: [{ title: 'Use https://', edits: [{ span: { start: valueStart(d), end: valueStart(d) + 7 }, newText: 'https://' }], preferred: true }],
        });
      }
    }
  },
};
