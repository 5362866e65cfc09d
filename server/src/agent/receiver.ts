// Local Call Home gateway (`callhome receive`, SPEC §5): accepts messages over HTTP(S) POST and SMTP,
// checks them (amlCheck.ts), stores each one and answers like a gateway: 200 / SMTP 250 when accepted,
// 400 / 550 when malformed, 413 / 552 when over the size limit (3,145,728 bytes by default, the device's
// `destination message-size-limit` maximum, reference/000 §G.3). Refused messages are kept in `dir/rejected/`
// for inspection, never dropped. Binds to loopback unless told otherwise.
import { EventEmitter } from 'node:events';
import { promises as fs } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';
import { checkMessage, type CheckResult, type MessageFormat } from './amlCheck';

export const RECEIVER_MAX_BYTES_DEFAULT = 3_145_728;

export interface ReceiverOptions {
  /** Default 127.0.0.1: a lab tool must not listen on the network by accident. */
  host?: string;
  /** 0 = any free port. */
  httpPort: number;
  /** Needs `tls`. */
  httpsPort?: number;
  /** PEM key and certificate: enables HTTPS and SMTP STARTTLS. */
  tls?: { key: string; cert: string };
  /** 0 = any free port. */
  smtpPort: number;
  /** Where messages are stored; refused ones go to `dir/rejected/`. */
  dir: string;
  maxBytes?: number;
  log?: (line: string) => void;
}

export interface ReceivedMeta {
  transport: 'http' | 'https' | 'smtp';
  accepted: boolean;
  /** HTTP status or SMTP reply code that was answered. */
  code: number;
  reason?: string;
  format: MessageFormat;
  /** HTTP: client address; SMTP: envelope MAIL FROM. */
  from: string;
  /** HTTP: request path; SMTP: envelope RCPT TO. */
  to: string[];
  messageId?: string;
  deviceId?: string;
  blockType?: string;
  /** SMTP AUTH user name, when the client authenticated (the password is never stored). */
  user?: string;
  subject?: string;
  contentType?: string;
  time: string;
  bytes: number;
  /** Only the first maxBytes bytes of an oversized message are kept. */
  truncated?: boolean;
  /** The body file, relative to the meta file's folder. */
  file: string;
  /** SMTP: the whole message as received (headers + MIME), next to the body. */
  rawFile?: string;
}

export interface ReceivedMessage {
  accepted: boolean;
  /** Absolute path of the stored body. */
  file: string;
  metaFile: string;
  body: string;
  meta: ReceivedMeta;
}

export interface Receiver {
  httpUrl: string;
  httpsUrl?: string;
  smtpPort: number;
  close(): Promise<void>;
  on(event: 'message', listener: (m: ReceivedMessage) => void): Receiver;
  once(event: 'message', listener: (m: ReceivedMessage) => void): Receiver;
  off(event: 'message', listener: (m: ReceivedMessage) => void): Receiver;
}

