import { cite } from '../sources';
import { CISCO_TAC } from '../model';
import type { Rule } from './rule';

/**
 * Profile names are not case-sensitive (000:L541): `profile Noc` and `profile NOC` are one profile, so writing
 * both is a mistake; `copy profile` / `rename profile` onto an existing name collides.
 */
export const rule: Rule = {
  code: 'profile-name-conflict',
  severity: 'error',
  description: 'Two profile names that differ only in case name the same profile; copy/rename targets must be new names.',
  check(ctx) {
    const where = cite('000', 541);
    const seen = new Map<string, string>();
    const tac = CISCO_TAC.toLowerCase();
    for (const ref of ctx.model.references) {
      if (ref.kind !== 'profile') continue;
      const lower = ref.name.toLowerCase();
      if (lower === tac) continue; // ciscotac-name-case handles CiscoTAC-1 spellings
      const id = ref.node.id;
      if (ref.definition && (id === 'copy-profile' || id === 'rename-profile')) {
        if (seen.has(lower)) {
          ctx.report({ code: this.code, severity: 'error', span: ref.word.span, message: `A profile named \`${seen.get(lower)}\` already exists: the ${id === 'copy-profile' ? 'copy' : 'new name'} must be a new profile name (names are not case-sensitive, ${where}).` });
        }
        // Fix (rule tests): keep the first spelling, so a rejected copy/rename target does not rename the existing profile in later messages.
        if (!seen.has(lower)) seen.set(lower, ref.name);
        continue;
      }
      if (!ref.definition) continue;
      const first = seen.get(lower);
      if (first !== undefined && first !== ref.name) {
        ctx.report({ code: this.code, severity: 'error', span: ref.word.span, message: `\`${ref.name}\` is the same profile as \`${first}\`: profile names are not case-sensitive (${where}). Use one spelling.`, fixes: [{ title: `Rename to \`${first}\``, edits: [{ span: ref.word.span, newText: ref.word.quote === 'none' ? first : `"${first}"` }], preferred: true }] });
      }
      if (first === undefined) seen.set(lower, ref.name);
    }
  },
};
