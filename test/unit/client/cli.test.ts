// How the extension drives the bundled CLI (client/src/cliProtocol.ts, cliRunner.ts): argument lists, output
// parsing, the notification text, password handling; then the same arguments against the real CLI bundle and
// a real receiver on loopback (what Start Local Receiver + Send Test Alert do inside VS Code).
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AttemptResult } from '../../../server/src/agent/delivery';
import { analyze } from '../../../server/src/language';
import {
  formatDestination,
  parseReceiverLine,
  parseSendOutput,
  parseValidateOutput,
  receiveArgs,
  receiverPorts,
  receiverPostUrl,
  redact,
  sendArgs,
  smtpCredentialNeeded,
  smtpSecretKey,
  summarizeSend,
  validateArgs,
  type ReceiverEvent,
} from '../../../client/src/cliProtocol';
import { cliEnv, runCli } from '../../../client/src/cliRunner';
import { cliBundle } from '../../helpers/paths';

const ok = (over: Partial<AttemptResult> = {}): AttemptResult => ({ transport: 'email', destination: 'noc@example.com', ok: true, attempts: 1, status: 'Call-Home mail sent', server: '127.0.0.1:2525', ...over });

describe('argument lists', () => {
  it('send: the brief’s shape, optional parts only when set', () => {
    assert.deepEqual(sendArgs({ cli: '/x/callhome.js', configFile: '/t/r-confg', profile: 'LAB', group: 'test' }), ['/x/callhome.js', 'send', '/t/r-confg', '--profile', 'LAB', '--group', 'test', '--json']);
    assert.deepEqual(
      sendArgs({ cli: 'c', configFile: 'f', profile: 'P 1', group: 'syslog', text: '%LINK-3-UPDOWN: x', deviceFile: 'd.json', smtpPort: 2525, receiver: { httpUrl: 'http://127.0.0.1:8089/', smtp: '127.0.0.1:2526' } }),
      ['c', 'send', 'f', '--profile', 'P 1', '--group', 'syslog', '--json', '--message', '%LINK-3-UPDOWN: x', '--device', 'd.json', '--smtp-port', '2525', '--receiver-http', 'http://127.0.0.1:8089/callhome', '--receiver-smtp', '127.0.0.1:2526'],
    );
    assert.ok(!sendArgs({ cli: 'c', configFile: 'f', profile: 'P', group: 'test', text: '' }).includes('--message'));
  });

  it('receive and validate', () => {
    assert.deepEqual(receiveArgs({ cli: 'c', httpPort: 8089, smtpPort: 2525, dir: '/g/inbox' }), ['c', 'receive', '--json', '--http', '8089', '--smtp', '2525', '--dir', '/g/inbox']);
    assert.deepEqual(validateArgs('c', ['/w1', '/w2']), ['c', 'validate', '--format', 'json', '/w1', '/w2']);
    assert.equal(receiverPostUrl('http://127.0.0.1:8089/'), 'http://127.0.0.1:8089/callhome');
    assert.equal(receiverPostUrl('http://127.0.0.1:8089'), 'http://127.0.0.1:8089/callhome');
    assert.equal(receiverPorts('http://127.0.0.1:8089/', '127.0.0.1:2525'), '8089/2525');
  });

  it('runs the CLI as Node even inside Electron', () => {
    const env = cliEnv({ CALLHOME_SMTP_PASSWORD: 'pw', UNSET: undefined });
    assert.equal(env.ELECTRON_RUN_AS_NODE, '1');
    assert.equal(env.CALLHOME_SMTP_PASSWORD, 'pw');
    assert.ok(!('UNSET' in env));
  });
});

