import { cite } from '../sources';
import { ALERT_GROUPS, MSG_FORMATS, TRANSPORTS } from '../commands';
import type { Rule } from './rule';
import { isTemplated, listOf } from './util';

interface Closed {
  id: string;
  arg: string;
  values: readonly string[];
  where: string;
  /** Closed sets the guides enumerate are errors; alert-group names vary by platform, so those are warnings. */
  severity: 'error' | 'warning';
}

const CLOSED: Closed[] = [
  { id: 'destination-transport-method', arg: 'method', values: TRANSPORTS, where: cite('004', 1353, 1354), severity: 'error' },
  { id: 'destination-preferred-msg-format', arg: 'format', values: MSG_FORMATS, where: cite('000', 549), severity: 'error' },
  { id: 'data-privacy', arg: 'level', values: ['normal', 'high'], where: cite('000', 1292), severity: 'error' },
  { id: 'reporting', arg: 'data', values: ['smart-call-home-data', 'smart-licensing-data', 'all'], where: cite('000', 552), severity: 'error' },
  { id: 'alert-group', arg: 'group', values: ALERT_GROUPS, where: cite('004', 174), severity: 'warning' },
  { id: 'subscribe-to-alert-group', arg: 'group', values: ALERT_GROUPS, where: cite('003', 1049, 1057), severity: 'warning' },
];

/** A keyword argument outside the set the guides document (`destination transport-method ftp`). */
export const rule: Rule = {
  code: 'invalid-keyword-value',
  severity: 'error',
  description: 'A keyword argument is not one of the values the guides document.',
  check(ctx) {
    for (const node of ctx.model.commands) {
      const c = CLOSED.find((x) => x.id === node.id);
      if (c === undefined) continue;
      const w = node.match.args.get(c.arg);
      if (w === undefined || node.match.enums.get(c.arg) !== undefined || isTemplated(w.value)) continue;
      ctx.report({ code: this.code, severity: c.severity, span: w.span, message: `\`${w.value}\` is not valid here; expected ${listOf(c.values)} (${c.where}).` });
    }
  },
};
