// Spool for messages that some destination did not accept after the retries: one JSON file per message,
// holding the body and only the destinations that failed, with no password. `resendSpool` tries them again
// and removes a file only once every destination in it has accepted. Nothing is dropped silently.
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { deliver, type AttemptResult, type DeliveryOptions, type EmailRoute, type OutgoingMessage, type Route } from './delivery';
import { displayUrl } from './status';

export const SPOOL_VERSION = 1;

export interface SpoolFailure {
  transport: 'email' | 'http';
  destination: string;
  attempts: number;
  status: string;
}

export interface SpoolEntry {
  version: number;
  messageId: string;
  /** The rendered message, exactly as it was to be sent. */
  body: string;
  contentType: string;
  subject: string;
  format: OutgoingMessage['format'];
  /** Only the destinations that failed; mail-server passwords removed. */
  route: Route;
  /** First failure line (device-like). */
  error: string;
  failures: SpoolFailure[];
  /** ISO time of the first spooling. */
  time: string;
  /** ISO time of the last failed resend, if any. */
  lastTry?: string;
  resends: number;
}

export interface SpooledFile extends SpoolEntry {
  file: string;
}

/** Writes the message with the destinations that failed; returns the file path. */
export async function writeSpool(dir: string, msg: OutgoingMessage, route: Route, results: readonly AttemptResult[]): Promise<string> {
  const entry = buildEntry(msg, route, results, new Date().toISOString(), 0);
  await fs.mkdir(dir, { recursive: true });
  const stamp = entry.time.replace(/[:.]/g, '-');
  const file = path.join(dir, `${stamp}-${safeName(msg.messageId)}-${randomBytes(3).toString('hex')}.json`);
  await writeAtomic(file, entry);
  return file;
}

function buildEntry(msg: OutgoingMessage, route: Route, results: readonly AttemptResult[], time: string, resends: number): SpoolEntry {
  const failed = results.filter((r) => !r.ok);
  return {
    version: SPOOL_VERSION,
    messageId: msg.messageId,
    body: msg.body,
    contentType: msg.contentType,
    subject: msg.subject,
    format: msg.format,
    route: failedRoute(route, failed),
    error: failed[0]?.status ?? '',
    failures: failed.map((r) => ({ transport: r.transport, destination: r.destination, attempts: r.attempts, status: r.status })),
    time,
    resends,
  };
}

/** The route narrowed to failed destinations, without any password (mail servers or URL user-info). */
function failedRoute(route: Route, failed: readonly AttemptResult[]): Route {
  const out: Route = {};
  const mailTo = new Set(failed.filter((r) => r.transport === 'email').map((r) => r.destination));
  if (route.email && mailTo.size > 0) {
    const e = route.email;
    const email: EmailRoute = {
      to: e.to.filter((t) => mailTo.has(t)),
      from: e.from,
      mailServers: e.mailServers.map(({ password: _password, ...rest }) => rest),
    };
    if (e.replyTo !== undefined) email.replyTo = e.replyTo;
    if (e.trustedCaPem) email.trustedCaPem = e.trustedCaPem;
    out.email = email;
  }
  const httpDest = new Set(failed.filter((r) => r.transport === 'http').map((r) => r.destination));
  if (route.http && httpDest.size > 0) {
    // Results name URLs in their displayed (masked) form, which is also what is kept.
    out.http = { ...route.http, urls: route.http.urls.map(displayUrl).filter((u) => httpDest.has(u)) };
  }
  return out;
}

export async function listSpool(dir: string, log?: (line: string) => void): Promise<SpooledFile[]> {
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw e;
  }
  const out: SpooledFile[] = [];
  for (const name of names.filter((n) => n.endsWith('.json')).sort()) {
    const file = path.join(dir, name);
    try {
      const entry = JSON.parse(await fs.readFile(file, 'utf8')) as SpoolEntry;
      if (entry.version !== SPOOL_VERSION || typeof entry.body !== 'string') throw new Error('not a spool entry');
      out.push({ ...entry, file });
    } catch (e) {
      // Left in place for a person to look at, and said so.
      log?.(`spool: skipping ${file}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  return out;
}

export interface ResendOptions extends Omit<DeliveryOptions, 'spoolDir'> {
  /** Spooled routes carry no passwords; this supplies them again (e.g. from SecretStorage). */
  password?: (server: { host: string; username?: string }) => string | undefined;
}

export interface ResendResult {
  file: string;
  messageId: string;
  results: AttemptResult[];
  /** true when every destination accepted and the file was removed. */
  removed: boolean;
}

export async function resendSpool(dir: string, opts: ResendOptions = {}): Promise<ResendResult[]> {
  const out: ResendResult[] = [];
  for (const entry of await listSpool(dir, opts.log)) {
    const msg: OutgoingMessage = {
      messageId: entry.messageId, // same MessageId as the first try: a receiver can de-duplicate
      body: entry.body,
      contentType: entry.contentType,
      subject: entry.subject,
      format: entry.format,
    };
    const route = withPasswords(entry.route, opts.password);
    const { password: _p, ...deliveryOpts } = opts;
    const results = await deliver(msg, route, deliveryOpts);
    if (results.length > 0 && results.every((r) => r.ok)) {
      await fs.rm(entry.file, { force: true });
      out.push({ file: entry.file, messageId: entry.messageId, results, removed: true });
    } else {
      const next = buildEntry(msg, entry.route, results, entry.time, entry.resends + 1);
      next.lastTry = new Date().toISOString();
      await writeAtomic(entry.file, next);
      for (const r of results) if (!r.ok) r.spooled = entry.file;
      out.push({ file: entry.file, messageId: entry.messageId, results, removed: false });
    }
  }
  return out;
}

function withPasswords(route: Route, lookup: ResendOptions['password']): Route {
  if (!route.email || !lookup) return route;
  return {
    ...route,
    email: {
      ...route.email,
      mailServers: route.email.mailServers.map((s) => {
        const password = s.username ? lookup({ host: s.host, username: s.username }) : undefined;
        return password === undefined ? s : { ...s, password };
      }),
    },
  };
}

async function writeAtomic(file: string, entry: SpoolEntry): Promise<void> {
  // Write then rename, so a reader never sees half a file.
  const tmp = `${file}.${process.pid}.tmp`;
  await fs.writeFile(tmp, `${JSON.stringify(entry, null, 2)}\n`, { mode: 0o600 });
  await fs.rename(tmp, file);
}

function safeName(s: string): string {
  return s.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 80);
}