describe('reading the CLI', () => {
  it('parses send --json and ignores anything else', () => {
    const out = JSON.stringify({ messageId: 'M1:S:1', format: 'xml', bytes: 10, results: [ok(), { bogus: true }], notes: ['n', 3] }, null, 2);
    assert.deepEqual(parseSendOutput(out), { messageId: 'M1:S:1', format: 'xml', bytes: 10, results: [ok()], notes: ['n'] });
    assert.equal(parseSendOutput(''), undefined);
    assert.equal(parseSendOutput('Usage: callhome send'), undefined);
    assert.equal(parseSendOutput('{"results": []}'), undefined);
  });

  it('formats each destination like the brief, failures with the device-like status', () => {
    assert.equal(formatDestination(ok()), 'email noc@example.com via 127.0.0.1:2525: accepted');
    const failed = ok({ transport: 'http', destination: 'https://x/ddce', ok: false, attempts: 3, status: '%CALL_HOME-3-HTTP_REQUEST_FAILED: Call-Home HTTP request failed (ERR 500)', server: undefined });
    assert.equal(formatDestination(failed), 'http https://x/ddce: FAILED — %CALL_HOME-3-HTTP_REQUEST_FAILED: Call-Home HTTP request failed (ERR 500)');
    const all = summarizeSend('Test alert', 0, { messageId: 'M1', results: [ok()], notes: [] }, '');
    assert.deepEqual(all, { level: 'info', text: 'Test alert M1: 1 of 1 destination accepted — email noc@example.com via 127.0.0.1:2525: accepted' });
    assert.equal(summarizeSend('Test alert', 1, { messageId: 'M1', results: [ok(), failed], notes: [] }, '').level, 'warning');
    assert.equal(summarizeSend('Test alert', 1, { messageId: 'M1', results: [failed], notes: [] }, '').level, 'error');
    assert.deepEqual(summarizeSend('Test alert', 1, { messageId: 'M1', results: [], notes: ['profile X uses e-mail but has no e-mail address'] }, ''), {
      level: 'error',
      text: 'Test alert M1 not sent: profile X uses e-mail but has no e-mail address',
    });
    assert.deepEqual(summarizeSend('Test alert', 2, undefined, "callhome: no profile 'Y' in the configuration (profiles: LAB)\n"), { level: 'error', text: "Test alert not sent: no profile 'Y' in the configuration (profiles: LAB)" });
  });

  it('redacts secrets from anything logged', () => {
    assert.equal(redact('AUTH user S3cret ok S3cret', ['S3cret', undefined]), 'AUTH user *** ok ***');
    assert.equal(redact('nothing', [undefined]), 'nothing');
  });

  it('parses the receiver’s JSON lines', () => {
    assert.deepEqual(parseReceiverLine('{"event":"listening","httpUrl":"http://127.0.0.1:8089/","smtp":"127.0.0.1:2525","dir":"/i"}'), { event: 'listening', httpUrl: 'http://127.0.0.1:8089/', smtp: '127.0.0.1:2525', dir: '/i' });
    assert.deepEqual(parseReceiverLine('{"event":"message","transport":"smtp","accepted":false,"code":550,"reason":"not AML","format":"xml","bytes":5,"file":"/i/rejected/a.xml"}'), {
      event: 'message',
      transport: 'smtp',
      accepted: false,
      code: 550,
      reason: 'not AML',
      format: 'xml',
      bytes: 5,
      file: '/i/rejected/a.xml',
    });
    for (const bad of ['', 'callhome receiver listening', '{"event":"listening"}', '{oops', '{"event":"message","accepted":true}']) assert.equal(parseReceiverLine(bad), undefined, bad);
  });

  it('parses validate --format json', () => {
    const d = { line: 3, column: 2, endLine: 3, endColumn: 5, severity: 'error', code: 'rate-limit-range', message: 'm' };
    assert.deepEqual(parseValidateOutput(JSON.stringify([{ file: '/w/a', diagnostics: [d] }, { nope: 1 }])), [{ file: '/w/a', diagnostics: [d] }]);
    assert.equal(parseValidateOutput('callhome: boom'), undefined);
  });
});

describe('SMTP passwords that are not in the config', () => {
  const config = (servers: string, transport = 'email'): string => `call-home\n contact-email-addr noc@example.com\n${servers} profile LAB\n  destination transport-method ${transport}\n  destination address email noc@example.com\n`;

  it('asks for the first user@host server by priority, only when e-mail really goes through it', () => {
    const m = analyze(config(' mail-server relay.example.com priority 1\n mail-server alice@smtp.example.com priority 2\n mail-server bob@b.example.com priority 3\n')).model;
    assert.deepEqual(smtpCredentialNeeded(m, 'LAB', false), { user: 'alice', host: 'smtp.example.com', key: 'callhome.smtp.alice@smtp.example.com' });
    assert.equal(smtpCredentialNeeded(m, 'LAB', true), undefined, 'the local receiver takes no AUTH');
    assert.equal(smtpCredentialNeeded(analyze(config(' mail-server alice@smtp.example.com priority 1\n', 'http')).model, 'LAB', false), undefined);
    assert.equal(smtpCredentialNeeded(analyze(config(' mail-server alice:pw@smtp.example.com priority 1\n')).model, 'LAB', false), undefined, 'the config has it');
    assert.equal(smtpCredentialNeeded(m, 'Nope', false), undefined);
    assert.equal(smtpSecretKey('u', 'h'), 'callhome.smtp.u@h');
  });
});