export async function startReceiver(opts: ReceiverOptions): Promise<Receiver> {
  const host = opts.host ?? '127.0.0.1';
  const maxBytes = opts.maxBytes ?? RECEIVER_MAX_BYTES_DEFAULT;
  const log = opts.log ?? (() => undefined);
  if (opts.httpsPort !== undefined && !opts.tls) throw new Error('startReceiver: httpsPort needs tls { key, cert }');
  await fs.mkdir(path.join(opts.dir, 'rejected'), { recursive: true });

  const events = new EventEmitter();
  const store = new Store(opts.dir, (m) => {
    log(`${m.meta.transport} ${m.accepted ? 'accepted' : `rejected (${m.meta.code} ${m.meta.reason ?? ''})`} ${m.meta.messageId ?? ''} → ${m.file}`);
    events.emit('message', m);
  });

  const handler = (transport: 'http' | 'https') => (req: http.IncomingMessage, res: http.ServerResponse) =>
    void handleHttp(transport, req, res, maxBytes, store).catch((e: unknown) => {
      log(`${transport}: ${e instanceof Error ? e.message : String(e)}`);
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('internal receiver error\n');
    });

  const httpServer = http.createServer(handler('http'));
  const httpsServer = opts.tls && opts.httpsPort !== undefined ? https.createServer({ key: opts.tls.key, cert: opts.tls.cert }, handler('https')) : undefined;
  const smtpServer = createSmtp(opts, maxBytes, store, log);
  // smtp-server re-emits socket and listen errors; unhandled they would crash the process.
  smtpServer.on('error', (e: Error) => log(`smtp: ${e.message}`));

  const started: Array<() => Promise<void>> = [];
  try {
    const httpPort = await listen(httpServer, opts.httpPort, host);
    started.push(() => closeHttp(httpServer));
    let httpsPort: number | undefined;
    if (httpsServer) {
      httpsPort = await listen(httpsServer, opts.httpsPort ?? 0, host);
      started.push(() => closeHttp(httpsServer));
    }
    const smtpPort = await listen(smtpServer.server, opts.smtpPort, host, (port, h, cb) => smtpServer.listen(port, h, cb));
    started.push(() => new Promise<void>((resolve) => smtpServer.close(() => resolve())));

    const hostInUrl = host.includes(':') ? `[${host}]` : host;
    const receiver: Receiver = {
      httpUrl: `http://${hostInUrl}:${httpPort}/`,
      ...(httpsPort !== undefined ? { httpsUrl: `https://${hostInUrl}:${httpsPort}/` } : {}),
      smtpPort,
      close: async () => {
        await Promise.all(started.map((c) => c()));
        await store.idle();
      },
      on: (e, l) => (events.on(e, l), receiver),
      once: (e, l) => (events.once(e, l), receiver),
      off: (e, l) => (events.off(e, l), receiver),
    };
    return receiver;
  } catch (e) {
    await Promise.all(started.map((c) => c().catch(() => undefined)));
    throw e;
  }
}

// ---- HTTP(S) ----

async function handleHttp(transport: 'http' | 'https', req: http.IncomingMessage, res: http.ServerResponse, maxBytes: number, store: Store): Promise<void> {
  const reply = (code: number, text: string): void => {
    res.writeHead(code, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end(`${text}\n`);
  };
  if (req.method === 'GET' || req.method === 'HEAD') return reply(200, 'Call Home receiver: POST messages here');
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST, GET');
    return reply(405, `method ${req.method ?? ''} not allowed; POST the message`);
  }

  const { body, bytes, truncated, aborted } = await readBody(req, maxBytes);
  if (aborted) res.setHeader('Connection', 'close');
  const base = {
    transport,
    from: req.socket.remoteAddress ?? '',
    to: [req.url ?? '/'],
    contentType: req.headers['content-type'],
    headerMessageId: headerValue(req.headers['x-callhome-messageid']),
    bytes,
  };
  if (truncated) {
    const reason = `message is ${bytes} bytes${aborted ? ' or more' : ''}, over the ${maxBytes}-byte limit`;
    await store.save({ ...base, body, code: 413, reason, truncated: true, check: checkMessage(body.toString('utf8'), { contentType: base.contentType }) });
    return reply(413, `rejected: ${reason}`);
  }
  const check = checkMessage(body.toString('utf8'), { contentType: base.contentType });
  const saved = await store.save({ ...base, body, code: check.ok ? 200 : 400, reason: check.reason, check });
  if (!check.ok) return reply(400, `rejected: ${check.reason ?? 'malformed message'}`);
  return reply(200, `accepted ${saved.meta.messageId ?? ''}`.trim());
}

/** Reads the body, keeping at most maxBytes; keeps draining (to answer 413 cleanly) up to a hard cap. */
function readBody(req: http.IncomingMessage, maxBytes: number): Promise<{ body: Buffer; bytes: number; truncated: boolean; aborted: boolean }> {
  const hardCap = maxBytes * 4 + 1_048_576;
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let kept = 0;
    let bytes = 0;
    let done = false;
    const end = (aborted: boolean): void => {
      if (done) return;
      done = true;
      resolve({ body: Buffer.concat(chunks), bytes, truncated: bytes > maxBytes, aborted });
    };
    req.on('data', (c: Buffer) => {
      bytes += c.length;
      if (kept < maxBytes) {
        const part = c.subarray(0, maxBytes - kept);
        chunks.push(part);
        kept += part.length;
      }
      if (bytes > hardCap) {
        // Stop reading a runaway upload; the 413 is still answered and the connection closed after it.
        req.pause();
        end(true);
      }
    });
    req.on('end', () => end(false));
    req.on('error', (e) => (done ? undefined : reject(e)));
  });
}

function headerValue(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[0] : v;
}

