// HTTP(S) delivery against real node:http / node:https servers on 127.0.0.1 with a CA generated here.
// Error strings: reference/003-smart-call-home-guide.md §3.2 (L3999–4000 ERR 0, L4039–4040 ERR 500).
import assert from 'node:assert/strict';
import tls from 'node:tls';
import { after, before, describe, it } from 'node:test';
import { deliver, type HttpRoute, type OutgoingMessage } from '../../../server/src/agent/delivery';
import { tlsOptionsFor, trustList } from '../../../server/src/agent/httpTransport';
import { closedPort, LOOPBACK, sampleSyslogMessage, startConnectProxy, startHttpSink, type ConnectProxy, type HttpSink } from '../../helpers/loopback';
import { makeCa, makeServerCert } from '../../helpers/pki';

const msg: OutgoingMessage = sampleSyslogMessage('qiang-vm syslog');
const xml = msg.body;
const fast = { retries: 0, retryDelayMs: 10, timeoutMs: 3000 };
const ERR0 = '%CALL_HOME-3-HTTP_REQUEST_FAILED: Call-Home HTTP request failed (ERR 0) - ';

function httpRoute(urls: string[], extra: Partial<HttpRoute> = {}): HttpRoute {
  return { urls, trustedCaPem: [], serverIdentityCheck: true, ...extra };
}

