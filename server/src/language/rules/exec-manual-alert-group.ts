import { cite } from '../sources';
import type { Rule } from './rule';

/** Only configuration, crash, diagnostic, inventory (and snapshot) can be sent by hand. */
export const rule: Rule = {
  code: 'exec-manual-alert-group',
  severity: 'error',
  description: '`call-home send alert-group` only sends configuration, crash, diagnostic, inventory or snapshot.',
  check(ctx) {
    for (const node of ctx.model.execCommands) {
      if (node.id !== 'exec-call-home-send-alert-group') continue;
      const g = node.match.args.get('group');
      if (g === undefined) continue;
      const name = node.match.enums.get('group');
      if (name === undefined) {
        ctx.report({ code: this.code, severity: 'error', span: g.span, message: `The ${g.value} alert group cannot be sent manually: "Only the configuration, crash, diagnostic, and inventory alert group messages can be sent manually" (${cite('004', 797)}; snapshot too, ${cite('003', 1451, 1453)}).` });
      } else if (name === 'diagnostic' && !node.match.args.has('slot')) {
        ctx.report({ code: this.code, severity: 'error', span: g.span, message: `\`call-home send alert-group diagnostic\` needs the slot or module: \`diagnostic slot R0\` (${cite('000', 1535)}; ${cite('004', 733, 751)}).` });
      }
    }
  },
};
