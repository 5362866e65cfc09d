// Delivery entry point of the agent runtime (SPEC §5): one rendered message, sent to every e-mail
// recipient and every HTTP(S) URL of a profile, with capped retries, an optional rate limiter and a spool
// for what could not be delivered. Every destination gets its own AttemptResult; nothing is dropped.
import { sendMailOnce } from './smtpTransport';
import { postOnce } from './httpTransport';
import type { RateLimiter } from './rateLimiter';
import { writeSpool } from './spool';
import { displayUrl, maskSecrets, type Secret, type TryOutcome } from './status';

export interface MailServerTarget {
  host: string;
  /** Unset → DeliveryOptions.smtpPort, else 25 (the only port the guides name, 003 §1.2 Table 4). */
  port?: number;
  /** 1 (tried first) … 100 (reference/000 §G.1, L951). */
  priority: number;
  username?: string;
  password?: string;
  /** `secure tls`: STARTTLS is required and the server certificate verified. */
  secureTls: boolean;
}

export interface OutgoingMessage {
  messageId: string;
  body: string;
  contentType: string;
  subject: string;
  format: 'xml' | 'long-text' | 'short-text';
}

export interface EmailRoute {
  to: string[];
  from: string;
  replyTo?: string;
  mailServers: MailServerTarget[];
  /** Extra CA certificates (PEM) trusted for `secure tls`, on top of the system store — for labs. */
  trustedCaPem?: string[];
}

export interface HttpRoute {
  urls: string[];
  /** The profile's trustpoint certificates; the system trust store is always trusted as well. */
  trustedCaPem: string[];
  /** false = `no http secure server-identity-check`: the chain is still verified, only the host name is not. */
  serverIdentityCheck: boolean;
  proxy?: { host: string; port: number };
}

export interface Route {
  email?: EmailRoute;
  http?: HttpRoute;
}

export interface DeliveryOptions {
  /** Retries after the first try, per destination; default 2, capped at 5. */
  retries?: number;
  /** Pause between tries; default 1000 ms. */
  retryDelayMs?: number;
  /** Per try (connection + exchange); default 15 000 ms. */
  timeoutMs?: number;
  /** Overrides port 25 for mail servers without a port (labs). */
  smtpPort?: number;
  log?: (line: string) => void;
  rateLimiter?: RateLimiter;
  /** When set, destinations still failing after the retries are written here (see spool.ts). */
  spoolDir?: string;
}

export interface AttemptResult {
  transport: 'email' | 'http';
  destination: string;
  ok: boolean;
  attempts: number;
  /** Device-like line; never contains a password. */
  status: string;
  server?: string;
  httpStatus?: number;
  /** Spool file holding this message when the destination failed and a spool directory was given. */
  spooled?: string;
}

export const DEFAULT_RETRIES = 2;
export const MAX_RETRIES = 5;
const DEFAULT_RETRY_DELAY_MS = 1000;
const DEFAULT_TIMEOUT_MS = 15_000;

export async function deliver(msg: OutgoingMessage, route: Route, opts: DeliveryOptions = {}): Promise<AttemptResult[]> {
  const secrets = routeSecrets(route);
  // Every log line is masked here, so a transport cannot leak a password through a server's echo.
  const log = (line: string): void => opts.log?.(maskSecrets(line, secrets));
  const retries = Math.min(MAX_RETRIES, Math.max(0, Math.trunc(opts.retries ?? DEFAULT_RETRIES)));
  const delayMs = Math.max(0, opts.retryDelayMs ?? DEFAULT_RETRY_DELAY_MS);
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;

  if (opts.rateLimiter) {
    const waited = await opts.rateLimiter.acquire();
    if (waited > 0) log(`rate-limit ${opts.rateLimiter.limit}/min: held message ${msg.messageId} for ${waited} ms`);
  }

  const jobs: Promise<AttemptResult>[] = [];
  const email = route.email;
  if (email) {
    for (const to of email.to) {
      jobs.push(
        withRetries('email', to, retries, delayMs, log, secrets, (n) =>
          sendMailOnce(msg, email, to, { timeoutMs, smtpPort: opts.smtpPort, log, attempt: n }),
        ),
      );
    }
  }
  const http = route.http;
  if (http) {
    for (const url of http.urls) {
      jobs.push(
        withRetries('http', displayUrl(url), retries, delayMs, log, secrets, (n) =>
          postOnce(msg, url, http, { timeoutMs, log, attempt: n }),
        ),
      );
    }
  }
  if (jobs.length === 0) log(`message ${msg.messageId}: the route has no e-mail address and no HTTP URL; nothing sent`);
  const results = await Promise.all(jobs);

  if (opts.spoolDir && results.some((r) => !r.ok)) {
    const file = await writeSpool(opts.spoolDir, msg, route, results);
    for (const r of results) if (!r.ok) r.spooled = file;
    log(`message ${msg.messageId}: ${results.filter((r) => !r.ok).length} destination(s) failed; spooled to ${file}`);
  }
  return results;
}

async function withRetries(
  transport: 'email' | 'http',
  destination: string,
  retries: number,
  delayMs: number,
  log: (line: string) => void,
  secrets: readonly Secret[],
  once: (attempt: number) => Promise<TryOutcome>,
): Promise<AttemptResult> {
  let last: TryOutcome | undefined;
  let attempts = 0;
  for (let n = 1; n <= retries + 1; n++) {
    if (n > 1) await sleep(delayMs);
    attempts = n;
    last = await once(n);
    log(`${transport} ${destination} attempt ${n}/${retries + 1}: ${last.status}`);
    if (last.ok || !last.retryable) break;
  }
  // `last` is always set: the loop runs at least once.
  const outcome = last as TryOutcome;
  const result: AttemptResult = {
    transport,
    destination,
    ok: outcome.ok,
    attempts,
    status: maskSecrets(outcome.status, secrets),
  };
  if (outcome.server !== undefined) result.server = outcome.server;
  if (outcome.httpStatus !== undefined) result.httpStatus = outcome.httpStatus;
  return result;
}

function routeSecrets(route: Route): Secret[] {
  const out: Secret[] = [];
  for (const s of route.email?.mailServers ?? []) if (s.password) out.push({ username: s.username, password: s.password });
  for (const u of route.http?.urls ?? []) {
    try {
      const url = new URL(u);
      if (url.password) out.push({ username: decodeURIComponent(url.username), password: decodeURIComponent(url.password) });
    } catch {
      // An invalid URL is reported by the transport; it has no password to mask.
    }
  }
  return out;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
