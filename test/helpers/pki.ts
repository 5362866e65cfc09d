// Throw-away PKI for transport tests: a CA and server certificates made with node-forge.
// Keys come from node:crypto (fast, native); forge builds and signs the X.509 certificates.
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import forge from 'node-forge';

export interface Ca {
  name: string;
  certPem: string;
  keyPem: string;
}

export interface ServerCert {
  certPem: string;
  keyPem: string;
}

function rsaKeys(): { publicKey: forge.pki.rsa.PublicKey; privateKey: forge.pki.rsa.PrivateKey; keyPem: string } {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const keyPem = privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
  const priv = forge.pki.privateKeyFromPem(keyPem) as forge.pki.rsa.PrivateKey;
  const pub = forge.pki.setRsaPublicKey(priv.n, priv.e);
  return { publicKey: pub, privateKey: priv, keyPem };
}

function baseCert(publicKey: forge.pki.PublicKey): forge.pki.Certificate {
  const cert = forge.pki.createCertificate();
  cert.publicKey = publicKey;
  // Positive serial: leading byte below 0x80.
  cert.serialNumber = `01${randomBytes(8).toString('hex')}`;
  const now = Date.now();
  cert.validity.notBefore = new Date(now - 60_000);
  cert.validity.notAfter = new Date(now + 24 * 3600_000);
  return cert;
}

export function makeCa(name = 'Call Home Test CA'): Ca & { key: forge.pki.rsa.PrivateKey; cert: forge.pki.Certificate } {
  const k = rsaKeys();
  const cert = baseCert(k.publicKey);
  const subject = [{ name: 'commonName', value: name }, { name: 'organizationName', value: 'callhome-toolkit tests' }];
  cert.setSubject(subject);
  cert.setIssuer(subject);
  cert.setExtensions([
    { name: 'basicConstraints', cA: true, critical: true },
    { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
    { name: 'subjectKeyIdentifier' },
  ]);
  cert.sign(k.privateKey, forge.md.sha256.create());
  return { name, certPem: forge.pki.certificateToPem(cert), keyPem: k.keyPem, key: k.privateKey, cert };
}

/** A TLS server certificate signed by `ca`, for the given DNS names and IP addresses. */
/** Leaf certificates share one key per test process (they differ by issuer and names); CAs never do. */
let leafKeys: ReturnType<typeof rsaKeys> | undefined;

export function makeServerCert(
  ca: ReturnType<typeof makeCa>,
  names: { dns?: string[]; ips?: string[]; cn?: string } = { dns: ['localhost'], ips: ['127.0.0.1'] },
): ServerCert {
  leafKeys ??= rsaKeys();
  const k = leafKeys;
  const cert = baseCert(k.publicKey);
  cert.setSubject([{ name: 'commonName', value: names.cn ?? names.dns?.[0] ?? names.ips?.[0] ?? 'server' }]);
  cert.setIssuer(ca.cert.subject.attributes);
  const altNames = [...(names.dns ?? []).map((value) => ({ type: 2, value })), ...(names.ips ?? []).map((ip) => ({ type: 7, ip }))];
  cert.setExtensions([
    { name: 'basicConstraints', cA: false },
    { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
    { name: 'extKeyUsage', serverAuth: true },
    { name: 'subjectAltName', altNames },
    { name: 'authorityKeyIdentifier', keyIdentifier: ca.cert.generateSubjectKeyIdentifier().getBytes() },
  ]);
  cert.sign(ca.key, forge.md.sha256.create());
  return { certPem: forge.pki.certificateToPem(cert), keyPem: k.keyPem };
}
