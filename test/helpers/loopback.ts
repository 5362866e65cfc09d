// Real servers on 127.0.0.1 for the delivery tests: an SMTP server that records what it is sent, an
// HTTP(S) sink, a CONNECT proxy, and a port that is known to be closed. No mock transports.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import net, { type AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export const LOOPBACK = '127.0.0.1';

/** The repository root, found from the bundled test file (out/test/...) or the source tree. */
export function repoRoot(): string {
  let dir = __dirname;
  for (;;) {
    if (existsSync(path.join(dir, 'package.json')) && existsSync(path.join(dir, 'test'))) return dir;
    const up = path.dirname(dir);
    if (up === dir) return process.cwd();
    dir = up;
  }
}

export function readFixture(rel: string): string {
  return readFileSync(path.join(repoRoot(), 'test', 'fixtures', rel), 'utf8');
}

export function tmpDir(prefix = 'callhome-agent-'): { dir: string; remove(): void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A port on 127.0.0.1 where nothing listens (bound, then released): connecting is refused. */
export async function closedPort(): Promise<number> {
  const s = net.createServer();
  await new Promise<void>((resolve) => s.listen(0, LOOPBACK, resolve));
  const port = (s.address() as AddressInfo).port;
  await new Promise<void>((resolve) => s.close(() => resolve()));
  return port;
}

export function listen(server: net.Server, port = 0): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, LOOPBACK, () => resolve((server.address() as AddressInfo).port));
  });
}

export function closeServer(server: http.Server | https.Server | net.Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    if ('closeAllConnections' in server) server.closeAllConnections();
  });
}

// ---- SMTP ----

export interface CapturedMail {
  from: string;
  to: string[];
  raw: string;
  parsed: ParsedMail;
  /** The connection was upgraded with STARTTLS before DATA. */
  secure: boolean;
  user?: string;
}

export interface SmtpCapture {
  port: number;
  mails: CapturedMail[];
  auths: Array<{ method: string; username: string; password: string }>;
  connections: number;
  close(): Promise<void>;
}

export interface SmtpCaptureOptions {
  tls?: { key: string; cert: string };
  /** When given, AUTH is required and only these user → password pairs pass. */
  users?: Record<string, string>;
  /** Make a failed AUTH reply repeat the password it was given (a badly behaved server). */
  echoPasswordOnAuthFailure?: boolean;
  /** Answer DATA with this error instead of 250. */
  rejectData?: { code: number; text: string };
}

