import { cite } from '../sources';
import type { Rule } from './rule';

/** `source-interface` and `source-ip-address` are mutually exclusive (003:L1287–L1305). */
export const rule: Rule = {
  code: 'source-interface-conflict',
  severity: 'error',
  description: 'source-interface and source-ip-address cannot both be set.',
  check(ctx) {
    const ch = ctx.model.callHome;
    if (ch.sourceInterface === undefined || ch.sourceIpAddress === undefined) return;
    const later = ch.sourceInterface.node.line > ch.sourceIpAddress.node.line ? ch.sourceInterface : ch.sourceIpAddress;
    const earlier = later === ch.sourceInterface ? ch.sourceIpAddress : ch.sourceInterface;
    ctx.report({
      code: this.code,
      severity: 'error',
      span: later.node.span,
      message: `"At one time, you can specify the source-interface name or the source-ip-address, but not both" (${cite('003', 1287, 1289)}); line ${earlier.node.line + 1} already sets the other one.`,
    });
  },
};
