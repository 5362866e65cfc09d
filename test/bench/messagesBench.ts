// Render latency per format, send-to-loopback latency (SMTP and HTTPS, real servers on 127.0.0.1), and the
// receiver's throughput — each against a baseline measured in the same run.
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import nodemailer from 'nodemailer';
import { deliver, type OutgoingMessage } from '../../server/src/agent/delivery';
import { startReceiver } from '../../server/src/agent/receiver';
import { validate } from '../../server/src/language';
import { defaultDeviceFacts, render, type MessageFormat } from '../../server/src/render';
import { startHttpSink, startSmtpCapture } from '../helpers/loopback';
import { makeCa, makeServerCert } from '../helpers/pki';
import { repoRoot } from '../helpers/paths';
import type { BenchSection } from './extraSections';
import { median, ms, percentile, record, timeAsync, timeSync } from './harness';

export const messagesSection: BenchSection = {
  name: 'messages',
  async run({ oneMb }) {
    const example = fs.readFileSync(path.join(repoRoot, 'examples', 'router-confg'), 'utf8');
    const model = validate(example).analysis.model;
    const facts = defaultDeviceFacts(model);
    const now = new Date('2026-11-22T10:00:00Z');
    // Baseline: serializing the same message model with JSON.stringify (what any output format costs at least).
    const model0 = render(model, { profile: 'LAB-RECEIVER', group: 'test', facts, now, config: example }).message;
    const base = median(timeSync(() => void JSON.stringify(model0).length, 200, 20));
    for (const format of ['xml', 'long-text', 'short-text'] as MessageFormat[]) {
      const t = timeSync(() => void render(model, { profile: 'LAB-RECEIVER', group: 'test', facts, now, format, config: example }).body, 200, 20);
      record({ section: 'render', metric: `test message, ${format} (median of 200; p95 ${ms(percentile(t, 95))})`, value: ms(median(t)), baseline: `JSON.stringify of the message ${ms(base)}`, ratio: `${(median(t) / base).toFixed(1)}×` });
    }
    // The configuration group attaches the whole (scrubbed) running-config: use the 1 MB one.
    const bigModel = validate(oneMb).analysis.model;
    const bigProfile = bigModel.profiles.find((p) => p.configured && !p.predefined)?.name ?? 'CiscoTAC-1';
    const copy = timeSync(() => void oneMb.replace(/secret \S+/g, 'secret <removed>').length, 10, 2);
    const tc = timeSync(() => void render(bigModel, { profile: bigProfile, group: 'configuration', facts: defaultDeviceFacts(bigModel), now, format: 'xml', config: oneMb }).body, 10, 2);
    record({ section: 'render', metric: 'configuration message with the 1 MB running-config attached and scrubbed, xml (median of 10)', value: ms(median(tc)), baseline: `one regex pass over the text ${ms(median(copy))}`, ratio: `${(median(tc) / median(copy)).toFixed(1)}×` });

    const msg = render(model, { profile: 'LAB-RECEIVER', group: 'test', facts, now, config: example });
    const out: OutgoingMessage = { messageId: msg.messageId, body: msg.body, contentType: msg.contentType, subject: msg.subject, format: msg.format };

    // SMTP to a real server on loopback; baseline: nodemailer alone sending the same mail to the same server.
    const smtp = await startSmtpCapture();
    try {
      const route = { email: { to: ['noc@example.com'], from: 'lab@example.com', mailServers: [{ host: '127.0.0.1', priority: 1, secureTls: false }] } };
      const t = await timeAsync(async () => void (await deliver(out, route, { smtpPort: smtp.port, retries: 0 })), 20, 2);
      const raw = nodemailer.createTransport({ host: '127.0.0.1', port: smtp.port, secure: false, ignoreTLS: true });
      const b = await timeAsync(async () => void (await raw.sendMail({ from: 'lab@example.com', to: 'noc@example.com', subject: out.subject, text: out.body })), 20, 2);
      raw.close();
      record({ section: 'send', metric: 'SMTP to loopback, one message (median of 20)', value: ms(median(t)), baseline: `nodemailer alone ${ms(median(b))}`, ratio: `${(median(t) / median(b)).toFixed(2)}×` });
    } finally {
      await smtp.close();
    }

    // HTTPS with a CA made here, trusted as a trustpoint certificate would be; baseline: a bare https.request.
    const ca = makeCa('Bench CA');
    const leaf = makeServerCert(ca);
    const sink = await startHttpSink({ tls: { key: leaf.keyPem, cert: leaf.certPem } });
    try {
      const route = { http: { urls: [sink.url], trustedCaPem: [ca.certPem], serverIdentityCheck: true } };
      const t = await timeAsync(async () => void (await deliver(out, route, { retries: 0 })), 30, 3);
      const agent = new https.Agent({ keepAlive: false, ca: [ca.certPem] });
      const b = await timeAsync(
        () =>
          new Promise<void>((resolve, reject) => {
            const req = https.request(sink.url, { method: 'POST', agent, headers: { 'Content-Type': out.contentType } }, (res) => {
              res.resume();
              res.on('end', () => resolve());
            });
            req.on('error', reject);
            req.end(out.body);
          }),
        30,
        3,
      );
      record({ section: 'send', metric: 'HTTPS POST to loopback, one message, new TLS connection (median of 30)', value: ms(median(t)), baseline: `bare https.request ${ms(median(b))}`, ratio: `${(median(t) / median(b)).toFixed(2)}×` });
    } finally {
      await sink.close();
    }

    // Receiver throughput: 400 POSTs, 8 at a time; baseline: an HTTP server that only reads the body and answers 200.
    const dir = fs.mkdtempSync(path.join(repoRoot, '.bench', 'inbox-'));
    const receiver = await startReceiver({ httpPort: 0, smtpPort: 0, dir });
    const plain = http.createServer((req, res) => {
      req.resume();
      req.on('end', () => res.end('ok'));
    });
    await new Promise<void>((r) => plain.listen(0, '127.0.0.1', r));
    const plainUrl = `http://127.0.0.1:${(plain.address() as { port: number }).port}/`;
    const agent = new http.Agent({ keepAlive: true, maxSockets: 8 });
    const blast = async (url: string, n: number): Promise<number> => {
      let next = 0;
      const t0 = performance.now();
      await Promise.all(
        Array.from({ length: 8 }, async () => {
          while (next < n) {
            next++;
            await new Promise<void>((resolve, reject) => {
              const req = http.request(url, { method: 'POST', agent, headers: { 'Content-Type': out.contentType } }, (res) => {
                res.resume();
                res.on('end', () => (res.statusCode === 200 ? resolve() : reject(new Error(`status ${res.statusCode}`))));
              });
              req.on('error', reject);
              req.end(out.body);
            });
          }
        }),
      );
      return n / ((performance.now() - t0) / 1000);
    };
    try {
      await blast(receiver.httpUrl, 40);
      const rate = await blast(receiver.httpUrl, 400);
      const base = await blast(plainUrl, 400);
      record({ section: 'receiver', metric: 'HTTP messages checked (AML) and stored per second, 8 concurrent clients', value: `${rate.toFixed(0)} msg/s`, baseline: `read-and-200 server ${base.toFixed(0)} msg/s`, ratio: `${(base / rate).toFixed(1)}× slower than the baseline` });
    } finally {
      agent.destroy();
      await receiver.close();
      await new Promise<void>((r) => plain.close(() => r()));
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};
