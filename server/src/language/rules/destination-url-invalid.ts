import { cite } from '../sources';
import type { Rule } from './rule';
import { isTemplated, valueStart } from './util';

/** `destination address http`: 8–200 characters, starting http:// or https:// (004:L1336, 003:L742–L752). */
export const rule: Rule = {
  code: 'destination-url-invalid',
  severity: 'error',
  description: 'A destination URL must start with http:// or https:// and have 8 to 200 characters.',
  check(ctx) {
    for (const p of ctx.model.profiles) {
      for (const d of p.destinations) {
        if (d.kind !== 'http' || isTemplated(d.value)) continue;
        const len = [...d.value].length;
        if (d.value === '') {
          ctx.report({ code: this.code, severity: 'error', span: d.node.span, message: `\`destination address http\` needs a URL (${cite('004', 1336)}).` });
        } else if (!/^https?:\/\//i.test(d.value)) {
          ctx.report({ code: this.code, severity: 'error', span: d.span, message: `The URL must include http:// or https:// (${cite('003', 742, 752)}).`, fixes: [{ title: 'Prefix with https://', edits: [{ span: { start: valueStart(d), end: valueStart(d) }, newText: 'https://' }], preferred: true }] });
        } else if (len < 8 || len > 200 || /\s/.test(d.value) || /^https?:\/\/$/i.test(d.value)) {
          ctx.report({ code: this.code, severity: 'error', span: d.span, message: `The URL is ${len} characters${/\s/.test(d.value) ? ' and contains spaces' : ''}; it must be 8 to 200 characters with no spaces (${cite('004', 1336)}).` });
        }
      }
    }
  },
};
