import { cite } from '../sources';
import { MODE_TITLES } from '../modes';
import { COMMANDS } from '../commands';
import type { Rule } from './rule';

/** A line inside a call-home, profile or snapshot block that is not a command of that mode (never an error). */
export const rule: Rule = {
  code: 'unknown-command',
  severity: 'warning',
  description: 'A line inside a call-home block is not a command of that mode.',
  check(ctx) {
    if (ctx.model.dialect !== 'ios') return; // IOS XR / NX-OS have call-home commands of their own
    for (const u of ctx.model.unknownLines) {
      const first = u.node.words.find((w) => !['no', 'default'].includes(w.value.toLowerCase())) ?? u.node.words[0]!;
      const mode = MODE_TITLES[u.node.mode];
      if (u.partialKeyword !== undefined) {
        const usages = COMMANDS.filter((c) => c.path[0] === u.partialKeyword && c.modes.includes(u.node.mode)).map((c) => `\`${c.doc.usage}\``);
        ctx.report({ code: this.code, severity: 'warning', span: u.node.span, message: `Incomplete or unrecognized \`${u.partialKeyword}\` command; expected ${usages.join(' or ')}.` });
      } else if (u.suggestion !== undefined) {
        ctx.report({
          code: this.code,
          severity: 'warning',
          span: first.span,
          message: `\`${first.value}\` is not a ${mode} command; did you mean \`${u.suggestion}\`?`,
          fixes: [{ title: `Change to \`${u.suggestion}\``, edits: [{ span: first.span, newText: u.suggestion }], preferred: true }],
        });
      } else {
        ctx.report({ code: this.code, severity: 'warning', span: u.node.span, message: `\`${first.value}\` is not a ${mode} command known to the guides (${cite('004', 398, 417)}); the device may reject it.` });
      }
    }
  },
};