// ---- SMTP ----

function createSmtp(opts: ReceiverOptions, maxBytes: number, store: Store, log: (line: string) => void): SMTPServer {
  return new SMTPServer({
    ...(opts.tls ? { key: opts.tls.key, cert: opts.tls.cert } : {}),
    secure: false,
    // Without a certificate, do not offer STARTTLS (smtp-server would use its built-in demo certificate).
    disabledCommands: opts.tls ? [] : ['STARTTLS'],
    authOptional: true,
    // Lab mode: any user name and password is accepted, also before STARTTLS.
    allowInsecureAuth: true,
    size: maxBytes,
    logger: false,
    banner: 'Call Home toolkit receiver',
    closeTimeout: 2000,
    // No reverse DNS of the client: nothing needs it, and it costs a lookup per connection.
    disableReverseLookup: true,
    onAuth: (auth, _session, cb) => cb(null, { user: auth.username ?? 'anonymous' }),
    onData: (stream, session, cb) => {
      handleSmtp(stream, session, maxBytes, store).then(
        (r) => {
          if (r.code === 250) cb(null, r.text);
          else cb(Object.assign(new Error(r.text), { responseCode: r.code }));
        },
        (e: unknown) => {
          log(`smtp: ${e instanceof Error ? e.message : String(e)}`);
          cb(Object.assign(new Error('local error in processing'), { responseCode: 451 }));
        },
      );
    },
  });
}

async function handleSmtp(stream: SMTPServerDataStream, session: SMTPServerSession, maxBytes: number, store: Store): Promise<{ code: number; text: string }> {
  const chunks: Buffer[] = [];
  let kept = 0;
  // smtp-server counts the size (sizeExceeded) but still streams everything: keep only what is stored.
  const rawCap = maxBytes * 2 + 65_536;
  for await (const c of stream as AsyncIterable<Buffer>) {
    if (kept < rawCap) {
      const part = c.subarray(0, rawCap - kept);
      chunks.push(part);
      kept += part.length;
    }
  }
  const raw = Buffer.concat(chunks);
  const env = session.envelope;
  const base = {
    transport: 'smtp' as const,
    from: env.mailFrom ? env.mailFrom.address : '',
    to: env.rcptTo.map((r) => r.address),
    user: session.user,
    raw,
  };

  if (stream.sizeExceeded) {
    const reason = `message is ${stream.byteLength} bytes, over the ${maxBytes}-byte limit`;
    const body = raw.subarray(0, maxBytes);
    await store.save({ ...base, body, bytes: stream.byteLength, code: 552, reason, truncated: true, check: checkMessage(body.toString('utf8')) });
    return { code: 552, text: `5.3.4 Message rejected: ${reason}` };
  }

  const mail = await simpleParser(raw, { skipHtmlToText: true, skipTextToHtml: true, skipTextLinks: true, skipImageLinks: true });
  // mailparser turns CRLF into LF in `text`; a single-part base64 body (what our sender writes) is decoded
  // here instead, so the stored body is byte-exact.
  const text = exactBase64Body(raw) ?? mail.text ?? '';
  const formatHint = headerText(mail.headers.get('x-callhome-format'));
  const check = checkMessage(text, { format: formatHint });
  const body = Buffer.from(text, 'utf8');
  const saved = await store.save({
    ...base,
    body,
    bytes: body.length,
    subject: mail.subject,
    contentType: 'text/plain; charset=utf-8',
    headerMessageId: headerText(mail.headers.get('x-callhome-messageid')),
    code: check.ok ? 250 : 550,
    reason: check.reason,
    check,
  });
  if (!check.ok) return { code: 550, text: `5.6.0 Message rejected: ${check.reason ?? 'malformed message'}` };
  return { code: 250, text: `Message accepted ${saved.meta.messageId ?? ''}`.trim() };
}