describe('against the real CLI bundle and receiver (loopback)', () => {
  let dir: string;
  let receiver: ChildProcess;
  let listening: Extract<ReceiverEvent, { event: 'listening' }>;
  const messages: Extract<ReceiverEvent, { event: 'message' }>[] = [];

  before(async () => {
    assert.ok(fs.existsSync(cliBundle), `${cliBundle} is built (node esbuild.mjs)`);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'callhome-client-cli-'));
    receiver = spawn(process.execPath, receiveArgs({ cli: cliBundle, httpPort: 0, smtpPort: 0, dir: path.join(dir, 'inbox') }), { env: cliEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    listening = await new Promise((resolve, reject) => {
      let buf = '';
      receiver.stdout!.setEncoding('utf8').on('data', (d: string) => {
        buf += d;
        let nl: number;
        while ((nl = buf.indexOf('\n')) >= 0) {
          const e = parseReceiverLine(buf.slice(0, nl));
          buf = buf.slice(nl + 1);
          if (e?.event === 'listening') resolve(e);
          else if (e?.event === 'message') messages.push(e);
        }
      });
      receiver.on('exit', (c) => reject(new Error(`receiver exited ${String(c)}`)));
    });
  });
  after(async () => {
    receiver.kill('SIGTERM');
    await new Promise((r) => (receiver.exitCode !== null ? r(undefined) : receiver.once('exit', r)));
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('sends over SMTP and HTTP to the receiver; every destination is accepted and stored', async () => {
    const configFile = path.join(dir, 'lab-confg');
    fs.writeFileSync(configFile, `hostname LAB1\ncall-home\n contact-email-addr noc@example.com\n mail-server ops@smtp.example.com priority 1\n profile LAB\n  destination transport-method email\n  destination transport-method http\n  destination address email noc@example.com\n  destination address http https://unreachable.invalid/ddce\n`);
    const run = await runCli(sendArgs({ cli: cliBundle, configFile, profile: 'LAB', group: 'test', text: 'from the unit test', receiver: { httpUrl: listening.httpUrl, smtp: listening.smtp } }));
    assert.equal(run.code, 0, run.stderr);
    const result = parseSendOutput(run.stdout);
    assert.ok(result);
    const lines = result.results.map(formatDestination).sort();
    const smtpPort = listening.smtp.split(':')[1];
    const httpPort = /:(\d+)\//.exec(listening.httpUrl)?.[1];
    assert.deepEqual(lines, [`email noc@example.com via 127.0.0.1:${smtpPort}: accepted`, `http http://127.0.0.1:${httpPort}/callhome via 127.0.0.1:${httpPort}: accepted`]);
    assert.equal(summarizeSend('Test alert', run.code, result, run.stderr).level, 'info');
    for (let i = 0; i < 100 && messages.length < 2; i++) await new Promise((r) => setTimeout(r, 50));
    assert.deepEqual(messages.map((m) => m.transport).sort(), ['http', 'smtp']);
    for (const m of messages) {
      assert.equal(m.accepted, true);
      assert.equal(m.messageId, result.messageId);
      assert.ok(fs.readFileSync(m.file, 'utf8').includes(`<aml-session:MessageId>${result.messageId}</aml-session:MessageId>`));
    }
  });

  it('reports a usage error (exit 2) with the CLI’s reason, and a cancelled run', async () => {
    const run = await runCli(sendArgs({ cli: cliBundle, configFile: path.join(dir, 'missing-confg'), profile: 'LAB', group: 'test' }));
    assert.equal(run.code, 2);
    assert.match(summarizeSend('Test alert', run.code, parseSendOutput(run.stdout), run.stderr).text, /^Test alert not sent: .*missing-confg/);
    const abort = new AbortController();
    const pending = runCli([cliBundle, 'receive', '--json', '--http', '0', '--smtp', '0', '--dir', path.join(dir, 'inbox2')], { signal: abort.signal });
    setTimeout(() => abort.abort(), 200);
    const cancelled = await pending;
    assert.equal(cancelled.cancelled, true);
  });
});
