import { cite } from '../sources';
import { CISCO_TAC } from '../model';
import type { Rule } from './rule';

/** `profile ciscotac-1` is the predefined CiscoTAC-1 profile, not a new user profile (names are case-insensitive). */
export const rule: Rule = {
  code: 'ciscotac-name-case',
  severity: 'warning',
  description: 'A profile spelled like CiscoTAC-1 in another case is the predefined CiscoTAC-1 profile.',
  check(ctx) {
    for (const ref of ctx.model.references) {
      if (ref.kind !== 'profile' || ref.name === CISCO_TAC || ref.name.toLowerCase() !== CISCO_TAC.toLowerCase()) continue;
      if (ref.node.id !== 'profile' && ref.node.id !== 'copy-profile' && ref.node.id !== 'rename-profile' && !ref.node.id.startsWith('exec-')) continue;
      // Fix (rule tests): `rename profile ciscotac-1 X` is reported by ciscotac-rename; a case fix would leave that error (one problem, one diagnostic).
      if (ref.node.id === 'rename-profile' && !ref.definition) continue;
      ctx.report({
        code: this.code,
        severity: 'warning',
        span: ref.word.span,
        message: `\`${ref.name}\` is the predefined profile ${CISCO_TAC} (profile names are not case-sensitive, ${cite('000', 541)}); write it \`${CISCO_TAC}\`.`,
        fixes: [{ title: `Write \`${CISCO_TAC}\``, edits: [{ span: ref.word.span, newText: ref.word.quote === 'none' ? CISCO_TAC : `"${CISCO_TAC}"` }], preferred: true }],
      });
    }
  },
};
