import { cite } from '../sources';
import type { CertificateEntry } from '../model';
import type { Rule } from './rule';

const DAY = 86_400_000;

/** Expired certificates [warning], and certificates expiring within 90 days [information]. */
export const rule: Rule = {
  code: 'certificate-expiry',
  severity: 'warning',
  description: 'A certificate has expired or expires within 90 days.',
  check(ctx) {
    const entries: CertificateEntry[] = [...ctx.model.chains.flatMap((c) => c.certificates), ...ctx.model.authentications.flatMap((a) => (a.certificate === undefined ? [] : [a.certificate]))];
    const now = ctx.now.getTime();
    for (const e of entries) {
      const d = e.decoded;
      if (d === undefined || e.body === undefined) continue;
      const to = d.validTo.getTime();
      const day = d.validTo.toISOString().slice(0, 10);
      const anchor = e.node.span;
      if (to < now) {
        ctx.report({ code: this.code, severity: 'warning', span: anchor, message: `Certificate ${d.serialNumber} (${d.subject}) expired on ${day}.${e.kind === 'ca' ? ` An expired CA certificate breaks HTTPS to servers it anchors; the Cisco CA certificate is updated periodically (${cite('003', 277, 283)}).` : ''}` });
      } else if (to - now < 90 * DAY) {
        ctx.report({ code: this.code, severity: 'information', span: anchor, message: `Certificate ${d.serialNumber} (${d.subject}) expires on ${day}, in ${Math.ceil((to - now) / DAY)} days (${cite('003', 277, 283)}).` });
      }
    }
  },
};
