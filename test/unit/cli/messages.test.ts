// `callhome render`, `send`, `receive` and `demo` as a user runs them, against real servers on 127.0.0.1
// (an HTTPS server whose CA is a trustpoint certificate in the config, SMTP servers, the receiver itself).
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cliBundle } from '../../helpers/paths';
import { makeCa, makeServerCert } from '../../helpers/pki';
import { closedPort, startConnectProxy, startHttpSink, startSmtpCapture } from '../../helpers/loopback';

const NOW = '2026-11-22T10:00:00Z';

function run(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cliBundle, ...args], { env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

/** A PEM certificate as the running-config stores it: `certificate ca SERIAL`, hex lines, `quit`. */
function chainBlock(name: string, pem: string): string {
  const der = Buffer.from(pem.replace(/-----[^-]+-----/g, '').replace(/\s+/g, ''), 'base64').toString('hex').toUpperCase();
  const groups = der.match(/.{1,8}/g)!;
  const lines: string[] = [];
  for (let i = 0; i < groups.length; i += 8) lines.push(`  ${groups.slice(i, i + 8).join(' ')}`);
  return `crypto pki trustpoint ${name}\n enrollment terminal\n revocation-check crl\n!\ncrypto pki certificate chain ${name}\n certificate ca 01\n${lines.join('\n')}\n  \tquit\n!\n`;
}

function config(opts: { trust: string; url: string; mail?: string[]; email?: string }): string {
  return `hostname LAB1\n${opts.trust}call-home\n contact-email-addr noc@example.com\n${(opts.mail ?? []).map((m) => ` ${m}\n`).join('')} profile LAB\n  destination transport-method http\n${opts.email !== undefined ? '  destination transport-method email\n  destination address email ' + opts.email + '\n' : ''}  destination address http ${opts.url}\n!\n`;
}

let dir: string;
const ca = makeCa('Lab Root CA');
const otherCa = makeCa('Unrelated CA');
const leaf = makeServerCert(ca);
before(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'callhome-msg-'));
});
after(() => fs.rmSync(dir, { recursive: true, force: true }));

function write(name: string, text: string): string {
  const p = path.join(dir, name);
  fs.writeFileSync(p, text);
  return p;
}

describe('callhome send over HTTPS, trusting the trustpoint certificate of the config', () => {
  it('delivers the exact rendered message to an HTTPS server whose CA is in the config', async () => {
    const sink = await startHttpSink({ tls: { key: leaf.keyPem, cert: leaf.certPem } });
    try {
      const cfg = write('https-ok.cfg', config({ trust: chainBlock('LAB-CA', ca.certPem), url: sink.url }));
      const r = await run(['send', cfg, '--profile', 'LAB', '--now', NOW, '--sequence', '5', '--retries', '0']);
      assert.equal(r.code, 0, r.stdout + r.stderr);
      assert.match(r.stdout, /http https:\/\/127\.0\.0\.1:\d+\/callhome via 127\.0\.0\.1:\d+: accepted/);
      const rendered = await run(['render', cfg, '--profile', 'LAB', '--now', NOW, '--sequence', '5']);
      assert.equal(sink.requests.length, 1);
      assert.equal(sink.requests[0]!.body, rendered.stdout.replace(/\n$/, rendered.stdout.endsWith('>\n') ? '' : '\n'));
      assert.equal(sink.requests[0]!.headers['content-type'], 'application/soap+xml; charset=utf-8');
    } finally {
      await sink.close();
    }
  });

  it('refuses the server when the config trusts a different CA, and reports it like the device', async () => {
    const sink = await startHttpSink({ tls: { key: leaf.keyPem, cert: leaf.certPem } });
    try {
      const cfg = write('https-wrong-ca.cfg', config({ trust: chainBlock('OTHER', otherCa.certPem), url: sink.url }));
      const r = await run(['send', cfg, '--profile', 'LAB', '--retries', '0']);
      assert.equal(r.code, 1);
      assert.match(r.stdout, /FAILED .*%CALL_HOME-3-HTTP_REQUEST_FAILED: Call-Home HTTP request failed \(ERR 0\)/);
      assert.equal(sink.requests.length, 0, 'nothing may reach an untrusted server');
    } finally {
      await sink.close();
    }
  });

  it('goes through the `http-proxy` of the config with a CONNECT tunnel', async () => {
    const sink = await startHttpSink({ tls: { key: leaf.keyPem, cert: leaf.certPem } });
    const proxy = await startConnectProxy();
    try {
      const cfg = write('https-proxy.cfg', config({ trust: chainBlock('LAB-CA', ca.certPem), url: sink.url }).replace(' contact-email-addr', ` http-proxy 127.0.0.1 port ${proxy.port}\n contact-email-addr`));
      const r = await run(['send', cfg, '--profile', 'LAB', '--retries', '0']);
      assert.equal(r.code, 0, r.stdout + r.stderr);
      assert.deepEqual(proxy.tunnels, [`127.0.0.1:${sink.port}`]);
      assert.equal(sink.requests.length, 1);
    } finally {
      await proxy.close();
      await sink.close();
    }
  });

  it('retries a server answering 500 with the same MessageId and reports ERR 500', async () => {
    const sink = await startHttpSink({ status: () => 500 });
    try {
      const cfg = write('http-500.cfg', config({ trust: '', url: sink.url }));
      const r = await run(['send', cfg, '--profile', 'LAB', '--retries', '2', '--json']);
      assert.equal(r.code, 1);
      const out = JSON.parse(r.stdout) as { messageId: string; results: { ok: boolean; attempts: number; status: string }[] };
      assert.equal(out.results[0]!.attempts, 3);
      assert.match(out.results[0]!.status, /%CALL_HOME-3-HTTP_REQUEST_FAILED: Call-Home HTTP request failed \(ERR 500\)/);
      assert.equal(sink.requests.length, 3);
      const ids = sink.requests.map((q) => /<aml-session:MessageId>([^<]+)</.exec(q.body)?.[1]);
      assert.deepEqual(ids, [out.messageId, out.messageId, out.messageId]);
    } finally {
      await sink.close();
    }
  });
});

