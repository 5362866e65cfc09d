// Turns a parsed configuration and a profile into delivery routes (SPEC §5): which addresses, which mail
// servers in which order, which CA certificates are trusted, which proxy. Pure: no network, no files.
import { CISCO_TAC_EMAIL, CISCO_TAC_URL, findProfile, type ConfigModel, type Profile } from '../language';
import type { MailServerTarget, Route } from './delivery';

export interface PlanOptions {
  /** Password for a mail server written as `user@host` (kept out of the config, e.g. from SecretStorage). */
  smtpPassword?: string;
  /** Send to the local receiver instead of the profile's servers (the lab / demo default target). */
  receiver?: { httpUrl?: string; smtpHost?: string; smtpPort?: number };
}

export interface DeliveryPlan {
  profile: Profile;
  route: Route;
  /** `rate-limit` messages per minute (default 20). */
  rateLimit: number;
  /** Things the user should know (e.g. no mail server, profile inactive). */
  notes: string[];
}

export class PlanError extends Error {}

export function planDelivery(model: ConfigModel, profileName: string, options: PlanOptions = {}): DeliveryPlan {
  const profile = findProfile(model, profileName);
  if (profile === undefined || profile.name === '') {
    const names = model.profiles.filter((p) => p.name !== '').map((p) => p.name);
    throw new PlanError(`no profile '${profileName}' in the configuration (profiles: ${names.join(', ')})`);
  }
  const ch = model.callHome;
  const notes: string[] = [];
  if (!profile.active) notes.push(`profile ${profile.name} is not active; a manual send goes to it anyway (000:L1518)`);
  const route: Route = {};
  const builtIn = profile.predefined;
  const emails = profile.destinations.filter((d) => d.kind === 'email').map((d) => d.value);
  const urls = profile.destinations.filter((d) => d.kind === 'http').map((d) => d.value);
  if (builtIn && emails.length === 0) emails.push(CISCO_TAC_EMAIL);
  if (builtIn && urls.length === 0) urls.push(CISCO_TAC_URL);

  if (profile.transport.email) {
    if (emails.length === 0) notes.push(`profile ${profile.name} uses e-mail but has no e-mail address`);
    const servers: MailServerTarget[] = [...ch.mailServers]
      .filter((s) => s.priority !== undefined)
      .sort((a, b) => (a.priority ?? 100) - (b.priority ?? 100) || a.node.line - b.node.line)
      .map((s) => {
        const t: MailServerTarget = { host: s.host, priority: s.priority ?? 100, secureTls: s.secureTls };
        if (s.username !== undefined) t.username = s.username;
        const password = s.password ?? (s.username !== undefined ? options.smtpPassword : undefined);
        if (password !== undefined) t.password = password;
        return t;
      });
    const rx = options.receiver;
    const mailServers = rx?.smtpPort !== undefined ? [{ host: rx.smtpHost ?? '127.0.0.1', port: rx.smtpPort, priority: 1, secureTls: false }] : servers;
    if (mailServers.length === 0 && emails.length > 0) notes.push('no mail-server is configured: e-mail cannot be sent (000:L946)');
    const from = ch.senderFrom?.value ?? ch.contactEmail?.value ?? 'callhome@localhost';
    if (emails.length > 0) {
      route.email = { to: emails, from, mailServers };
      if (ch.senderReplyTo !== undefined) route.email.replyTo = ch.senderReplyTo.value;
    }
  }
  if (profile.transport.http) {
    if (urls.length === 0) notes.push(`profile ${profile.name} uses HTTP but has no URL`);
    const rx = options.receiver;
    const targetUrls = rx?.httpUrl !== undefined && urls.length > 0 ? [rx.httpUrl] : urls;
    if (targetUrls.length > 0) {
      route.http = { urls: targetUrls, trustedCaPem: trustedCertificates(model), serverIdentityCheck: ch.serverIdentityCheck };
      const proxy = ch.httpProxies[ch.httpProxies.length - 1];
      const port = proxy?.port !== undefined ? Number(proxy.port.value) : NaN;
      if (proxy?.host !== undefined && Number.isInteger(port) && port >= 1 && port <= 65535 && rx?.httpUrl === undefined) route.http.proxy = { host: proxy.host.value, port };
    }
  }
  const rl = ch.rateLimit !== undefined && /^\d+$/.test(ch.rateLimit.value) ? Number(ch.rateLimit.value) : 20;
  return { profile, route, rateLimit: Math.min(60, Math.max(1, rl)), notes };
}

/** PEM of every CA certificate the configuration holds (trustpoint chains and pasted `crypto pki authenticate`). */
export function trustedCertificates(model: ConfigModel): string[] {
  const pems: string[] = [];
  for (const chain of model.chains) for (const c of chain.certificates) if (c.decoded !== undefined && (c.kind === 'ca' || c.decoded.selfSigned)) pems.push(c.decoded.pem);
  for (const a of model.authentications) if (a.certificate?.decoded !== undefined) pems.push(a.certificate.decoded.pem);
  return [...new Set(pems)];
}
