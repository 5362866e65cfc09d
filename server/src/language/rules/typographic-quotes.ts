import { cite } from '../sources';
import type { Rule } from './rule';

/** “Typographic” quotes (the guides print them) are not quotes to IOS: they become part of the value. */
export const rule: Rule = {
  code: 'typographic-quotes',
  severity: 'warning',
  description: 'Typographic quotes are not string delimiters on the device; use straight double quotes.',
  check(ctx) {
    for (const node of ctx.model.commands) {
      for (const w of node.words) {
        if (w.quote !== 'typographic') continue;
        ctx.report({
          code: this.code,
          severity: 'warning',
          span: w.span,
          message: `Typographic quotes (${w.text[0]}…${w.text[w.text.length - 1]}) are not quotes to IOS: they become part of the value. The guides print them (e.g. ${cite('000', 466)}); type straight double quotes.`,
          fixes: [{ title: 'Use straight double quotes', edits: [{ span: w.span, newText: `"${w.value}"` }], preferred: true }],
        });
      }
    }
  },
};
