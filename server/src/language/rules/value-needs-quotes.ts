import { cite } from '../sources';
import type { ValueSetting } from '../model';
import type { Rule } from './rule';
import { isTemplated, quoted, replaceFix, unquotedWithSpaces } from './util';

/** Values with spaces must be enclosed in double quotes (phone-number, street-address, IDs, add-command). */
export const rule: Rule = {
  code: 'value-needs-quotes',
  severity: 'error',
  description: 'A value that contains spaces must be enclosed in double quotes.',
  check(ctx) {
    const ch = ctx.model.callHome;
    const checks: [ValueSetting | undefined, string, string][] = [
      [ch.phoneNumber, 'phone-number', cite('000', 460)],
      [ch.streetAddress, 'street-address', cite('000', 469)],
      [ch.customerId, 'customer-id', cite('000', 479)],
      [ch.siteId, 'site-id', cite('000', 489)],
      [ch.contractId, 'contract-id', cite('000', 499)],
      ...ch.snapshotCommands.map((s): [ValueSetting, string, string] => [s, 'add-command', cite('004', 137)]),
    ];
    for (const [s, label, where] of checks) {
      if (s === undefined || !unquotedWithSpaces(s) || isTemplated(s.value)) continue;
      ctx.report({
        code: this.code,
        severity: 'error',
        span: s.span,
        message: `The ${label} value contains spaces and must be enclosed in double quotes (${where}); without them the device reads only the first word.`,
        fixes: [replaceFix('Enclose in double quotes', s.span, quoted(s))],
      });
    }
  },
};
