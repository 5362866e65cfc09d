// Decodes the certificates a config carries: running-config hex blocks (`certificate ca 01` … `quit`) and
// base64 pasted after `crypto pki authenticate`. Uses Node's X509Certificate (OpenSSL) and never throws.
import { createHash, X509Certificate } from 'node:crypto';

export interface DecodedCertificate {
  subject: string;
  issuer: string;
  serialNumber: string;
  validFrom: Date;
  validTo: Date;
  /** Upper-case hex in 4-byte groups, as IOS prints them (`Fingerprint MD5: A2339B4C 747873D4 …`). */
  md5: string;
  sha1: string;
  sha256: string;
  selfSigned: boolean;
  keyType?: string;
  keyBits?: number;
  signatureAlgorithm?: string;
  der: Buffer;
  /** PEM text, for TLS trust stores. */
  pem: string;
}

/** Turns `30820321 30820209 A003…` (any case, any spacing) into bytes; undefined when it is not hex. */
export function hexToBytes(text: string): Buffer | undefined {
  const compact = text.replace(/\s+/g, '');
  if (compact.length === 0 || compact.length % 2 !== 0 || !/^[0-9a-fA-F]+$/.test(compact)) return undefined;
  return Buffer.from(compact, 'hex');
}

/** Base64 lines (optionally with BEGIN/END markers) into bytes; undefined when it is not base64. */
export function base64ToBytes(text: string): Buffer | undefined {
  const body = text.replace(/-----(BEGIN|END)[^-]*-----/g, '').replace(/\s+/g, '');
  if (body.length === 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(body) || body.length % 4 === 1) return undefined;
  return Buffer.from(body, 'base64');
}

function groups(hex: string): string {
  return hex.toUpperCase().replace(/:/g, '').replace(/(.{8})(?=.)/g, '$1 ');
}

/** Parses DER bytes as an X.509 certificate; returns an error text instead of throwing. */
export function decodeCertificate(der: Buffer): DecodedCertificate | { error: string } {
  if (der.length < 16 || der[0] !== 0x30) return { error: 'the data does not start with an ASN.1 SEQUENCE' };
  try {
    const cert = new X509Certificate(der);
    const md5 = createHash('md5').update(der).digest('hex');
    const sha1 = createHash('sha1').update(der).digest('hex');
    const sha256 = createHash('sha256').update(der).digest('hex');
    const key = cert.publicKey;
    const details = key.asymmetricKeyDetails;
    const b64 = der.toString('base64').replace(/(.{64})/g, '$1\n').replace(/\n$/, '');
    const out: DecodedCertificate = {
      subject: cert.subject.replace(/\n/g, ', '),
      issuer: cert.issuer.replace(/\n/g, ', '),
      serialNumber: cert.serialNumber.toUpperCase(),
      validFrom: new Date(cert.validFrom),
      validTo: new Date(cert.validTo),
      md5: groups(md5),
      sha1: groups(sha1),
      sha256: groups(sha256),
      selfSigned: cert.subject === cert.issuer,
      der,
      pem: `-----BEGIN CERTIFICATE-----\n${b64}\n-----END CERTIFICATE-----\n`,
    };
    if (key.asymmetricKeyType !== undefined) out.keyType = key.asymmetricKeyType.toUpperCase();
    if (details?.modulusLength !== undefined) out.keyBits = details.modulusLength;
    const sig = sigAlgorithm(der);
    if (sig !== undefined) out.signatureAlgorithm = sig;
    if (Number.isNaN(out.validFrom.getTime()) || Number.isNaN(out.validTo.getTime())) return { error: 'the validity dates cannot be read' };
    return out;
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    // OpenSSL's own words ("PEM routines::no start line", "asn1 encoding routines::…") mean nothing to a user.
    if (/PEM routines|no start line|asn1|ASN1|header too long|too long|wrong tag|nested asn1/i.test(msg)) return { error: 'its ASN.1 (DER) structure cannot be decoded — the data is damaged or incomplete' };
    return { error: msg.replace(/^error:[0-9A-F]+:/i, '').slice(0, 160) || 'not a valid X.509 certificate' };
  }
}

// Signature algorithm OIDs worth naming in a hover (md5WithRSA still appears in old IOS self-signed certs).
const SIG_OIDS: Record<string, string> = {
  '2a864886f70d010104': 'md5WithRSAEncryption',
  '2a864886f70d010105': 'sha1WithRSAEncryption',
  '2a864886f70d01010b': 'sha256WithRSAEncryption',
  '2a864886f70d01010c': 'sha384WithRSAEncryption',
  '2a864886f70d01010d': 'sha512WithRSAEncryption',
  '2a8648ce3d040302': 'ecdsa-with-SHA256',
  '2a8648ce3d040303': 'ecdsa-with-SHA384',
};

function sigAlgorithm(der: Buffer): string | undefined {
  // The outer signatureAlgorithm follows the TBSCertificate; scanning for the first known OID is enough here.
  const hex = der.subarray(0, Math.min(der.length, 64)).toString('hex');
  for (const [oid, name] of Object.entries(SIG_OIDS)) if (hex.includes(`06${(oid.length / 2).toString(16).padStart(2, '0')}${oid}`)) return name;
  return undefined;
}
