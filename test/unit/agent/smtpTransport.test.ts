// SMTP delivery against real smtp-server instances on 127.0.0.1 (SPEC §5; reference/000 §G.1, L946–951).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { deliver, type EmailRoute, type OutgoingMessage } from '../../../server/src/agent/delivery';
import { orderMailServers } from '../../../server/src/agent/smtpTransport';
import { closedPort, LOOPBACK, sampleSyslogMessage, startSmtpCapture, type SmtpCapture } from '../../helpers/loopback';
import { makeCa, makeServerCert } from '../../helpers/pki';

const msg: OutgoingMessage = sampleSyslogMessage('qiang-vm syslog severity 2');
const xml = msg.body;
const fast = { retries: 0, retryDelayMs: 10, timeoutMs: 3000 };

function route(servers: EmailRoute['mailServers'], extra: Partial<EmailRoute> = {}): EmailRoute {
  return { to: ['noc@example.com'], from: 'router@example.com', replyTo: 'noc-replies@example.com', mailServers: servers, ...extra };
}

describe('smtpTransport', () => {
  const open: SmtpCapture[] = [];
  const start = async (...a: Parameters<typeof startSmtpCapture>): Promise<SmtpCapture> => {
    const s = await startSmtpCapture(...a);
    open.push(s);
    return s;
  };
  after(async () => {
    await Promise.all(open.map((s) => s.close()));
  });

  it('orders mail servers by priority number, lowest first, stable for ties', () => {
    const order = orderMailServers([
      { host: 'c', priority: 50, secureTls: false },
      { host: 'a', priority: 1, secureTls: false },
      { host: 'b', priority: 50, secureTls: false },
    ]).map((s) => s.host);
    assert.deepEqual(order, ['a', 'c', 'b']);
  });

  it('fails over from a mail server that is down (closed port) to the next one, body byte-exact', async () => {
    const dead = await closedPort();
    const good = await start();
    const logs: string[] = [];
    const [r] = await deliver(
      msg,
      { email: route([{ host: LOOPBACK, port: good.port, priority: 2, secureTls: false }, { host: LOOPBACK, port: dead, priority: 1, secureTls: false }]) },
      { ...fast, log: (l) => logs.push(l) },
    );
    assert.ok(r, 'one result');
    assert.equal(r.ok, true, r.status);
    assert.equal(r.transport, 'email');
    assert.equal(r.destination, 'noc@example.com');
    assert.equal(r.server, `${LOOPBACK}:${good.port}`);
    assert.ok(logs.some((l) => l.includes(`${LOOPBACK}:${dead}`) && /ECONNREFUSED/.test(l)), 'the dead server was tried first and logged');
    assert.equal(good.mails.length, 1);
    const m = good.mails[0]!;
    assert.equal(m.parsed.text, xml, 'the receiver gets the exact rendered body');
    assert.equal(m.from, 'router@example.com');
    assert.deepEqual(m.to, ['noc@example.com']);
    assert.equal(m.parsed.subject, msg.subject);
    assert.equal(m.parsed.replyTo?.text, 'noc-replies@example.com');
    assert.equal(m.parsed.headers.get('x-callhome-messageid'), msg.messageId);
  });

  it('honours priority order when both servers are up', async () => {
    const low = await start();
    const high = await start();
    const [r] = await deliver(
      msg,
      { email: route([{ host: LOOPBACK, port: low.port, priority: 10, secureTls: false }, { host: LOOPBACK, port: high.port, priority: 3, secureTls: false }]) },
      fast,
    );
    assert.equal(r?.ok, true, r?.status);
    assert.equal(high.mails.length, 1, 'priority 3 server got the mail');
    assert.equal(low.connections, 0, 'priority 10 server was never contacted');
  });

  it('fails over on an SMTP error too, and sends once per recipient', async () => {
    const refusing = await start({ rejectData: { code: 554, text: 'Transaction failed: policy' } });
    const good = await start();
    const results = await deliver(
      msg,
      {
        email: route(
          [{ host: LOOPBACK, port: refusing.port, priority: 1, secureTls: false }, { host: LOOPBACK, port: good.port, priority: 2, secureTls: false }],
          { to: ['a@example.com', 'b@example.com'] },
        ),
      },
      fast,
    );
    assert.deepEqual(results.map((r) => [r.destination, r.ok]), [['a@example.com', true], ['b@example.com', true]]);
    assert.deepEqual(good.mails.map((m) => m.to.join()).sort(), ['a@example.com', 'b@example.com']);
  });

  it('authenticates with user:password and the server receives those credentials', async () => {
    const s = await start({ users: { chuser: 'S3cr3t-pw' } });
    const [r] = await deliver(msg, { email: route([{ host: LOOPBACK, port: s.port, priority: 1, username: 'chuser', password: 'S3cr3t-pw', secureTls: false }]) }, fast);
    assert.equal(r?.ok, true, r?.status);
    assert.equal(s.auths.length, 1);
    assert.equal(s.auths[0]?.username, 'chuser');
    assert.equal(s.auths[0]?.password, 'S3cr3t-pw');
    assert.equal(s.mails[0]?.user, 'chuser');
    assert.ok(!r?.status.includes('S3cr3t-pw'));
  });

  it('never shows a password, even when the server echoes it back', async () => {
    const s = await start({ users: { chuser: 'right' }, echoPasswordOnAuthFailure: true });
    const logs: string[] = [];
    const [r] = await deliver(
      msg,
      { email: route([{ host: LOOPBACK, port: s.port, priority: 1, username: 'chuser', password: 'Wr0ng!pass', secureTls: false }]) },
      { ...fast, retries: 1, log: (l) => logs.push(l) },
    );
    assert.equal(r?.ok, false);
    assert.equal(s.auths[0]?.password, 'Wr0ng!pass', 'the server did get (and echo) the password');
    const everything = [r?.status ?? '', r?.server ?? '', ...logs].join('\n');
    assert.ok(!everything.includes('Wr0ng!pass'), everything);
    assert.ok(!everything.includes(Buffer.from('Wr0ng!pass').toString('base64')), 'no base64 form either');
    assert.match(r?.status ?? '', /^%CALL_HOME-3-SMTP_SEND_FAILED: Unable to send notification using all SMTP servers \(ERR 535, .*\*\*\*/);
    assert.equal(r?.attempts, 1, 'a 5xx authentication failure is not retried');
  });

  it('secure tls: STARTTLS with a certificate from a CA given for the lab', async () => {
    const ca = makeCa('SMTP Lab CA');
    const leaf = makeServerCert(ca);
    const s = await start({ tls: { key: leaf.keyPem, cert: leaf.certPem } });
    const [r] = await deliver(msg, { email: route([{ host: LOOPBACK, port: s.port, priority: 1, secureTls: true }], { trustedCaPem: [ca.certPem] }) }, fast);
    assert.equal(r?.ok, true, r?.status);
    assert.equal(s.mails[0]?.secure, true, 'the message went over the upgraded connection');
  });

  it('secure tls: an untrusted certificate or a server without STARTTLS fails over to the next server', async () => {
    const ca = makeCa('Trusted CA');
    const rogue = makeCa('Rogue CA');
    const rogueLeaf = makeServerCert(rogue);
    const untrusted = await start({ tls: { key: rogueLeaf.keyPem, cert: rogueLeaf.certPem } });
    const plain = await start();
    const leaf = makeServerCert(ca);
    const good = await start({ tls: { key: leaf.keyPem, cert: leaf.certPem } });
    const logs: string[] = [];
    const [r] = await deliver(
      msg,
      {
        email: route(
          [
            { host: LOOPBACK, port: untrusted.port, priority: 1, secureTls: true },
            { host: LOOPBACK, port: plain.port, priority: 2, secureTls: true },
            { host: LOOPBACK, port: good.port, priority: 3, secureTls: true },
          ],
          { trustedCaPem: [ca.certPem] },
        ),
      },
      { ...fast, log: (l) => logs.push(l) },
    );
    assert.equal(r?.ok, true, r?.status);
    assert.equal(untrusted.mails.length, 0, 'nothing sent to the server with the untrusted certificate');
    assert.equal(plain.mails.length, 0, 'nothing sent in clear when STARTTLS is required');
    assert.equal(good.mails.length, 1);
    assert.ok(logs.some((l) => l.includes(`${LOOPBACK}:${untrusted.port}`) && /certificate/i.test(l)), logs.join('\n'));
  });

  it('when every server fails: device-like status, retried (capped) for connection errors', async () => {
    const a = await closedPort();
    const b = await closedPort();
    const [r] = await deliver(
      msg,
      { email: route([{ host: LOOPBACK, port: a, priority: 1, secureTls: false }, { host: LOOPBACK, port: b, priority: 2, secureTls: false }]) },
      { retries: 9, retryDelayMs: 5, timeoutMs: 2000 },
    );
    assert.equal(r?.ok, false);
    assert.equal(r?.attempts, 6, 'retries are capped at 5 (6 tries in all)');
    assert.match(r?.status ?? '', /^%CALL_HOME-3-SMTP_SEND_FAILED: Unable to send notification using all SMTP servers \(ERR 0, /);
    assert.ok(r?.status.includes(`${LOOPBACK}:${a}`) && r.status.includes(`${LOOPBACK}:${b}`), r?.status);
  });

  it('a 554 from the only server is reported with its code and not retried', async () => {
    const s = await start({ rejectData: { code: 554, text: 'Message refused by policy' } });
    const [r] = await deliver(msg, { email: route([{ host: LOOPBACK, port: s.port, priority: 1, secureTls: false }]) }, { ...fast, retries: 3 });
    assert.equal(r?.ok, false);
    assert.equal(r?.attempts, 1);
    assert.match(r?.status ?? '', /\(ERR 554, 127\.0\.0\.1:\d+: 554 Message refused by policy\)$/);
  });

  describe('smtpPort override', () => {
    let s: SmtpCapture;
    before(async () => {
      s = await start();
    });
    it('is used for mail servers configured without a port', async () => {
      const [r] = await deliver(msg, { email: route([{ host: LOOPBACK, priority: 1, secureTls: false }]) }, { ...fast, smtpPort: s.port });
      assert.equal(r?.ok, true, r?.status);
      assert.equal(r?.server, `${LOOPBACK}:${s.port}`);
      assert.equal(s.mails.length, 1);
    });
  });
});
