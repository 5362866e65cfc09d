import { cite } from '../sources';
import type { ValueSetting } from '../model';
import type { Severity } from '../types';
import type { Rule } from './rule';
import { isTemplated, truncateFix, valueLength } from './util';

interface Limit {
  label: string;
  max: number;
  where: string;
  /** For customer-id: above `max` a warning, above `hardMax` an error (the guides say 64, the command reference 256). */
  hardMax?: number;
}

/** Maximum lengths of call-home values and names (each limit cited from the guides). */
export const rule: Rule = {
  code: 'value-too-long',
  severity: 'error',
  description: 'A value is longer than the guides allow (street-address, site-id, contract-id, customer-id, source-interface, source-ip-address, aaa-authorization username, add-command, trustpoint name).',
  check(ctx) {
    const ch = ctx.model.callHome;
    const checks: [ValueSetting | undefined, Limit][] = [
      [ch.streetAddress, { label: 'street-address', max: 200, where: cite('000', 469) }],
      [ch.siteId, { label: 'site-id', max: 200, where: cite('000', 489) }],
      [ch.contractId, { label: 'contract-id', max: 64, where: cite('000', 499) }],
      [ch.customerId, { label: 'customer-id', max: 64, hardMax: 256, where: `${cite('000', 479)}; ${cite('004', 1213)} allows 256` }],
      [ch.sourceInterface, { label: 'source-interface', max: 64, where: cite('000', 1042) }],
      [ch.sourceIpAddress, { label: 'source-ip-address', max: 64, where: cite('000', 1058) }],
      [ch.aaaAuthorization.username, { label: 'aaa-authorization username', max: 64, where: cite('000', 1236) }],
      ...ch.snapshotCommands.map((s): [ValueSetting, Limit] => [s, { label: 'add-command', max: 128, where: cite('000', 928) }]),
    ];
    for (const tp of ctx.model.trustpoints) {
      checks.push([{ node: tp.node, words: [tp.nameWord], value: tp.name, span: tp.nameWord.span }, { label: 'trustpoint name', max: 128, where: cite('003', 3090, 3092) }]);
    }
    for (const [s, limit] of checks) {
      if (s === undefined || isTemplated(s.value)) continue;
      const len = valueLength(s);
      if (len <= limit.max) continue;
      let severity: Severity = 'error';
      let message = `${limit.label} is ${len} characters; the limit is ${limit.max} (${limit.where}).`;
      if (limit.hardMax !== undefined) {
        if (len <= limit.hardMax) {
          severity = 'warning';
          message = `${limit.label} is ${len} characters: the configuration guides allow 64, the command reference 256 (${limit.where}); some releases reject it.`;
        } else message = `${limit.label} is ${len} characters; the limit is ${limit.hardMax} (${limit.where}).`;
      }
      ctx.report({ code: this.code, severity, span: s.span, message, fixes: [truncateFix(s, limit.max)] });
    }
  },
};
