// HTTP(S) transport (SPEC §5; reference/000 §G.2): POST the rendered message; 2xx is success.
// TLS trusts the profile's trustpoint certificates plus the system store; `no http secure
// server-identity-check` turns off only the host-name check; `http-proxy` is reached with CONNECT for
// https:// (a tunnel, so TLS stays end to end) and with an absolute-URI request for plain http://.
import http from 'node:http';
import https from 'node:https';
import { isIP, type Socket } from 'node:net';
import tls from 'node:tls';
import type { HttpRoute, OutgoingMessage } from './delivery';
import { displayUrl, errorText, httpFailedLine, httpOkLine, type TryOutcome } from './status';

export interface HttpTryOptions {
  timeoutMs: number;
  log: (line: string) => void;
  attempt: number;
}

/** Errors that are the same on every try: certificate and TLS-verification failures, bad URLs. */
const PERMANENT_CODES = /CERT|SELF_SIGNED|UNABLE_TO_|ERR_TLS_|ERR_SSL_|ERR_INVALID_URL|HOSTNAME_MISMATCH/;

class PermanentError extends Error {}

/** Status codes a server may answer differently next time (the device retries 500, L4039–4053). */
export function isRetryableStatus(status: number): boolean {
  return status >= 500 || status === 408 || status === 429;
}

// Building a context from the ~140 system roots costs ~20 ms; one context per trust set is kept and reused.
const contexts = new Map<string, tls.SecureContext>();

/** The certificates trusted for a route: Node's `ca` replaces its default store, so the system roots are added back. */
export function trustList(trustedCaPem: readonly string[]): string[] {
  return [...tls.rootCertificates, ...trustedCaPem];
}

function secureContextFor(trustedCaPem: readonly string[]): tls.SecureContext {
  const key = trustedCaPem.join('\n');
  let ctx = contexts.get(key);
  if (ctx === undefined) {
    ctx = tls.createSecureContext({ ca: trustList(trustedCaPem) });
    if (contexts.size > 32) contexts.clear();
    contexts.set(key, ctx);
  }
  return ctx;
}

export function tlsOptionsFor(route: HttpRoute, host: string): tls.ConnectionOptions {
  return {
    secureContext: secureContextFor(route.trustedCaPem),
    rejectUnauthorized: true, // the chain is always verified, even without the identity check
    ...(isIP(host) ? {} : { servername: host }),
    checkServerIdentity: route.serverIdentityCheck ? tls.checkServerIdentity : () => undefined,
  };
}

export async function postOnce(msg: OutgoingMessage, rawUrl: string, route: HttpRoute, o: HttpTryOptions): Promise<TryOutcome> {
  const shown = displayUrl(rawUrl);
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return { ok: false, retryable: false, status: httpFailedLine(0, `invalid URL ${shown}`) };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { ok: false, retryable: false, status: httpFailedLine(0, `unsupported scheme ${url.protocol} in ${shown} (use http:// or https://)`) };
  }
  const server = `${url.hostname}:${url.port || (url.protocol === 'https:' ? 443 : 80)}`;
  try {
    const res = await post(msg, url, route, o.timeoutMs);
    if (res.status >= 200 && res.status < 300) {
      return { ok: true, retryable: false, status: httpOkLine(res.status, shown), server, httpStatus: res.status };
    }
    o.log(`http ${shown} attempt ${o.attempt}: HTTP ${res.status}${res.body ? ` ${res.body.slice(0, 200).replace(/\s+/g, ' ')}` : ''}`);
    return { ok: false, retryable: isRetryableStatus(res.status), status: httpFailedLine(res.status), server, httpStatus: res.status };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? '';
    const permanent = e instanceof PermanentError || PERMANENT_CODES.test(code);
    return { ok: false, retryable: !permanent, status: httpFailedLine(0, errorText(e)), server };
  }
}

interface HttpReply {
  status: number;
  body: string;
}

