import { cite } from '../sources';
import type { Rule } from './rule';
import { isTemplated } from './util';

/** `mail-server … priority N`: required, 1 (highest) to 100 (lowest) (000:L951). */
export const rule: Rule = {
  code: 'mail-server-priority',
  severity: 'error',
  description: 'Each mail server needs a priority from 1 to 100.',
  check(ctx) {
    const servers = ctx.model.callHome.mailServers;
    const used = new Set(servers.map((s) => s.priority).filter((p): p is number => p !== undefined));
    for (const s of servers) {
      const where = cite('000', 951);
      if (s.priorityWord === undefined) {
        let free = 1;
        while (used.has(free) && free < 100) free++;
        ctx.report({
          code: this.code,
          severity: 'error',
          span: s.hostWord.span,
          message: `\`mail-server\` needs a priority: \`mail-server ${s.host} priority <1-100>\` (${where}).`,
          fixes: [{ title: `Add \`priority ${free}\``, edits: [{ span: { start: s.hostWord.span.end, end: s.hostWord.span.end }, newText: ` priority ${free}` }], preferred: true }],
        });
      } else if (!isTemplated(s.priorityWord.value) && (s.priority === undefined || s.priority < 1 || s.priority > 100)) {
        ctx.report({ code: this.code, severity: 'error', span: s.priorityWord.span, message: `Mail-server priority must be a number from 1 (highest) to 100 (lowest) (${where}).` });
      }
    }
  },
};
