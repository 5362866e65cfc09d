// E-mail transport (SPEC §5; reference/000 §G.1): nodemailer, one SMTP transaction per recipient, mail
// servers tried in priority order (lowest number first, L951) with fail-over to the next one on ANY
// connection, TLS or SMTP error.
import { rootCertificates, type ConnectionOptions } from 'node:tls';
import nodemailer from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport';
import type { EmailRoute, MailServerTarget, OutgoingMessage } from './delivery';
import { errorText, maskSecrets, smtpFailedLine, smtpOkLine, type Secret, type TryOutcome } from './status';

export interface SmtpTryOptions {
  timeoutMs: number;
  smtpPort?: number;
  log: (line: string) => void;
  attempt: number;
}

export const SMTP_DEFAULT_PORT = 25;

/** Servers in the order a device tries them; equal priorities keep configuration order. */
export function orderMailServers(servers: readonly MailServerTarget[]): MailServerTarget[] {
  return servers
    .map((s, i) => ({ s, i }))
    .sort((a, b) => a.s.priority - b.s.priority || a.i - b.i)
    .map((x) => x.s);
}

/** `host:port`, with the user name but never the password. */
export function describeServer(s: MailServerTarget, port: number): string {
  const host = s.host.includes(':') ? `[${s.host}]` : s.host;
  return s.username ? `${s.username}:***@${host}:${port}` : `${host}:${port}`;
}

/** Message-ID header value: the AML MessageId has ':' which RFC 5322 ids may not hold in the left part. */
export function mailMessageIdHeader(messageId: string): string {
  return `<${messageId.replace(/[^A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]/g, '.')}@callhome.invalid>`;
}

export async function sendMailOnce(msg: OutgoingMessage, route: EmailRoute, to: string, o: SmtpTryOptions): Promise<TryOutcome> {
  const servers = orderMailServers(route.mailServers);
  const secrets: Secret[] = servers.filter((s) => s.password).map((s) => ({ username: s.username, password: s.password }));
  if (servers.length === 0) return { ok: false, retryable: false, status: smtpFailedLine(0, ['no mail server configured']) };

  const details: string[] = [];
  let lastCode = 0;
  let retryable = false;
  let lastServer = '';
  for (const s of servers) {
    const port = s.port ?? o.smtpPort ?? SMTP_DEFAULT_PORT;
    const label = describeServer(s, port);
    lastServer = label;
    const transport = nodemailer.createTransport(transportOptions(s, port, route, o.timeoutMs));
    try {
      const info = await transport.sendMail({
        from: route.from,
        to,
        ...(route.replyTo ? { replyTo: route.replyTo } : {}),
        subject: msg.subject,
        // base64 keeps the rendered body byte-exact (line endings, long XML lines, CDATA) end to end.
        text: msg.body,
        textEncoding: 'base64',
        messageId: mailMessageIdHeader(msg.messageId),
        headers: { 'X-Callhome-MessageId': msg.messageId, 'X-Callhome-Format': msg.format },
        disableFileAccess: true,
        disableUrlAccess: true,
      });
      return { ok: true, retryable: false, status: maskSecrets(smtpOkLine(to, label, info.response), secrets), server: label };
    } catch (e) {
      const err = (e ?? {}) as { responseCode?: unknown; response?: unknown };
      const code = typeof err.responseCode === 'number' ? err.responseCode : 0;
      const reason = maskSecrets(typeof err.response === 'string' && err.response ? err.response : errorText(e), secrets);
      details.push(`${label}: ${reason}`);
      o.log(`email ${to} attempt ${o.attempt}: mail server ${label} failed (${code || 'no SMTP reply'}): ${reason}; trying next server`);
      lastCode = code;
      // A 5xx reply is the same on every retry; a refused connection, a time-out or a 4xx may clear.
      if (!(code >= 500 && code < 600)) retryable = true;
    } finally {
      transport.close();
    }
  }
  return { ok: false, retryable, status: maskSecrets(smtpFailedLine(lastCode, details), secrets), server: lastServer };
}

function transportOptions(s: MailServerTarget, port: number, route: EmailRoute, timeoutMs: number): SMTPTransport.Options {
  const tls: ConnectionOptions = s.secureTls
    ? // `secure tls`: verify against the system store plus any lab CA (Node's `ca` replaces the default store).
      { rejectUnauthorized: true, ca: [...rootCertificates, ...(route.trustedCaPem ?? [])] }
    : // Without `secure tls` the device sends in clear; taking STARTTLS when offered only adds privacy, so an
      // unverifiable lab certificate must not make the send fail.
      { rejectUnauthorized: false };
  const opts: SMTPTransport.Options = {
    host: s.host,
    port,
    secure: port === 465, // implicit TLS port; everything else starts in clear and may upgrade
    requireTLS: s.secureTls,
    tls,
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs,
    logger: false, // nodemailer's own logger would print AUTH exchanges
    debug: false,
  };
  if (s.username) opts.auth = { user: s.username, pass: s.password ?? '' };
  return opts;
}
