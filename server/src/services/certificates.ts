// Certificates as the device shows them (`show crypto pki certificates`): serial, issuer, subject, validity dates
// in IOS's "HH:MM:SS UTC Mon D YYYY" form and the MD5 / SHA-1 fingerprints in 8-digit groups.
import type { Analysis, CertificateChain, CertificateEntry } from '../language';

export interface CertificateAt {
  entry: CertificateEntry;
  chain?: CertificateChain;
  /** Lines [first, last] of the entry: its `certificate …` line through the body. */
  startLine: number;
  endLine: number;
}

/** Every certificate the document carries: chain entries and certificates pasted after `crypto pki authenticate`. */
export function allCertificates(analysis: Analysis): CertificateAt[] {
  const out: CertificateAt[] = [];
  for (const chain of analysis.model.chains) {
    for (const entry of chain.certificates) out.push({ entry, chain, startLine: entry.node.line, endLine: entry.body?.endLine ?? entry.node.line });
  }
  for (const a of analysis.model.authentications) {
    const entry = a.certificate;
    if (entry?.body !== undefined) out.push({ entry, startLine: entry.node.line, endLine: entry.body.endLine });
  }
  return out;
}

/** The certificate whose `certificate` line or body contains `line`. */
export function certificateAtLine(analysis: Analysis, line: number): CertificateAt | undefined {
  return allCertificates(analysis).find((c) => line >= c.startLine && line <= c.endLine && (line > c.startLine || c.entry.node.id === 'certificate'));
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number): string => String(n).padStart(2, '0');

/** `07:10:54 UTC Apr 8 2024`, as IOS prints validity dates. */
export function iosDate(d: Date): string {
  return `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} UTC ${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()} ${d.getUTCFullYear()}`;
}

/** One RDN per line, lower-case attribute names as IOS prints them (`cn=CA`). */
function nameLines(name: string): string[] {
  return name
    .split(/, (?=[A-Za-z][\w.]*=)/)
    .map((rdn) => rdn.replace(/^([A-Za-z][\w.]*)=/, (_m, k: string) => `${k.length <= 2 ? k.toLowerCase() : k}=`));
}

/** Markdown for a hover on a certificate. `now` decides the status line. */
export function certificateMarkdown(c: CertificateAt, now: Date): string {
  const e = c.entry;
  const title = `**Certificate** \`${[e.kind === 'router' ? '' : e.kind, e.serial?.value ?? ''].filter((s) => s !== '').join(' ')}\`${c.chain !== undefined ? ` — chain \`${c.chain.name}\`` : ''}`;
  if (e.fileRef !== undefined) return `${title}\n\nStored in \`${e.fileRef.value}\` on the device; the configuration carries no certificate data.`;
  if (e.decoded === undefined) {
    if (e.body === undefined) return `${title}\n\nNo certificate data.`;
    return `${title}\n\nNot a valid X.509 certificate: ${e.decodeError ?? 'the data cannot be decoded'}.`;
  }
  const d = e.decoded;
  const status = now > d.validTo ? 'Expired' : now < d.validFrom ? 'Not yet valid' : 'Available';
  const lines = [
    `Status: ${status}`,
    `Certificate Serial Number (hex): ${d.serialNumber}`,
    'Issuer:',
    ...nameLines(d.issuer).map((l) => `    ${l}`),
    'Subject:',
    ...nameLines(d.subject).map((l) => `    ${l}`),
    'Validity Date:',
    `    start date: ${iosDate(d.validFrom)}`,
    `    end   date: ${iosDate(d.validTo)}`,
  ];
  if (d.keyType !== undefined) lines.push(`Key: ${d.keyType}${d.keyBits !== undefined ? ` (${d.keyBits} bit)` : ''}`);
  if (d.signatureAlgorithm !== undefined) lines.push(`Signature Algorithm: ${d.signatureAlgorithm}`);
  lines.push(`Fingerprint MD5:  ${d.md5}`, `Fingerprint SHA1: ${d.sha1}`);
  return `${title}${d.selfSigned ? ' (self-signed)' : ''}\n\n\`\`\`text\n${lines.join('\n')}\n\`\`\``;
}

/**
 * The core's blocks, with each certificate chain extended over the hex bodies (and `quit`) of its certificates:
 * the core ends a chain block at its last `certificate` line.
 */
export function editorBlocks(analysis: Analysis): Analysis['blocks'] {
  const certs = allCertificates(analysis);
  return analysis.blocks.map((b) => {
    if (b.kind !== 'cert-chain') return b;
    let end = b.endLine;
    for (const c of certs) {
      if (c.chain === undefined || c.startLine < b.startLine || c.startLine > b.endLine) continue;
      end = Math.max(end, c.endLine + (c.entry.endedByQuit && c.entry.body !== undefined ? 1 : 0));
    }
    return end === b.endLine ? b : { ...b, endLine: Math.min(end, analysis.lineStarts.length - 1) };
  });
}
