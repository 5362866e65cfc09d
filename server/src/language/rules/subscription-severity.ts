import { cite } from '../sources';
import { SEVERITIES } from '../commands';
import type { Rule } from './rule';
import { isTemplated, listOf } from './util';

/** Severity thresholds: only diagnostic, environment and syslog, and only the ten documented level names. */
export const rule: Rule = {
  code: 'subscription-severity',
  severity: 'error',
  description: 'A severity threshold applies only to diagnostic, environment and syslog, with one of the ten level keywords.',
  check(ctx) {
    for (const p of ctx.model.profiles) {
      for (const s of p.subscriptions) {
        if (s.severity === undefined || isTemplated(s.severity.word.value)) continue;
        const group = s.groupName ?? s.group.value.toLowerCase();
        if (s.severity.level === undefined) {
          ctx.report({ code: this.code, severity: 'error', span: s.severity.word.span, message: `\`${s.severity.word.value}\` is not a Call Home severity; use one of ${listOf(SEVERITIES)} (${cite('000', 780, 868)}).` });
        } else if (!['diagnostic', 'environment', 'syslog', 'all'].includes(group)) {
          const kw = s.node.match.keywords.find((k) => k.keyword === 'severity');
          ctx.report({ code: this.code, severity: 'error', span: kw?.word.span ?? s.severity.word.span, message: `A severity threshold can only be set for the diagnostic, environment and syslog alert groups, not ${group} (${cite('003', 1129, 1138)}; ${cite('000', 765)}).` });
        }
      }
    }
  },
};