function post(msg: OutgoingMessage, url: URL, route: HttpRoute, timeoutMs: number): Promise<HttpReply> {
  const body = Buffer.from(msg.body, 'utf8');
  const isHttps = url.protocol === 'https:';
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const port = Number(url.port || (isHttps ? 443 : 80));
  const headers: http.OutgoingHttpHeaders = {
    'Content-Type': msg.contentType,
    'Content-Length': body.length,
    'X-Callhome-MessageId': msg.messageId,
    'User-Agent': 'callhome-toolkit',
    Host: url.host,
  };
  if (url.username || url.password) {
    headers.Authorization = `Basic ${Buffer.from(`${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`).toString('base64')}`;
  }
  const proxy = route.proxy;

  return new Promise<HttpReply>((resolve, reject) => {
    let settled = false;
    const cleanups: Array<() => void> = [];
    const finish = (err: unknown, reply?: HttpReply): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      for (const c of cleanups) c();
      if (err !== undefined) reject(err);
      else resolve(reply as HttpReply);
    };
    const timer = setTimeout(() => finish(new Error(`no answer within ${timeoutMs} ms (ETIMEDOUT)`)), timeoutMs);

    const send = (req: http.ClientRequest): void => {
      cleanups.push(() => req.destroy());
      req.on('error', (e) => finish(e));
      req.on('response', (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (c: Buffer) => {
          // Only the start of an error page is kept for the log.
          if (size < 4096) chunks.push(c);
          size += c.length;
        });
        res.on('end', () => finish(undefined, { status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', (e) => finish(e));
      });
      req.end(body);
    };

    const path = `${url.pathname}${url.search}`;
    if (!proxy) {
      const common = { host, port, path, method: 'POST', headers, agent: false as const };
      send(isHttps ? https.request({ ...common, ...tlsOptionsFor(route, host) }) : http.request(common));
      return;
    }
    if (!isHttps) {
      // A plain-HTTP proxy request: absolute URI in the request line, as proxies expect for http://.
      const target = new URL(url.toString());
      target.username = '';
      target.password = '';
      send(http.request({ host: proxy.host, port: proxy.port, path: target.toString(), method: 'POST', headers, agent: false }));
      return;
    }
    openTunnel(proxy, host, port, cleanups).then(
      (socket) => {
        if (settled) return;
        const tlsSocket = tls.connect({ ...tlsOptionsFor(route, host), socket });
        cleanups.push(() => tlsSocket.destroy());
        // No `agent` key: with one (even `false`) Node would ignore createConnection and dial directly.
        send(https.request({ host, port, path, method: 'POST', headers, createConnection: () => tlsSocket }));
      },
      (e: unknown) => finish(e),
    );
  });
}

/** An HTTP CONNECT tunnel through the proxy to host:port (node:http only, no proxy library). */
function openTunnel(proxy: { host: string; port: number }, host: string, port: number, cleanups: Array<() => void>): Promise<Socket> {
  const authority = `${isIP(host) === 6 ? `[${host}]` : host}:${port}`;
  return new Promise((resolve, reject) => {
    const req = http.request({ host: proxy.host, port: proxy.port, method: 'CONNECT', path: authority, headers: { Host: authority }, agent: false });
    cleanups.push(() => req.destroy());
    req.once('connect', (res, socket, head) => {
      if (res.statusCode !== 200) {
        socket.destroy();
        const err = new Error(`proxy ${proxy.host}:${proxy.port} refused CONNECT ${authority} (HTTP ${res.statusCode ?? 0})`);
        // A 407 or 403 will not change by itself; a 5xx (upstream unreachable) may.
        reject((res.statusCode ?? 0) >= 500 ? err : new PermanentError(err.message));
        return;
      }
      cleanups.push(() => socket.destroy());
      if (head.length > 0) socket.unshift(head);
      resolve(socket);
    });
    req.once('error', (e) => reject(new Error(`proxy ${proxy.host}:${proxy.port}: ${errorText(e)}`)));
    req.end();
  });
}
