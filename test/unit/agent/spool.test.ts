// Spool: a message some destination did not take after the retries is written to disk, without passwords,
// and can be listed and re-sent (same MessageId). Nothing is dropped silently.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { after, describe, it } from 'node:test';
import { deliver, type OutgoingMessage, type Route } from '../../../server/src/agent/delivery';
import { listSpool, resendSpool } from '../../../server/src/agent/spool';
import { closedPort, LOOPBACK, startHttpSink, startSmtpCapture, tmpDir, type HttpSink, type SmtpCapture } from '../../helpers/loopback';

const msg: OutgoingMessage = {
  messageId: 'M3:FOC1234X0YZ:65A1B2C3',
  body: 'TimeStamp : 2024-01-12 10:00:03 GMT+00:00\nMessage Name : test\nDevice ID : C9300@C@FOC1234X0YZ\n',
  contentType: 'text/plain; charset=utf-8',
  subject: 'sw1 test',
  format: 'long-text',
};

describe('spool', () => {
  const cleanup: Array<() => unknown> = [];
  after(async () => {
    for (const c of cleanup.reverse()) await c();
  });

  it('writes the failed destinations (only) to the spool on final failure, with no password', async () => {
    const tmp = tmpDir();
    cleanup.push(tmp.remove);
    const ok: HttpSink = await startHttpSink();
    cleanup.push(() => ok.close());
    const deadHttp = await closedPort();
    const deadSmtp = await closedPort();
    const route: Route = {
      http: { urls: [ok.url, `http://${LOOPBACK}:${deadHttp}/ch`], trustedCaPem: [], serverIdentityCheck: true },
      email: { to: ['noc@example.com'], from: 'sw1@example.com', mailServers: [{ host: LOOPBACK, port: deadSmtp, priority: 1, username: 'mailer', password: 'Hunter2!x', secureTls: false }] },
    };
    const results = await deliver(msg, route, { retries: 1, retryDelayMs: 5, spoolDir: tmp.dir });
    const byDest = new Map(results.map((r) => [r.destination, r]));
    assert.equal(byDest.get(ok.url)?.ok, true);
    assert.equal(byDest.get(ok.url)?.spooled, undefined);
    const failed = results.filter((r) => !r.ok);
    assert.equal(failed.length, 2);
    const file = failed[0]?.spooled;
    assert.ok(file, 'failed results name the spool file');
    assert.ok(failed.every((r) => r.spooled === file && r.attempts === 2));

    const files = readdirSync(tmp.dir);
    assert.equal(files.length, 1, files.join());
    const text = readFileSync(file, 'utf8');
    assert.ok(!text.includes('Hunter2!x'), 'no password in the spool');
    const entry = JSON.parse(text) as { messageId: string; body: string; route: Route; error: string; time: string; failures: unknown[] };
    assert.equal(entry.messageId, msg.messageId);
    assert.equal(entry.body, msg.body);
    assert.deepEqual(entry.route.http?.urls, [`http://${LOOPBACK}:${deadHttp}/ch`], 'only the failed URL is kept');
    assert.equal(entry.route.email?.mailServers[0]?.username, 'mailer');
    assert.equal(entry.route.email?.mailServers[0]?.password, undefined);
    assert.match(entry.error, /^%CALL_HOME-3-/);
    assert.equal(entry.failures.length, 2);
    assert.ok(!Number.isNaN(Date.parse(entry.time)));

    const listed = await listSpool(tmp.dir);
    assert.equal(listed.length, 1);
    assert.equal(listed[0]?.file, file);
  });

  it('resend: keeps what still fails, removes the entry once every destination accepted, same MessageId', async () => {
    const tmp = tmpDir();
    cleanup.push(tmp.remove);
    const sink = await startHttpSink({ status: (n) => (n === 1 ? 503 : 200) });
    cleanup.push(() => sink.close());
    const smtp: SmtpCapture = await startSmtpCapture({ users: { mailer: 'Hunter2!x' } });
    cleanup.push(() => smtp.close());
    const route: Route = {
      http: { urls: [sink.url], trustedCaPem: [], serverIdentityCheck: true },
      email: { to: ['noc@example.com'], from: 'sw1@example.com', mailServers: [{ host: LOOPBACK, port: smtp.port, priority: 1, username: 'mailer', password: 'wrong', secureTls: false }] },
    };
    const first = await deliver(msg, route, { retries: 0, spoolDir: tmp.dir });
    assert.deepEqual(first.map((r) => r.ok), [false, false]);

    // Without the password the mail still fails and stays spooled; the HTTP one goes through now.
    const second = await resendSpool(tmp.dir, { retries: 0 });
    assert.equal(second.length, 1);
    assert.equal(second[0]?.removed, false);
    assert.deepEqual(second[0]?.results.map((r) => [r.transport, r.ok]), [['email', false], ['http', true]]);
    const left = await listSpool(tmp.dir);
    assert.equal(left.length, 1);
    assert.equal(left[0]?.route.http, undefined, 'the HTTP destination is no longer spooled');
    assert.equal(left[0]?.resends, 1);

    const third = await resendSpool(tmp.dir, { retries: 0, password: ({ username }) => (username === 'mailer' ? 'Hunter2!x' : undefined) });
    assert.equal(third[0]?.removed, true, third[0]?.results.map((r) => r.status).join('\n'));
    assert.deepEqual(await listSpool(tmp.dir), []);
    assert.equal(smtp.mails.length, 1);
    assert.equal(smtp.mails[0]?.parsed.headers.get('x-callhome-messageid'), msg.messageId);
    assert.deepEqual(sink.requests.map((r) => r.headers['x-callhome-messageid']), [msg.messageId, msg.messageId]);
  });

  it('an unreadable file in the spool is reported, not silently skipped', async () => {
    const tmp = tmpDir();
    cleanup.push(tmp.remove);
    const { writeFileSync } = await import('node:fs');
    writeFileSync(`${tmp.dir}/broken.json`, '{not json');
    const logs: string[] = [];
    assert.deepEqual(await listSpool(tmp.dir, (l) => logs.push(l)), []);
    assert.equal(logs.length, 1);
    assert.match(logs[0] ?? '', /broken\.json/);
    assert.deepEqual(await listSpool(`${tmp.dir}/missing`), []);
  });
});
