import { cite } from '../sources';
import type { Rule } from './rule';

/** Backup mail servers are defined "using different priority numbers" (000:L950). */
export const rule: Rule = {
  code: 'mail-server-duplicate-priority',
  severity: 'warning',
  description: 'Two mail servers share one priority, so their order is undefined.',
  check(ctx) {
    const first = new Map<number, number>();
    for (const s of ctx.model.callHome.mailServers) {
      if (s.priority === undefined || s.priorityWord === undefined) continue;
      const seen = first.get(s.priority);
      if (seen === undefined) first.set(s.priority, s.node.line);
      else ctx.report({ code: this.code, severity: 'warning', span: s.priorityWord.span, message: `Priority ${s.priority} is already used by the mail server on line ${seen + 1}: backup servers are "defined by repeating the mail-server command using different priority numbers" (${cite('000', 950)}).` });
    }
  },
};
