import { cite } from '../sources';
import type { Rule } from './rule';

/** Only one active profile may report Smart Licensing data (000:L525, L552). CiscoTAC-1 does by default. */
export const rule: Rule = {
  code: 'smart-licensing-multiple',
  severity: 'error',
  description: 'More than one active profile reports Smart Licensing data.',
  check(ctx) {
    const reporting = ctx.model.profiles.filter((p) => p.active && p.reporting.smartLicensing && p.name !== '');
    if (reporting.length < 2) return;
    const first = reporting[0]!;
    for (const p of reporting.slice(1)) {
      const node = p.reporting.nodes.find((n) => n.negated === undefined && ['smart-licensing-data', 'all'].includes(n.match.enums.get('data') ?? '')) ?? p.activeNode ?? p.openers[0];
      if (node === undefined) continue;
      ctx.report({
        code: this.code,
        severity: 'error',
        span: node.span,
        message: `Profiles \`${first.name}\`${first.predefined && first.reporting.nodes.length === 0 ? ' (by default)' : ''} and \`${p.name}\` are both active and report Smart Licensing data: "Only one active profile is allowed to report Smart Licensing data at a time" (${cite('000', 552)}).`,
      });
    }
  },
};