export async function startSmtpCapture(o: SmtpCaptureOptions = {}): Promise<SmtpCapture> {
  const mails: CapturedMail[] = [];
  const auths: SmtpCapture['auths'] = [];
  const state = { connections: 0 };
  const server = new SMTPServer({
    ...(o.tls ? { key: o.tls.key, cert: o.tls.cert } : {}),
    secure: false,
    disabledCommands: o.tls ? [] : ['STARTTLS'],
    authOptional: o.users === undefined,
    allowInsecureAuth: true,
    logger: false,
    closeTimeout: 500,
    // No reverse DNS of the client: nothing needs it, and it costs a lookup per connection.
    disableReverseLookup: true,
    onConnect: (_s, cb) => {
      state.connections++;
      cb();
    },
    onAuth: (auth, _session, cb) => {
      const username = auth.username ?? '';
      const password = auth.password ?? '';
      auths.push({ method: auth.method, username, password });
      if (o.users && o.users[username] === password) return cb(null, { user: username });
      const err = Object.assign(new Error(o.echoPasswordOnAuthFailure ? `Authentication failed for ${username} with password ${password}` : 'Authentication failed'), {
        responseCode: 535,
      });
      return cb(err);
    },
    onData: (stream, session, cb) => {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks);
        if (o.rejectData) {
          cb(Object.assign(new Error(o.rejectData.text), { responseCode: o.rejectData.code }));
          return;
        }
        simpleParser(raw).then(
          (parsed) => {
            mails.push({
              from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
              to: session.envelope.rcptTo.map((r) => r.address),
              raw: raw.toString('utf8'),
              parsed,
              secure: session.secure,
              ...(session.user ? { user: session.user } : {}),
            });
            cb(null, 'queued');
          },
          (e: unknown) => cb(e instanceof Error ? e : new Error(String(e))),
        );
      });
    },
  });
  server.on('error', () => undefined);
  const port = await new Promise<number>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(0, LOOPBACK, () => resolve((server.server.address() as AddressInfo).port));
  });
  return {
    port,
    mails,
    auths,
    get connections() {
      return state.connections;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

// ---- HTTP(S) sink ----

export interface SeenRequest {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export interface HttpSink {
  port: number;
  url: string;
  requests: SeenRequest[];
  close(): Promise<void>;
}

/** An HTTP or HTTPS server that records requests and answers with `status(n)` for the n-th (1-based). */
export async function startHttpSink(o: { tls?: { key: string; cert: string }; status?: (n: number) => number; delayMs?: number } = {}): Promise<HttpSink> {
  const requests: SeenRequest[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const handler = (req: http.IncomingMessage, res: http.ServerResponse): void => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      const status = o.status ? o.status(requests.length) : 200;
      const answer = (): void => {
        res.writeHead(status, { 'Content-Type': 'text/plain' });
        res.end(`status ${status}\n`);
      };
      if (o.delayMs) {
        const t = setTimeout(() => (timers.delete(t), answer()), o.delayMs);
        timers.add(t);
      }
      else answer();
    });
  };
  const server = o.tls ? https.createServer({ key: o.tls.key, cert: o.tls.cert }, handler) : http.createServer(handler);
  const port = await listen(server);
  const close = (): Promise<void> => {
    // A pending delayed answer would keep the test process alive after the server is gone.
    for (const t of timers) clearTimeout(t);
    return closeServer(server);
  };
  return { port, url: `${o.tls ? 'https' : 'http'}://${LOOPBACK}:${port}/callhome`, requests, close };
}

// ---- CONNECT proxy ----

export interface ConnectProxy {
  port: number;
  /** CONNECT authorities (host:port) tunnelled. */
  tunnels: string[];
  /** Absolute-URI requests forwarded (plain http:// through the proxy). */
  forwarded: string[];
  close(): Promise<void>;
}

export async function startConnectProxy(o: { refuse?: number } = {}): Promise<ConnectProxy> {
  const tunnels: string[] = [];
  const forwarded: string[] = [];
  const sockets = new Set<net.Socket>();
  const server = http.createServer((req, res) => {
    // Plain-HTTP proxying: the request line carries the absolute URI.
    forwarded.push(req.url ?? '');
    const target = new URL(req.url ?? '');
    const up = http.request(
      { host: target.hostname, port: target.port, path: `${target.pathname}${target.search}`, method: req.method, headers: req.headers, agent: false },
      (upRes) => {
        res.writeHead(upRes.statusCode ?? 502, upRes.headers);
        upRes.pipe(res);
      },
    );
    up.on('error', () => {
      res.writeHead(502);
      res.end();
    });
    req.pipe(up);
  });
  server.on('connect', (req: http.IncomingMessage, client: net.Socket, head: Buffer) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => undefined);
    tunnels.push(req.url ?? '');
    if (o.refuse) {
      client.end(`HTTP/1.1 ${o.refuse} Refused\r\n\r\n`);
      return;
    }
    const [host, port] = splitAuthority(req.url ?? '');
    const upstream = net.connect(port, host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length > 0) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    upstream.on('error', () => client.destroy());
  });
  const port = await listen(server);
  return {
    port,
    tunnels,
    forwarded,
    close: async () => {
      for (const s of sockets) s.destroy();
      await closeServer(server);
    },
  };
}

function splitAuthority(a: string): [string, number] {
  const i = a.lastIndexOf(':');
  return [a.slice(0, i).replace(/^\[|\]$/g, ''), Number(a.slice(i + 1))];
}

/** The seed's syslog sample (000 §F.7) as an outgoing message, for the transport tests. */
export function sampleSyslogMessage(subject: string): { messageId: string; body: string; contentType: string; subject: string; format: 'xml' } {
  return { messageId: 'M8:9S1NMSF22DW:51AEAC68', body: readFixture('aml/syslog-sample.xml'), contentType: 'application/soap+xml; charset=utf-8', subject, format: 'xml' };
}