describe('callhome send over SMTP', () => {
  it('fails over from a mail server that is down to the next priority, with authentication, never printing the password', async () => {
    const smtp = await startSmtpCapture({ users: { alerts: 's3cr3t-pw' } });
    try {
      // 127.0.0.2 is loopback too, but nothing listens there: priority 1 is down, priority 2 accepts.
      const cfg = write('smtp.cfg', config({ trust: '', url: 'http://127.0.0.1:9/x', email: 'ops@example.com', mail: ['mail-server alerts:s3cr3t-pw@127.0.0.2 priority 1', 'mail-server alerts:s3cr3t-pw@127.0.0.1 priority 2'] }).replace('  destination transport-method http\n', '').replace(/  destination address http .*\n/, ''));
      const r = await run(['send', cfg, '--profile', 'LAB', '--smtp-port', String(smtp.port), '--retries', '0']);
      assert.equal(r.code, 0, r.stdout + r.stderr);
      assert.equal(smtp.mails.length, 1);
      assert.deepEqual(smtp.mails[0]!.to, ['ops@example.com']);
      assert.equal(smtp.auths[0]?.username, 'alerts');
      assert.match(r.stdout, /email ops@example.com via alerts:\*\*\*@127\.0\.0\.1:\d+: accepted after 1 attempt/);
      assert.doesNotMatch(r.stdout + r.stderr, /s3cr3t-pw/);
    } finally {
      await smtp.close();
    }
  });

  it('takes the password of `mail-server user@host` from CALLHOME_SMTP_PASSWORD', async () => {
    const smtp = await startSmtpCapture({ users: { alerts: 'from-secret-storage' } });
    try {
      const cfg = write('smtp-env.cfg', `call-home\n contact-email-addr noc@example.com\n mail-server alerts@127.0.0.1 priority 1\n profile MAIL\n  destination address email ops@example.com\n`);
      const r = await run(['send', cfg, '--profile', 'MAIL', '--smtp-port', String(smtp.port), '--retries', '0'], { CALLHOME_SMTP_PASSWORD: 'from-secret-storage' });
      assert.equal(r.code, 0, r.stdout + r.stderr);
      assert.equal(smtp.mails.length, 1);
      assert.doesNotMatch(r.stdout + r.stderr, /from-secret-storage/);
    } finally {
      await smtp.close();
    }
  });

  it('dry run lists the destinations and mail servers in order without sending', async () => {
    const port = await closedPort();
    const cfg = write('dry.cfg', `call-home\n contact-email-addr noc@example.com\n mail-server b:pw@10.0.0.2 priority 5\n mail-server 10.0.0.1 priority 1\n profile MAIL\n  destination address email ops@example.com\n`);
    const r = await run(['send', cfg, '--profile', 'MAIL', '--dry-run', '--smtp-port', String(port)]);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /Would send xml message M1:/);
    assert.match(r.stdout, /mail servers, in order: 10\.0\.0\.1:\d+ \(priority 1\), b:\*\*\*@10\.0\.0\.2:\d+ \(priority 5\)/);
    assert.doesNotMatch(r.stdout, /:pw@/);
  });
});

