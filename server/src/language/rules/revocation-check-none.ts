import { cite } from '../sources';
import type { Rule } from './rule';

/** `revocation-check none`: allowed, but the guide says skipping revocation checks is not recommended. */
export const rule: Rule = {
  code: 'revocation-check-none',
  severity: 'information',
  description: 'Certificate revocation checking is disabled, which the guide does not recommend.',
  check(ctx) {
    for (const tp of ctx.model.trustpoints) {
      const r = tp.revocation;
      // Fix (rule tests): methods are keywords the device accepts abbreviated (`revocation-check n`); resolve by prefix.
      const methods = r === undefined ? [] : r.methods.map((m) => ['crl', 'none', 'ocsp'].find((k) => k.startsWith(m)) ?? m);
      if (r === undefined || r.node.negated !== undefined || methods.length !== 1 || methods[0] !== 'none') continue;
      ctx.report({
        code: this.code,
        severity: 'information',
        span: r.node.span,
        message: `Trustpoint \`${tp.name}\` does not check certificate revocation: "Failing to check certificate revocation is NOT recommended" (${cite('003', 4019, 4024)}).`,
      });
    }
  },
};
