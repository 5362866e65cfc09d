import { cite } from '../sources';
import type { Rule } from './rule';
import { isTemplated, replaceFix } from './util';

/** Syslog patterns: quoted when they contain spaces, at most 80 characters, at most five per profile. */
export const rule: Rule = {
  code: 'syslog-pattern',
  severity: 'error',
  description: 'A syslog pattern must be quoted if it has spaces, be at most 80 characters, and a profile may have at most five.',
  check(ctx) {
    const where = cite('003', 1174, 1181);
    for (const p of ctx.model.profiles) {
      let count = 0;
      for (const s of p.subscriptions) {
        const words = s.pattern;
        if (words === undefined) continue;
        count++;
        const span = { start: words[0]!.span.start, end: words[words.length - 1]!.span.end };
        const value = words.map((w) => w.value).join(' ');
        if (isTemplated(value)) continue;
        const group = s.groupName ?? s.group.value.toLowerCase();
        if (group !== 'syslog' && group !== 'all') {
          ctx.report({ code: this.code, severity: 'error', span, message: `A pattern can only be given for the syslog alert group (${where}).` });
        } else if (words.length > 1 && words.some((w) => w.quote === 'none')) {
          ctx.report({ code: this.code, severity: 'error', span, message: `"If the pattern contains spaces, you must enclose it in quotes" (${where}).`, fixes: [replaceFix('Enclose in double quotes', span, `"${value.replace(/"/g, '')}"`)] });
        } else if ([...value].length > 80) {
          ctx.report({ code: this.code, severity: 'error', span, message: `The syslog pattern is ${[...value].length} characters; the limit is 80.` });
        }
        if (count > 5) ctx.report({ code: this.code, severity: 'error', span, message: `More than five syslog patterns in profile \`${p.name}\`: "You can specify up to five patterns for each destination profile" (${where}).` });
      }
    }
  },
};