describe('callhome receive + send round trip', () => {
  it('what arrives at the receiver is the rendered message, over HTTP and SMTP', async () => {
    const inbox = path.join(dir, 'inbox');
    const child = spawn(process.execPath, [cliBundle, 'receive', '--http', '0', '--smtp', '0', '--dir', inbox, '--json', '--count', '2', '--timeout', '60']);
    const lines: Record<string, unknown>[] = [];
    let buf = '';
    const listening = new Promise<Record<string, unknown>>((resolve) => {
      child.stdout.on('data', (d: Buffer) => {
        buf += d.toString();
        let nl;
        while ((nl = buf.indexOf('\n')) >= 0) {
          const obj = JSON.parse(buf.slice(0, nl)) as Record<string, unknown>;
          buf = buf.slice(nl + 1);
          lines.push(obj);
          if (obj.event === 'listening') resolve(obj);
        }
      });
    });
    const exited = new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? -1)));
    const l = await listening;
    const cfg = write('rt.cfg', config({ trust: '', url: 'http://127.0.0.1:8089/callhome', email: 'noc@example.com', mail: ['mail-server 127.0.0.1 priority 1'] }));
    const r = await run(['send', cfg, '--profile', 'LAB', '--now', NOW, '--receiver-http', `${String(l.httpUrl)}callhome`, '--receiver-smtp', String(l.smtp), '--group', 'inventory']);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.equal(await exited, 0);
    const rendered = await run(['render', cfg, '--profile', 'LAB', '--now', NOW, '--group', 'inventory']);
    const messages = lines.filter((x) => x.event === 'message');
    assert.deepEqual(messages.map((m) => m.transport).sort(), ['http', 'smtp']);
    for (const m of messages) {
      assert.equal(m.accepted, true);
      assert.equal(fs.readFileSync(String(m.file), 'utf8'), rendered.stdout.endsWith('\n') && !rendered.stdout.endsWith('>\n\n') ? rendered.stdout.slice(0, -1) : rendered.stdout);
    }
  });

  it('the receiver answers a malformed message with 400 and keeps it apart', async () => {
    const inbox = path.join(dir, 'inbox-bad');
    const child = spawn(process.execPath, [cliBundle, 'receive', '--http', '0', '--smtp', '0', '--dir', inbox, '--json', '--count', '1', '--timeout', '30']);
    const l = await new Promise<{ httpUrl: string }>((resolve) => child.stdout.once('data', (d: Buffer) => resolve(JSON.parse(d.toString().split('\n')[0]!) as { httpUrl: string })));
    const res = await fetch(l.httpUrl, { method: 'POST', headers: { 'Content-Type': 'application/soap+xml' }, body: '<soap-env:Envelope><broken>' });
    assert.equal(res.status, 400);
    assert.match(await res.text(), /.+/);
    await new Promise((resolve) => child.on('close', resolve));
    assert.equal(fs.readdirSync(path.join(inbox, 'rejected')).filter((f) => !f.endsWith('.json')).length, 1);
  });
});

describe('callhome render', () => {
  const cfg = (): string => write('render.cfg', 'hostname R7\ncall-home\n contact-email-addr noc@example.com\n profile P\n  destination address email a@b.com\n  destination preferred-msg-format long-text\n');
  it('renders each format', async () => {
    const xml = await run(['render', cfg(), '--profile', 'P', '--format', 'xml', '--now', NOW]);
    assert.equal(xml.code, 0);
    assert.match(xml.stdout, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<soap-env:Envelope/);
    const long = await run(['render', cfg(), '--profile', 'P', '--now', NOW]);
    assert.match(long.stdout, /^TimeStamp : 2026-11-22 10:00:00 GMT\+00:00$/m);
    assert.match(long.stdout, /^System Name : R7$/m);
    const short = await run(['render', cfg(), '--profile', 'P', '--format', 'short-text', '--now', NOW]);
    assert.ok(short.stdout.length < 400, 'short text is pager-sized');
  });
  it('gives one clear line and exit 2 for an unknown profile, a bad group or a bad device file', async () => {
    const bad = write('device-bad.json', '{ "serialNumber": 42');
    for (const args of [['--profile', 'NOPE'], ['--profile', 'P', '--group', 'bogus'], ['--profile', 'P', '--device', bad], ['--profile', 'P', '--device', path.join(dir, 'missing.json')]]) {
      const r = await run(['render', cfg(), ...args]);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.stderr, /^callhome: /);
      assert.doesNotMatch(r.stderr, /\n\s+at /);
    }
  });
});

describe('callhome demo', () => {
  it('runs the whole flow on the embedded example and exits 0', () => {
    const r = spawnSync(process.execPath, [cliBundle, 'demo', '--dir', path.join(dir, 'demo-inbox')], { encoding: 'utf8', timeout: 60_000 });
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /clean: no diagnostics/);
    assert.match(r.stdout, /identical to the rendered message: yes/);
    assert.match(r.stdout, /demo complete/);
  });
});
