import { cite } from '../sources';
import type { CertificateEntry } from '../model';
import type { Rule } from './rule';

/** A certificate hex block (or pasted base64 certificate) that does not decode to an X.509 certificate. */
export const rule: Rule = {
  code: 'certificate-invalid',
  severity: 'error',
  description: 'A certificate body is not a valid X.509 certificate.',
  check(ctx) {
    const entries: CertificateEntry[] = [...ctx.model.chains.flatMap((c) => c.certificates), ...ctx.model.authentications.flatMap((a) => (a.certificate === undefined ? [] : [a.certificate]))];
    for (const e of entries) {
      if (e.body === undefined || e.decodeError === undefined) continue;
      const what = e.body.encoding === 'base64' ? 'The pasted CA certificate' : `Certificate ${e.serial?.value ?? ''}`.trim();
      ctx.report({
        code: this.code,
        severity: 'error',
        span: e.body.span,
        message: `${what} is not a valid X.509 certificate: ${e.decodeError}.${e.body.encoding === 'base64' ? ` Paste the certificate exactly as issued (${cite('000', 2266, 2287)}).` : ''}`,
      });
    }
  },
};
