import { cite } from '../sources';
import type { Rule } from './rule';

/** `crypto pki authenticate X` names a trustpoint that the file does not declare. */
export const rule: Rule = {
  code: 'trustpoint-unknown',
  severity: 'error',
  description: '`crypto pki authenticate` names a trustpoint that is not declared with `crypto pki trustpoint`.',
  check(ctx) {
    if (ctx.model.transcript && ctx.model.trustpoints.length === 0) return; // the trustpoint was declared earlier on that device
    const names = new Set(ctx.model.trustpoints.map((t) => t.name));
    for (const a of ctx.model.authentications) {
      if (a.name === undefined || names.has(a.name.value)) continue;
      const near = ctx.model.trustpoints.find((t) => t.name.toLowerCase() === a.name!.value.toLowerCase());
      ctx.report({
        code: this.code,
        severity: 'error',
        span: a.name.span,
        message: `No \`crypto pki trustpoint ${a.name.value}\` in this file: "The CA name should match the name specified in the crypto pki trustpoint command" (${cite('000', 2261)}).${near !== undefined ? ` Trustpoint names are case-sensitive; did you mean \`${near.name}\`?` : ''}`,
        fixes: near === undefined ? [] : [{ title: `Use \`${near.name}\``, edits: [{ span: a.name.span, newText: near.name }], preferred: true }],
      });
    }
  },
};
