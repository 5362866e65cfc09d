import { cite } from '../sources';
import type { Rule } from './rule';

/** At most five mail servers: one primary and up to four backups (000:L946). */
export const rule: Rule = {
  code: 'mail-server-count',
  severity: 'error',
  description: 'At most five mail servers can be configured.',
  check(ctx) {
    const servers = ctx.model.callHome.mailServers;
    for (const s of servers.slice(5)) {
      ctx.report({ code: this.code, severity: 'error', span: s.node.span, message: `More than five mail servers: "You can specify up to four backup e-mail servers, for a maximum of five total mail-server definitions" (${cite('000', 946)}).` });
    }
  },
};