describe('httpTransport', () => {
  const ca = makeCa('HTTPS Test CA');
  const otherCa = makeCa('Unrelated CA');
  const sinks: HttpSink[] = [];
  const proxies: ConnectProxy[] = [];
  let good: HttpSink; // cert for 127.0.0.1 + localhost from `ca`
  let untrusted: HttpSink; // cert for 127.0.0.1 from `otherCa`
  let wrongName: HttpSink; // cert from `ca` for another host name only

  const sink = async (...a: Parameters<typeof startHttpSink>): Promise<HttpSink> => {
    const s = await startHttpSink(...a);
    sinks.push(s);
    return s;
  };

  before(async () => {
    const leaf = makeServerCert(ca);
    good = await sink({ tls: { key: leaf.keyPem, cert: leaf.certPem } });
    const rogue = makeServerCert(otherCa);
    untrusted = await sink({ tls: { key: rogue.keyPem, cert: rogue.certPem } });
    const other = makeServerCert(ca, { dns: ['collector.example.net'] });
    wrongName = await sink({ tls: { key: other.keyPem, cert: other.certPem } });
  });
  after(async () => {
    await Promise.all([...sinks, ...proxies].map((s) => s.close()));
  });

  it('trusts the trustpoint certificates and the system store together', () => {
    const opts = tlsOptionsFor(httpRoute([], { trustedCaPem: [ca.certPem] }), LOOPBACK);
    assert.ok(opts.secureContext !== undefined, 'a cached secure context carries the trust list');
    const cas = trustList([ca.certPem]);
    assert.equal(cas.length, tls.rootCertificates.length + 1);
    assert.ok(cas.includes(ca.certPem));
    assert.ok(cas.includes(tls.rootCertificates[0] as string));
    assert.equal(opts.rejectUnauthorized, true);
  });

  it('POSTs the body with its content type over HTTPS; 2xx is success', async () => {
    const before = good.requests.length;
    const [r] = await deliver(msg, { http: httpRoute([good.url], { trustedCaPem: [ca.certPem] }) }, fast);
    assert.equal(r?.ok, true, r?.status);
    assert.equal(r?.httpStatus, 200);
    assert.equal(r?.attempts, 1);
    const req = good.requests[before];
    assert.ok(req);
    assert.equal(req.method, 'POST');
    assert.equal(req.url, '/callhome');
    assert.equal(req.headers['content-type'], 'application/soap+xml; charset=utf-8');
    assert.equal(req.body, xml);
  });

  it('refuses a server whose CA is not trusted, with ERR 0 and the reason', async () => {
    const [r] = await deliver(msg, { http: httpRoute([untrusted.url], { trustedCaPem: [ca.certPem] }) }, { ...fast, retries: 2 });
    assert.equal(r?.ok, false);
    assert.ok(r?.status.startsWith(ERR0), r?.status);
    assert.match(r?.status ?? '', /certificate/i);
    assert.equal(r?.attempts, 1, 'a certificate failure is not retried');
    assert.equal(untrusted.requests.length, 0);
  });

  it('no server-identity-check still verifies the chain: an unrelated CA is refused', async () => {
    const [r] = await deliver(msg, { http: httpRoute([untrusted.url], { trustedCaPem: [ca.certPem], serverIdentityCheck: false }) }, fast);
    assert.equal(r?.ok, false);
    assert.ok(r?.status.startsWith(ERR0), r?.status);
    assert.equal(untrusted.requests.length, 0);
  });

  it('a certificate for another host name: refused with the identity check, accepted without it', async () => {
    const [strict] = await deliver(msg, { http: httpRoute([wrongName.url], { trustedCaPem: [ca.certPem] }) }, fast);
    assert.equal(strict?.ok, false);
    assert.ok(strict?.status.startsWith(ERR0), strict?.status);
    assert.match(strict?.status ?? '', /altnames|ERR_TLS_CERT_ALTNAME_INVALID/);
    assert.equal(wrongName.requests.length, 0);

    const [lax] = await deliver(msg, { http: httpRoute([wrongName.url], { trustedCaPem: [ca.certPem], serverIdentityCheck: false }) }, fast);
    assert.equal(lax?.ok, true, lax?.status);
    assert.equal(wrongName.requests.length, 1);
  });

  it('goes through an HTTP CONNECT proxy for https:// (tunnel used, TLS end to end)', async () => {
    const proxy = await startConnectProxy();
    proxies.push(proxy);
    const before = good.requests.length;
    const [r] = await deliver(msg, { http: httpRoute([good.url], { trustedCaPem: [ca.certPem], proxy: { host: LOOPBACK, port: proxy.port } }) }, fast);
    assert.equal(r?.ok, true, r?.status);
    assert.deepEqual(proxy.tunnels, [`${LOOPBACK}:${good.port}`]);
    assert.equal(good.requests.length, before + 1);
    assert.equal(good.requests[before]?.body, xml);
  });

  it('the proxy tunnel still verifies the certificate', async () => {
    const proxy = await startConnectProxy();
    proxies.push(proxy);
    const [r] = await deliver(msg, { http: httpRoute([untrusted.url], { trustedCaPem: [ca.certPem], proxy: { host: LOOPBACK, port: proxy.port } }) }, fast);
    assert.equal(r?.ok, false);
    assert.equal(proxy.tunnels.length, 1, 'the tunnel was opened');
    assert.ok(r?.status.startsWith(ERR0), r?.status);
    assert.equal(untrusted.requests.length, 0);
  });

  it('a proxy that refuses CONNECT is reported with ERR 0', async () => {
    const proxy = await startConnectProxy({ refuse: 407 });
    proxies.push(proxy);
    const [r] = await deliver(msg, { http: httpRoute([good.url], { trustedCaPem: [ca.certPem], proxy: { host: LOOPBACK, port: proxy.port } }) }, { ...fast, retries: 2 });
    assert.equal(r?.ok, false);
    assert.ok(r?.status.startsWith(`${ERR0}proxy ${LOOPBACK}:${proxy.port} refused CONNECT`), r?.status);
    assert.equal(r?.attempts, 1, '407 is not retried');
  });

  it('plain http:// through the proxy uses an absolute-URI request', async () => {
    const plain = await sink();
    const proxy = await startConnectProxy();
    proxies.push(proxy);
    const [r] = await deliver(msg, { http: httpRoute([plain.url], { proxy: { host: LOOPBACK, port: proxy.port } }) }, fast);
    assert.equal(r?.ok, true, r?.status);
    assert.deepEqual(proxy.forwarded, [plain.url]);
    assert.equal(plain.requests[0]?.body, xml);
  });

  it('a server answering 500 is retried N times with the same MessageId; status ends (ERR 500)', async () => {
    const failing = await sink({ status: () => 500 });
    const [r] = await deliver(msg, { http: httpRoute([failing.url]) }, { retries: 3, retryDelayMs: 5, timeoutMs: 3000 });
    assert.equal(r?.ok, false);
    assert.equal(r?.attempts, 4);
    assert.equal(r?.httpStatus, 500);
    assert.equal(r?.status, '%CALL_HOME-3-HTTP_REQUEST_FAILED: Call-Home HTTP request failed (ERR 500)');
    assert.equal(failing.requests.length, 4);
    for (const req of failing.requests) {
      assert.equal(req.headers['x-callhome-messageid'], msg.messageId);
      assert.match(req.body, /<aml-session:MessageId>M8:9S1NMSF22DW:51AEAC68<\/aml-session:MessageId>/);
    }
  });

  it('retries a 500 until the server recovers', async () => {
    const flaky = await sink({ status: (n) => (n < 3 ? 500 : 202) });
    const [r] = await deliver(msg, { http: httpRoute([flaky.url]) }, { retries: 4, retryDelayMs: 5 });
    assert.equal(r?.ok, true, r?.status);
    assert.equal(r?.attempts, 3);
    assert.equal(r?.httpStatus, 202);
  });

  it('does not retry 4xx, except 408 and 429', async () => {
    const notFound = await sink({ status: () => 404 });
    const [a] = await deliver(msg, { http: httpRoute([notFound.url]) }, { retries: 3, retryDelayMs: 5 });
    assert.equal(a?.attempts, 1);
    assert.equal(a?.status, '%CALL_HOME-3-HTTP_REQUEST_FAILED: Call-Home HTTP request failed (ERR 404)');
    const busy = await sink({ status: () => 429 });
    const [b] = await deliver(msg, { http: httpRoute([busy.url]) }, { retries: 2, retryDelayMs: 5 });
    assert.equal(b?.attempts, 3);
    assert.equal(busy.requests.length, 3);
  });

  it('connection refused is ERR 0 with the reason, and is retried', async () => {
    const port = await closedPort();
    const [r] = await deliver(msg, { http: httpRoute([`http://${LOOPBACK}:${port}/x`]) }, { retries: 1, retryDelayMs: 5 });
    assert.equal(r?.ok, false);
    assert.equal(r?.attempts, 2);
    assert.ok(r?.status.startsWith(ERR0), r?.status);
    assert.match(r?.status ?? '', /ECONNREFUSED/);
  });

  it('times out a server that does not answer', async () => {
    const slow = await sink({ delayMs: 2000 });
    const t0 = Date.now();
    const [r] = await deliver(msg, { http: httpRoute([slow.url]) }, { retries: 0, timeoutMs: 200 });
    assert.equal(r?.ok, false);
    assert.ok(Date.now() - t0 < 1500);
    assert.match(r?.status ?? '', /\(ERR 0\) - no answer within 200 ms/);
  });

  it('reports each URL separately and masks a password in a URL', async () => {
    const plain = await sink();
    const port = await closedPort();
    const results = await deliver(msg, { http: httpRoute([plain.url.replace('http://', 'http://u:pa55word@'), `http://${LOOPBACK}:${port}/`, 'ftp://x/']) }, fast);
    assert.deepEqual(results.map((r) => r.ok), [true, false, false]);
    assert.ok(!JSON.stringify(results).includes('pa55word'), JSON.stringify(results));
    assert.equal(plain.requests[0]?.headers.authorization, `Basic ${Buffer.from('u:pa55word').toString('base64')}`);
    assert.match(results[2]?.status ?? '', /\(ERR 0\) - unsupported scheme ftp:/);
  });
});
