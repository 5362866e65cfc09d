import { cite } from '../sources';
import type { Rule } from './rule';

/** CiscoTAC-1 accepts only the XML message format (000:L549). */
export const rule: Rule = {
  code: 'ciscotac-format',
  severity: 'error',
  description: 'The predefined CiscoTAC-1 profile only allows the xml message format.',
  check(ctx) {
    const tac = ctx.model.profiles.find((p) => p.predefined);
    const node = tac?.formatNode;
    if (tac === undefined || node === undefined || node.negated !== undefined) return;
    const w = node.match.args.get('format');
    // Fix (rule tests): an unknown format word is reported by invalid-keyword-value (one problem, one diagnostic).
    if (w === undefined || node.match.enums.get('format') === 'xml' || node.match.enums.get('format') === undefined) return;
    ctx.report({
      code: this.code,
      severity: 'error',
      span: w.span,
      message: `CiscoTAC-1 only allows the xml message format ("For the predefined Cisco TAC profile, only XML is allowed", ${cite('000', 549)}).`,
      fixes: [{ title: 'Use xml', edits: [{ span: w.span, newText: 'xml' }], preferred: true }],
    });
  },
};
