import { cite } from '../sources';
import type { Rule } from './rule';
import { isHost, isTemplated } from './util';

/** Mail server host: IPv4/IPv6 address or a host name of at most 64 characters, optionally `user:password@`. */
export const rule: Rule = {
  code: 'mail-server-host',
  severity: 'error',
  description: 'A mail server must be an IP address or a host name of at most 64 characters.',
  check(ctx) {
    for (const s of ctx.model.callHome.mailServers) {
      if (isTemplated(s.hostWord.value)) continue;
      const start = s.credentialsSpan?.end ?? s.hostWord.span.start + (s.hostWord.quote === 'none' ? 0 : 1);
      const span = { start, end: start + s.host.length };
      if ([...s.host].length > 64) {
        ctx.report({ code: this.code, severity: 'error', span, message: `The mail server name is ${[...s.host].length} characters; "fully qualified domain name (FQDN) of 64 characters or less" (${cite('000', 1008)}).` });
      } else if (!isHost(s.host)) {
        ctx.report({ code: this.code, severity: 'error', span, message: `\`${s.host}\` is not an IPv4/IPv6 address or host name (${cite('000', 1006, 1008)}).` });
      } else if (s.credentialsSpan !== undefined && (s.username === undefined || s.username === '')) {
        ctx.report({ code: this.code, severity: 'error', span: s.credentialsSpan, message: 'The credentials before `@` need a user name (`user:password@host`).' });
      }
    }
  },
};
