import { cite } from '../sources';
import { CISCO_TAC } from '../model';
import type { Rule } from './rule';

/** `call-home test|send alert-group|request … profile P` must name a profile of this file (CiscoTAC-1 always exists). */
export const rule: Rule = {
  code: 'exec-unknown-profile',
  severity: 'error',
  description: 'An EXEC call-home command names a profile that is not configured.',
  check(ctx) {
    // A transcript line that only shows an EXEC command says nothing about the profiles on that device.
    if (ctx.model.transcript && !ctx.model.profiles.some((p) => p.configured && !p.predefined)) return;
    const names = new Set(ctx.model.profiles.filter((p) => p.name !== '').map((p) => p.name.toLowerCase()));
    for (const node of ctx.model.execCommands) {
      const p = node.match.args.get('profile');
      if (p === undefined || p.value.toLowerCase() === CISCO_TAC.toLowerCase()) continue;
      if (names.has(p.value.toLowerCase()) && p.value !== '') continue;
      ctx.report({
        code: this.code,
        severity: 'error',
        span: p.span,
        message: `No destination profile \`${p.value}\` is configured in this file (the command needs an existing profile, ${cite('004', 583, 585)}; ${cite('004', 853, 855)}).`,
      });
    }
  },
};
