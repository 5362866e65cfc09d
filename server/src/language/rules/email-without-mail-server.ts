import { cite } from '../sources';
import type { Rule } from './rule';

/** E-mail transport needs at least one `mail-server` (000:L946). */
export const rule: Rule = {
  code: 'email-without-mail-server',
  severity: 'warning',
  description: 'An active profile uses e-mail transport but no mail server is configured.',
  check(ctx) {
    if (ctx.model.transcript) return; // a transcript shows part of a session; the rest of the config is on the device
    const ch = ctx.model.callHome;
    if (ch.mailServers.length > 0 || ch.openers.length === 0) return;
    for (const p of ctx.model.profiles) {
      if (!p.active || !p.transport.email || p.name === '') continue;
      // CiscoTAC-1 only counts when this file configures it.
      if (p.predefined && !p.configured) continue;
      // A user profile with no e-mail address at all is reported by profile-without-address (one problem, one diagnostic).
      if (!p.predefined && !p.destinations.some((d) => d.kind === 'email')) continue;
      const anchor = p.transport.explicit.find((n) => n.match.enums.get('method') === 'email') ?? p.activeNode ?? p.openers[0];
      if (anchor === undefined) continue;
      ctx.report({
        code: this.code,
        severity: 'warning',
        span: anchor === p.openers[0] ? (anchor.match.args.get('name')?.span ?? anchor.span) : anchor.span,
        message: `Profile \`${p.name}\` sends by e-mail${p.transport.explicit.length === 0 ? ' (the default transport method)' : ''}, but no \`mail-server\` is configured: "you must configure at least one Simple Mail Transfer Protocol (SMTP) e-mail server address" (${cite('000', 946)}).`,
      });
    }
  },
};
