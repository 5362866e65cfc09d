// The local receiver, end to end: deliver() → real HTTP(S) / SMTP listeners on 127.0.0.1 → files in `dir`.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { deliver, type OutgoingMessage } from '../../../server/src/agent/delivery';
import { startReceiver, type ReceivedMessage, type ReceivedMeta, type Receiver } from '../../../server/src/agent/receiver';
import { LOOPBACK, readFixture, tmpDir } from '../../helpers/loopback';
import { makeCa, makeServerCert } from '../../helpers/pki';

const xml = readFixture('aml/syslog-sample.xml');
const xmlMsg: OutgoingMessage = { messageId: 'M8:9S1NMSF22DW:51AEAC68', body: xml, contentType: 'application/soap+xml; charset=utf-8', subject: 'qiang-vm syslog', format: 'xml' };
// CRLF, trailing blanks, tabs and non-ASCII: all must come back byte for byte.
const longText = 'TimeStamp : 2024-01-12 10:00:03 GMT+00:00\r\nMessage Name : test   \r\nDevice ID : C9300@C@FOC1234X0YZ\r\nCommand Output Text : Zürich\tline   \n\n';
const ltMsg: OutgoingMessage = { messageId: 'M4:FOC1234X0YZ:65A1B2C3', body: longText, contentType: 'text/plain; charset=utf-8', subject: 'sw1 test', format: 'long-text' };
const fast = { retries: 0, retryDelayMs: 5, timeoutMs: 3000 };

function metaOf(m: ReceivedMessage): ReceivedMeta {
  return JSON.parse(readFileSync(m.metaFile, 'utf8')) as ReceivedMeta;
}

