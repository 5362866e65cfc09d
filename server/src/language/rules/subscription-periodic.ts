import { cite } from '../sources';
import type { Subscription } from '../model';
import type { Span } from '../types';
import type { Rule, RuleContext } from './rule';
import { isTemplated } from './util';

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/**
 * Periodic subscriptions: only configuration, inventory and snapshot (hourly and interval only snapshot);
 * `daily [hh:mm]`, `weekly [day hh:mm]`, `monthly [1-31 hh:mm]` with day/date and time both given or both left out.
 */
export const rule: Rule = {
  code: 'subscription-periodic',
  severity: 'error',
  description: 'A periodic subscription must use a group and schedule the guides allow, with valid times.',
  check(ctx) {
    for (const p of ctx.model.profiles) for (const s of p.subscriptions) if (s.periodic !== undefined) checkOne(ctx, this.code, s);
  },
};

function checkOne(ctx: RuleContext, code: string, s: Subscription): void {
  const per = s.periodic!;
  const group = s.groupName ?? s.group.value.toLowerCase();
  const where = cite('003', 1106, 1127);
  const err = (span: Span, message: string): void => ctx.report({ code, severity: 'error', span, message });
  if (!['configuration', 'inventory', 'snapshot', 'all'].includes(group)) {
    err(per.keyword.span, `Periodic messages are only for the configuration, inventory and snapshot alert groups, not ${group} (${where}; ${cite('000', 756, 758)}).`);
    return;
  }
  if ((per.kind === 'hourly' || per.kind === 'interval') && group !== 'snapshot') {
    err(per.keyword.span, `\`periodic ${per.kind}\` is only for the snapshot alert group (${where}).`);
    return;
  }
  const vals = per.values;
  if (vals.some((v) => isTemplated(v.value))) return;
  const time = (i: number): void => {
    const v = vals[i]!;
    const m = /^(\d{1,2}):(\d{2})$/.exec(v.value);
    if (m === null || Number(m[1]) > 23 || Number(m[2]) > 59) err(v.span, `\`${v.value}\` is not a time of day: use hh:mm on a 24-hour clock, 00:00 to 23:59 (${cite('000', 760)}).`);
  };
  switch (per.kind) {
    case 'daily':
      if (vals.length >= 1) time(0);
      return;
    case 'weekly':
    case 'monthly': {
      if (vals.length === 1) {
        err(vals[0]!.span, per.kind === 'weekly'
          ? `\`periodic weekly\` takes the day of the week and the time of day together (\`weekly monday 14:30\`), or neither (${cite('000', 761)}).`
          : `\`periodic monthly\` takes the date (1–31) and the time of day together (\`monthly 14 10:30\`), or neither (${cite('000', 762)}).`);
        return;
      }
      if (vals.length < 2) return;
      const d = vals[0]!;
      if (per.kind === 'weekly' && !WEEKDAYS.includes(d.value.toLowerCase())) err(d.span, `\`${d.value}\` is not a day of the week: spell it out, monday to sunday (${cite('000', 761)}).`);
      if (per.kind === 'monthly' && !(/^\d{1,2}$/.test(d.value) && Number(d.value) >= 1 && Number(d.value) <= 31)) err(d.span, `The date must be a number from 1 to 31 (${cite('000', 762)}).`);
      time(1);
      return;
    }
    case 'hourly': {
      const v = vals[0];
      if (v !== undefined && !(/^\d{1,2}$/.test(v.value) && Number(v.value) <= 59)) err(v.span, `The minute of the hour must be 0 to 59 (${where}).`);
      return;
    }
    case 'interval': {
      const v = vals[0];
      if (v !== undefined && !(/^\d{1,2}$/.test(v.value) && Number(v.value) >= 1 && Number(v.value) <= 60)) err(v.span, `The interval must be 1 to 60 minutes (${where}).`);
      return;
    }
  }
}
