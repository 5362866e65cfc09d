import { cite } from '../sources';
import type { Rule } from './rule';

/** A call-home block without a contact e-mail address: the device sends nothing until one is set. */
export const rule: Rule = {
  code: 'contact-email-missing',
  severity: 'warning',
  description: 'Call Home sends no message until the contact e-mail address is configured.',
  check(ctx) {
    if (ctx.model.transcript) return; // a transcript shows part of a session; the rest of the config is on the device
    if (ctx.model.dialect !== 'ios') return; // IOS XR / NX-OS have call-home commands of their own
    const ch = ctx.model.callHome;
    const opener = ch.openers[0];
    if (opener === undefined || ch.contactEmail !== undefined) return;
    if (ch.reportingCommands.some((n) => n.match.args.has('email'))) return;
    // Only a block written in this file counts (a transcript line that merely enters call-home mode does too).
    const word = opener.words.find((w) => w.value.toLowerCase().startsWith('call')) ?? opener.words[0]!;
    ctx.report({
      code: this.code,
      severity: 'warning',
      span: word.span,
      message: `No \`contact-email-addr\` in this call-home block: "Call Home will not send any message until the contact person's email address is configured" (${cite('003', 242, 243)}; ${cite('000', 396)}).`,
    });
  },
};
