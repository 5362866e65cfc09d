import { cite } from '../sources';
import type { Rule } from './rule';

/** A user profile sending to the Smart Call Home service (callhome@cisco.com, tools.cisco.com) must use xml. */
export const rule: Rule = {
  code: 'smart-call-home-format',
  severity: 'error',
  description: 'Profiles that send to the Smart Call Home service must use the xml message format.',
  check(ctx) {
    for (const p of ctx.model.profiles) {
      if (p.predefined || p.format === 'xml') continue; // CiscoTAC-1: ciscotac-format reports it
      const sch = p.destinations.find((d) => /^callhome@cisco\.com$/i.test(d.value) || /^https?:\/\/tools\.cisco\.com(\/|:|$)/i.test(d.value));
      if (sch === undefined) continue;
      const fw = p.formatNode?.match.args.get('format');
      // Fix (rule tests): an unknown format word is reported by invalid-keyword-value (one problem, one diagnostic).
      if (fw !== undefined && p.formatNode!.match.enums.get('format') === undefined) continue;
      const span = fw?.span ?? sch.span;
      ctx.report({
        code: this.code,
        severity: 'error',
        span,
        message: `\`${sch.value}\` is the Smart Call Home service, which needs the xml message format ("If you use the Cisco Smart Call Home service, the destination profile must use the XML message format", ${cite('000', 549)}); this profile sends ${p.format}.`,
        fixes: fw === undefined ? [] : [{ title: 'Use xml', edits: [{ span: fw.span, newText: 'xml' }], preferred: true }],
      });
    }
  },
};
