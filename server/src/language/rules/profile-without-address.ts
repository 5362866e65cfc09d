import { cite } from '../sources';
import type { CommandNode } from '../model';
import type { Rule } from './rule';

/** An active user profile whose enabled transport method has no destination address cannot deliver anything. */
export const rule: Rule = {
  code: 'profile-without-address',
  severity: 'warning',
  description: 'An active user profile has an enabled transport method without a destination address.',
  check(ctx) {
    if (ctx.model.transcript) return; // a transcript shows part of a session; the rest of the config is on the device
    for (const p of ctx.model.profiles) {
      if (p.predefined || !p.active || p.name === '' || p.openers.length === 0) continue;
      const opener = p.openers[0]!;
      const nameWord = opener.match.args.get('name') ?? opener.words[0]!;
      const has = (k: 'email' | 'http'): boolean => p.destinations.some((d) => d.kind === k);
      const explicitMethods = p.transport.explicit.length > 0;
      for (const method of ['email', 'http'] as const) {
        if (!p.transport[method] || has(method)) continue;
        const other = method === 'email' ? 'http' : 'email';
        const hint =
          method === 'email' && !explicitMethods && has('http')
            ? ` The transport method is e-mail by default: add \`destination transport-method http\` to use the HTTP address.`
            : ` Add \`destination address ${method} …\`.`;
        const fixes =
          method === 'email' && !explicitMethods && has('http')
            ? [{ title: 'Add `destination transport-method http`', edits: [{ span: { start: lineEndOf(ctx.analysis.text, opener.span.end), end: lineEndOf(ctx.analysis.text, opener.span.end) }, newText: `\n${childIndent(ctx.analysis, p.commands, opener)}destination transport-method http` }], preferred: true }]
            : [];
        void other;
        ctx.report({
          code: this.code,
          severity: 'warning',
          span: nameWord.span,
          message: `Profile \`${p.name}\` is active with ${method === 'email' ? 'e-mail' : 'HTTP'} transport but has no ${method === 'email' ? 'e-mail address' : 'HTTP URL'}: "there is no default for the destination address" (${cite('004', 1390)}).${hint}`,
          fixes,
        });
      }
    }
  },
};

/**
 * Fix (rule tests): indent the inserted line like the profile's own commands. Flat `configure terminal` input has
 * no indentation, and an indented line there would end the flat block at the next line (the address would be lost).
 */
function childIndent(analysis: { lineStarts: number[] }, commands: readonly CommandNode[], opener: CommandNode): string {
  const child = commands.find((n) => n.line > opener.line && n.prompted !== true);
  const col = (n: CommandNode): number => n.span.start - (analysis.lineStarts[n.line] ?? n.span.start);
  return ' '.repeat(child !== undefined ? col(child) : col(opener) + 1);
}

function lineEndOf(text: string, from: number): number {
  const e = text.indexOf('\n', from);
  return e < 0 ? text.length : e;
}