/** The decoded body of a single-part, base64, UTF-8 (or ASCII) text message; undefined for anything else. */
export function exactBase64Body(raw: Buffer): string | undefined {
  const src = raw.toString('latin1');
  const m = /\r?\n\r?\n/.exec(src);
  if (!m) return undefined;
  const headers = src.slice(0, m.index).replace(/\r?\n[ \t]+/g, ' ');
  const field = (name: string): string => new RegExp(`^${name}[ \\t]*:[ \\t]*(.*)$`, 'im').exec(headers)?.[1]?.trim() ?? '';
  const type = field('content-type').toLowerCase();
  if (type.startsWith('multipart/') || field('content-transfer-encoding').toLowerCase() !== 'base64') return undefined;
  const charset = /charset\s*=\s*"?([^";\s]+)/.exec(type)?.[1] ?? 'us-ascii';
  if (!['utf-8', 'utf8', 'us-ascii'].includes(charset)) return undefined;
  const b64 = src.slice(m.index + m[0].length).replace(/[^A-Za-z0-9+/=]/g, '');
  return Buffer.from(b64, 'base64').toString('utf8');
}

function headerText(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (v && typeof v === 'object' && 'value' in v && typeof (v as { value: unknown }).value === 'string') return (v as { value: string }).value;
  return undefined;
}

// ---- storage ----

interface SaveInput {
  transport: ReceivedMeta['transport'];
  body: Buffer;
  raw?: Buffer;
  bytes: number;
  code: number;
  reason?: string | undefined;
  truncated?: boolean;
  check: CheckResult;
  from: string;
  to: string[];
  user?: string | undefined;
  subject?: string | undefined;
  contentType?: string | undefined;
  headerMessageId?: string | undefined;
}

class Store {
  private seq = 0;
  private pending = new Set<Promise<unknown>>();

  constructor(
    private readonly dir: string,
    private readonly onSaved: (m: ReceivedMessage) => void,
  ) {}

  save(input: SaveInput): Promise<ReceivedMessage> {
    const p = this.write(input);
    this.pending.add(p);
    void p.finally(() => this.pending.delete(p)).catch(() => undefined);
    return p;
  }

  async idle(): Promise<void> {
    await Promise.allSettled([...this.pending]);
  }

  private async write(input: SaveInput): Promise<ReceivedMessage> {
    const accepted = input.code === 200 || input.code === 250;
    const folder = accepted ? this.dir : path.join(this.dir, 'rejected');
    await fs.mkdir(folder, { recursive: true });
    const time = new Date().toISOString();
    const seq = String(++this.seq).padStart(4, '0');
    const messageId = input.check.messageId ?? input.headerMessageId;
    const stem = `${time.replace(/[:.]/g, '-')}-${seq}-${input.transport}${messageId ? `-${messageId.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 60)}` : ''}`;
    const ext = input.check.format === 'xml' ? '.xml' : '.txt';
    const file = path.join(folder, stem + ext);
    const metaFile = path.join(folder, `${stem}.json`);
    const meta: ReceivedMeta = {
      transport: input.transport,
      accepted,
      code: input.code,
      format: input.check.format,
      from: input.from,
      to: input.to,
      time,
      bytes: input.bytes,
      file: path.basename(file),
    };
    if (!accepted && input.reason) meta.reason = input.reason;
    if (messageId) meta.messageId = messageId;
    if (input.check.deviceId) meta.deviceId = input.check.deviceId;
    if (input.check.blockType) meta.blockType = input.check.blockType;
    if (input.user) meta.user = input.user;
    if (input.subject) meta.subject = input.subject;
    if (input.contentType) meta.contentType = input.contentType;
    if (input.truncated) meta.truncated = true;
    // Exactly the bytes received (the decoded body for e-mail).
    await fs.writeFile(file, input.body);
    if (input.raw) {
      meta.rawFile = `${stem}.eml`;
      await fs.writeFile(path.join(folder, meta.rawFile), input.raw);
    }
    await fs.writeFile(metaFile, `${JSON.stringify(meta, null, 2)}\n`);
    const m: ReceivedMessage = { accepted, file, metaFile, body: input.body.toString('utf8'), meta };
    this.onSaved(m);
    return m;
  }
}

// ---- servers ----

function listen(
  server: { once(e: 'error', l: (e: Error) => void): unknown; off(e: 'error', l: (e: Error) => void): unknown; address(): AddressInfo | string | null },
  port: number,
  host: string,
  start: (port: number, host: string, cb: () => void) => void = (p, h, cb) => (server as http.Server).listen(p, h, cb),
): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (e: Error): void => reject(e);
    server.once('error', onError);
    start(port, host, () => {
      server.off('error', onError);
      const a = server.address();
      resolve(typeof a === 'object' && a ? a.port : port);
    });
  });
}

function closeHttp(server: http.Server | https.Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
