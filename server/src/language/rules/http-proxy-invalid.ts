import { cite } from '../sources';
import type { Word } from '../types';
import type { Rule, RuleContext } from './rule';
import { isHost, isTemplated } from './util';

/** `http-proxy HOST port N` (also in `call-home reporting`): host ≤ 64, port 1–65535, one proxy. */
export const rule: Rule = {
  code: 'http-proxy-invalid',
  severity: 'error',
  description: 'The HTTP proxy needs a host of at most 64 characters and a port from 1 to 65535; only one proxy can be set.',
  check(ctx) {
    const proxies = ctx.model.callHome.httpProxies;
    for (const p of proxies) checkProxy(ctx, this.code, p.host, p.port, p.node.span);
    for (const node of ctx.model.callHome.reportingCommands) {
      if (!node.match.keywords.some((k) => k.keyword === 'http-proxy')) continue;
      checkProxy(ctx, this.code, node.match.args.get('proxyHost'), node.match.args.get('proxyPort'), node.span);
    }
    for (const extra of proxies.slice(1)) {
      ctx.report({ code: this.code, severity: 'error', span: extra.node.span, message: `Only one HTTP proxy can be configured; this line replaces the one on line ${proxies[0]!.node.line + 1} (${cite('004', 1615, 1617)}).` });
    }
  },
};

function checkProxy(ctx: RuleContext, code: string, host: Word | undefined, port: Word | undefined, span: { start: number; end: number }): void {
  const where = cite('004', 1625, 1629);
  if (host === undefined && port !== undefined) {
    // `http-proxy port 1` (the guide's own example, 004:L1649) leaves the server out.
    ctx.report({ code, severity: 'warning', span, message: `The proxy server is missing: the syntax is \`http-proxy {ipv4-address | ipv6-address | name} port port-number\` (${cite('004', 1617)}); the guide's example omits it too (${cite('004', 1649)}).` });
    return;
  }
  if (host === undefined) return;
  if (!isTemplated(host.value)) {
    if ([...host.value].length > 64) ctx.report({ code, severity: 'error', span: host.span, message: `The proxy host is ${[...host.value].length} characters; the maximum length is 64 (${where}).` });
    else if (!isHost(host.value)) ctx.report({ code, severity: 'error', span: host.span, message: `\`${host.value}\` is not an IPv4/IPv6 address or host name (${where}).` });
  }
  if (port === undefined) {
    ctx.report({ code, severity: 'error', span, message: `The HTTP proxy needs a port: \`port <1-65535>\` (${where}).` });
    return;
  }
  if (isTemplated(port.value)) return;
  const n = /^\d{1,9}$/.test(port.value) ? Number(port.value) : NaN;
  if (Number.isNaN(n) || n < 1 || n > 65535) ctx.report({ code, severity: 'error', span: port.span, message: `The proxy port must be 1 to 65535 (${where}).` });
}