/** POST without deliver(), to read the receiver's answer text. */
function post(url: string, body: string, contentType: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: 'POST', headers: { 'Content-Type': contentType } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('receiver', () => {
  const tmp = tmpDir();
  let rx: Receiver;
  const seen: ReceivedMessage[] = [];
  const next = (): Promise<ReceivedMessage> => new Promise((resolve) => rx.once('message', resolve));

  before(async () => {
    rx = await startReceiver({ httpPort: 0, smtpPort: 0, dir: tmp.dir, maxBytes: 8192 });
    rx.on('message', (m) => seen.push(m));
  });
  after(async () => {
    await rx.close();
    tmp.remove();
  });

  it('binds to loopback by default and answers GET / with 200, other methods 405', async () => {
    assert.match(rx.httpUrl, /^http:\/\/127\.0\.0\.1:\d+\/$/);
    const get = await new Promise<number>((resolve, reject) => http.get(rx.httpUrl, (res) => (res.resume(), resolve(res.statusCode ?? 0))).on('error', reject));
    assert.equal(get, 200);
    const put = await new Promise<number>((resolve, reject) =>
      http.request(rx.httpUrl, { method: 'PUT' }, (res) => (res.resume(), resolve(res.statusCode ?? 0))).on('error', reject).end('x'),
    );
    assert.equal(put, 405);
  });

  it('HTTP round trip: accepted with 200, stored byte-exact with its meta', async () => {
    const got = next();
    const [r] = await deliver(xmlMsg, { http: { urls: [`${rx.httpUrl}callhome`], trustedCaPem: [], serverIdentityCheck: true } }, fast);
    assert.equal(r?.ok, true, r?.status);
    assert.equal(r?.httpStatus, 200);
    const m = await got;
    assert.equal(m.accepted, true);
    assert.equal(path.dirname(m.file), tmp.dir);
    assert.equal(readFileSync(m.file, 'utf8'), xml);
    const meta = metaOf(m);
    assert.equal(meta.transport, 'http');
    assert.equal(meta.messageId, xmlMsg.messageId);
    assert.equal(meta.deviceId, 'CSR1000V@C@9S1NMSF22DW');
    assert.equal(meta.from, LOOPBACK);
    assert.deepEqual(meta.to, ['/callhome']);
    assert.equal(meta.format, 'xml');
    assert.ok(!Number.isNaN(Date.parse(meta.time)));
  });

  it('SMTP round trip: accepted with 250, the body stored exactly as rendered', async () => {
    const got = next();
    const [r] = await deliver(
      ltMsg,
      { email: { to: ['noc@example.com'], from: 'sw1@example.com', mailServers: [{ host: LOOPBACK, port: rx.smtpPort, priority: 1, username: 'lab', password: 'any-pw', secureTls: false }] } },
      fast,
    );
    assert.equal(r?.ok, true, r?.status);
    assert.match(r?.status ?? '', /\(250 /);
    const m = await got;
    assert.equal(m.accepted, true);
    assert.equal(readFileSync(m.file, 'utf8'), longText);
    const meta = metaOf(m);
    assert.equal(meta.transport, 'smtp');
    assert.equal(meta.from, 'sw1@example.com');
    assert.deepEqual(meta.to, ['noc@example.com']);
    assert.equal(meta.messageId, ltMsg.messageId);
    assert.equal(meta.user, 'lab');
    assert.equal(meta.subject, 'sw1 test');
    assert.equal(meta.format, 'long-text');
    assert.ok(!readFileSync(m.metaFile, 'utf8').includes('any-pw'), 'the password is not stored');
    assert.ok(meta.rawFile && existsSync(path.join(tmp.dir, meta.rawFile)));
  });

  it('SMTP round trip of the XML sample', async () => {
    const got = next();
    const [r] = await deliver(xmlMsg, { email: { to: ['a@example.com'], from: 'r@example.com', mailServers: [{ host: LOOPBACK, port: rx.smtpPort, priority: 1, secureTls: false }] } }, fast);
    assert.equal(r?.ok, true, r?.status);
    const m = await got;
    assert.equal(readFileSync(m.file, 'utf8'), xml);
    assert.equal(metaOf(m).messageId, xmlMsg.messageId);
  });

  it('malformed XML over HTTP: 400 with the reason, kept in rejected/', async () => {
    const broken = xml.replace('</aml-session:From>', '');
    const got = next();
    const answer = await post(rx.httpUrl, broken, 'application/soap+xml; charset=utf-8');
    assert.equal(answer.status, 400);
    assert.match(answer.text, /^rejected: XML is not well-formed/);
    const m = await got;
    assert.equal(m.accepted, false);
    assert.equal(path.dirname(m.file), path.join(tmp.dir, 'rejected'));
    assert.equal(readFileSync(m.file, 'utf8'), broken);
    assert.match(metaOf(m).reason ?? '', /not well-formed/);

    // deliver() sees the same refusal, not retried (4xx).
    const [r] = await deliver({ ...xmlMsg, body: broken }, { http: { urls: [rx.httpUrl], trustedCaPem: [], serverIdentityCheck: true } }, { ...fast, retries: 2 });
    assert.equal(r?.status, '%CALL_HOME-3-HTTP_REQUEST_FAILED: Call-Home HTTP request failed (ERR 400)');
    assert.equal(r?.attempts, 1);
  });

  it('AML without a DeviceId over SMTP: 550 with the reason, kept in rejected/', async () => {
    const noDevice = xml.replace('<ch:DeviceId>CSR1000V@C@9S1NMSF22DW</ch:DeviceId>', '');
    const got = next();
    const [r] = await deliver({ ...xmlMsg, body: noDevice }, { email: { to: ['a@example.com'], from: 'r@example.com', mailServers: [{ host: LOOPBACK, port: rx.smtpPort, priority: 1, secureTls: false }] } }, { ...fast, retries: 2 });
    assert.equal(r?.ok, false);
    assert.equal(r?.attempts, 1, '5xx is final');
    assert.match(r?.status ?? '', /\(ERR 550, .*missing .*ch:DeviceId/);
    const m = await got;
    assert.equal(m.accepted, false);
    assert.equal(path.dirname(m.file), path.join(tmp.dir, 'rejected'));
    assert.equal(readFileSync(m.file, 'utf8'), noDevice);
  });

  it('oversized: 413 over HTTP and 552 over SMTP, both kept in rejected/', async () => {
    const big = `${xml}<!--${'x'.repeat(10_000)}-->`;
    const got = next();
    const answer = await post(rx.httpUrl, big, 'application/soap+xml');
    assert.equal(answer.status, 413);
    assert.match(answer.text, /over the 8192-byte limit/);
    const m = await got;
    assert.equal(m.accepted, false);
    assert.equal(metaOf(m).truncated, true);
    assert.equal(metaOf(m).bytes, Buffer.byteLength(big));
    assert.ok(m.file.includes(`${path.sep}rejected${path.sep}`));

    const gotMail = next();
    const [r] = await deliver({ ...xmlMsg, body: big }, { email: { to: ['a@example.com'], from: 'r@example.com', mailServers: [{ host: LOOPBACK, port: rx.smtpPort, priority: 1, secureTls: false }] } }, fast);
    assert.equal(r?.ok, false);
    assert.match(r?.status ?? '', /\(ERR 552, /);
    const mm = await gotMail;
    assert.equal(mm.accepted, false);
    assert.equal(metaOf(mm).code, 552);
    assert.ok(readdirSync(path.join(tmp.dir, 'rejected')).length >= 6);
  });

  it('every message was reported through the event', () => {
    assert.equal(seen.filter((m) => m.accepted).length, 3);
    assert.ok(seen.filter((m) => !m.accepted).length >= 4);
  });
});

describe('receiver with TLS (HTTPS + SMTP STARTTLS)', () => {
  it('accepts over HTTPS and STARTTLS with a CA generated here, and close() frees every port', async () => {
    const ca = makeCa('Receiver CA');
    const leaf = makeServerCert(ca);
    const tmp = tmpDir();
    const rx = await startReceiver({ httpPort: 0, httpsPort: 0, smtpPort: 0, tls: { key: leaf.keyPem, cert: leaf.certPem }, dir: tmp.dir });
    try {
      assert.match(rx.httpsUrl ?? '', /^https:\/\/127\.0\.0\.1:\d+\/$/);
      const [h] = await deliver(xmlMsg, { http: { urls: [rx.httpsUrl ?? ''], trustedCaPem: [ca.certPem], serverIdentityCheck: true } }, fast);
      assert.equal(h?.ok, true, h?.status);
      const [e] = await deliver(
        ltMsg,
        { email: { to: ['a@example.com'], from: 'r@example.com', trustedCaPem: [ca.certPem], mailServers: [{ host: LOOPBACK, port: rx.smtpPort, priority: 1, secureTls: true }] } },
        fast,
      );
      assert.equal(e?.ok, true, e?.status);
      const stored = readdirSync(tmp.dir).filter((f) => f.endsWith('.json'));
      const metas = stored.map((f) => JSON.parse(readFileSync(path.join(tmp.dir, f), 'utf8')) as ReceivedMeta);
      assert.deepEqual(metas.map((m) => m.transport).sort(), ['https', 'smtp']);
    } finally {
      await rx.close();
      tmp.remove();
    }
    const ports = [rx.httpUrl, rx.httpsUrl ?? ''].map((u) => Number(new URL(u).port)).concat(rx.smtpPort);
    for (const port of ports) {
      const refused = await new Promise<boolean>((resolve) => {
        const s = net.connect(port, LOOPBACK);
        s.once('connect', () => (s.destroy(), resolve(false)));
        s.once('error', () => resolve(true));
      });
      assert.ok(refused, `port ${port} closed`);
    }
  });
});
