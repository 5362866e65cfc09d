import { commandById } from '../commands';
import type { Rule } from './rule';

// Modes whose syntax we check; crypto pki and EXEC show commands are accepted as written.
const CHECKED = new Set(['call-home', 'profile', 'snapshot']);
// Commands whose missing value a value rule reports already (one problem, one diagnostic).
const VALUE_RULED = new Set(['destination-address', 'http-proxy', 'call-home-reporting']);
const CHECKED_GLOBAL = new Set(['service-call-home', 'call-home-reporting', 'exec-call-home-test', 'exec-call-home-send-alert-group', 'exec-call-home-request', 'crypto-pki-trustpoint', 'crypto-pki-authenticate', 'crypto-pki-certificate-chain']);

/** The shape of a known command is off: a missing argument, an unexpected word, an unknown or ambiguous keyword. */
export const rule: Rule = {
  code: 'command-syntax',
  severity: 'warning',
  description: 'A known command has a missing argument, extra words, or an unknown or ambiguous keyword.',
  check(ctx) {
    for (const node of ctx.model.commands) {
      if (node.id === 'unknown' || (!CHECKED.has(node.mode) && !CHECKED_GLOBAL.has(node.id))) continue;
      const spec = commandById(node.id);
      if (spec === undefined) continue;
      for (const issue of node.match.issues) {
        // Values the rules judge (e.g. an e-mail address with spaces) are not reported again here.
        if (issue.kind === 'extra' && ['contact-email-addr', 'mail-server'].includes(node.id)) continue;
        if (issue.kind === 'missing' && VALUE_RULED.has(node.id)) continue;
        let message: string;
        switch (issue.kind) {
          case 'missing':
            message = `Incomplete command: \`${spec.doc.usage}\` expects ${issue.expected.join(' or ')} here.`;
            break;
          case 'extra':
            message = `Unexpected words after the command: \`${spec.doc.usage}\`.`;
            break;
          case 'ambiguous':
            message = `Ambiguous keyword: it could be ${issue.expected.join(', ')}.`;
            break;
          default:
            message = `Unrecognized keyword; expected ${issue.expected.join(' or ')} (\`${spec.doc.usage}\`).`;
        }
        ctx.report({ code: this.code, severity: 'warning', span: issue.span, message });
      }
    }
  },
};
