import { cite } from '../sources';
import type { Rule } from './rule';

/** HTTPS destinations need the server's CA: a trustpoint in the file, or the trustpool (on by default). */
export const rule: Rule = {
  code: 'https-without-trustpoint',
  severity: 'information',
  description: 'An HTTPS destination and no trustpoint or trustpool configuration in the file.',
  check(ctx) {
    if (ctx.model.transcript) return; // a transcript shows part of a session; the rest of the config is on the device
    const m = ctx.model;
    if (m.trustpoints.length > 0 || m.trustpoolConfigured || m.chains.length > 0) return;
    for (const p of m.profiles) {
      if (!p.transport.http) continue;
      const d = p.destinations.find((x) => x.kind === 'http' && /^https:\/\//i.test(x.value));
      if (d === undefined) continue;
      ctx.report({
        code: this.code,
        severity: 'information',
        span: d.span,
        message: `HTTPS destination: the device must trust the server's CA, through a trustpoint (\`crypto pki trustpoint\` + \`crypto pki authenticate\`, ${cite('000', 2185)}) or the PKI trustpool, which is enabled by default and holds Cisco's CA on most releases (${cite('000', 1730)}; ${cite('003', 494, 496)}).`,
      });
      return;
    }
  },
};
