// `callhome demo`: the whole flow on the embedded example (README's main command): validate the example
// configuration, render a message, start the local receiver, send a test alert over HTTP and SMTP, and show
// what arrived. Uses the receiver's default ports when free, any free ports otherwise.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { deliver, type OutgoingMessage } from '../agent/delivery';
import { planDelivery } from '../agent/plan';
import { startReceiver, type ReceivedMessage, type Receiver } from '../agent/receiver';
import { positionAt, validate } from '../language';
import { loadDeviceFacts, parseAml, render } from '../render';
import { CliError } from './errors';
import type { CliIO } from './io';

const EXAMPLES = path.resolve(__dirname, '..', '..', 'examples');

export async function runDemo(argv: string[], io: CliIO): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { config: { type: 'string' }, profile: { type: 'string' }, dir: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help === true) {
    io.out('Usage: callhome demo [--config FILE] [--profile NAME] [--dir INBOX]\n  Validate, render, receive and send on the embedded example (examples/router-confg).\n');
    return 0;
  }
  const configPath = values.config ?? path.join(EXAMPLES, 'router-confg');
  const profileName = values.profile ?? 'LAB-RECEIVER';
  let text: string;
  try {
    text = fs.readFileSync(configPath, 'utf8');
  } catch {
    throw new CliError(`cannot read ${configPath}`);
  }
  const heading = (s: string): void => io.out(`\n── ${s} ${'─'.repeat(Math.max(0, 70 - s.length))}\n`);

  heading(`1. callhome validate ${path.relative(process.cwd(), configPath)}`);
  const { analysis, diagnostics } = validate(text);
  for (const d of diagnostics) {
    const p = positionAt(analysis, d.span.start);
    io.out(`${path.basename(configPath)}:${p.line + 1}:${p.character + 1}: ${d.severity} ${d.code}: ${d.message}\n`);
  }
  const m = analysis.model;
  io.out(`${diagnostics.length === 0 ? 'clean: no diagnostics' : `${diagnostics.length} diagnostic(s)`} — ${m.profiles.filter((p) => p.configured).length} profiles, ${m.callHome.mailServers.length} mail server(s), ${m.trustpoints.length} trustpoint(s), ${m.chains.reduce((n, c) => n + c.certificates.length, 0)} certificate(s)\n`);

  const devicePath = path.join(EXAMPLES, 'device.json');
  const facts = loadDeviceFacts(fs.readFileSync(devicePath, 'utf8'), { model: m, source: devicePath });
  if (!facts.ok) throw new CliError(facts.errors.join('; '));
  const now = new Date();
  const rendered = render(m, { profile: profileName, group: 'test', facts: facts.facts, now, config: text, text: 'Call Home Toolkit demo: test alert' });
  heading(`2. callhome render --profile ${profileName} --group test (${rendered.format}, ${rendered.bytes} bytes)`);
  io.out(rendered.body.endsWith('\n') ? rendered.body : `${rendered.body}\n`);

  heading('3. callhome receive (local gateway on loopback)');
  const dir = values.dir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'callhome-demo-'));
  let receiver: Receiver;
  try {
    receiver = await startReceiver({ httpPort: 8089, smtpPort: 2525, dir });
  } catch {
    receiver = await startReceiver({ httpPort: 0, smtpPort: 0, dir });
  }
  io.out(`listening: HTTP ${receiver.httpUrl}, SMTP 127.0.0.1:${receiver.smtpPort}; storing in ${dir}\n`);
  const arrived: ReceivedMessage[] = [];
  receiver.on('message', (msg) => arrived.push(msg));

  try {
    heading(`4. callhome send --profile ${profileName} (test alert over SMTP and HTTP)`);
    const url = new URL('/callhome', receiver.httpUrl).toString();
    const plan = planDelivery(m, profileName, { receiver: { httpUrl: url, smtpHost: '127.0.0.1', smtpPort: receiver.smtpPort } });
    const msg: OutgoingMessage = { messageId: rendered.messageId, body: rendered.body, contentType: rendered.contentType, subject: rendered.subject, format: rendered.format };
    const results = await deliver(msg, plan.route, { retries: 1, retryDelayMs: 200 });
    for (const r of results) io.out(`${r.transport} ${r.destination}${r.server !== undefined ? ` via ${r.server}` : ''}: ${r.ok ? 'accepted' : 'FAILED'} — ${r.status}\n`);
    for (let i = 0; i < 50 && arrived.length < results.length; i++) await new Promise((res) => setTimeout(res, 100));

    heading('5. what arrived at the receiver');
    for (const a of arrived) {
      let fields = '';
      try {
        const f = parseAml(a.body);
        fields = ` MessageId=${f.messageId} Type=${f.type} DeviceId=${f.deviceId} Host=${f.name} Severity=${f.severity}`;
      } catch {
        fields = '';
      }
      io.out(`${a.meta.transport} ${a.accepted ? 'accepted' : `rejected (${a.meta.reason ?? ''})`} ${a.meta.bytes} bytes${fields}\n  stored: ${a.file}\n  identical to the rendered message: ${a.body === rendered.body ? 'yes' : 'NO'}\n`);
    }
    const ok = results.every((r) => r.ok) && arrived.length === results.length && arrived.every((a) => a.accepted && a.body === rendered.body);
    io.out(`\n${ok ? 'demo complete: every destination accepted the test alert and the receiver stored it unchanged' : 'demo FAILED: see above'}\n`);
    return ok ? 0 : 1;
  } finally {
    await receiver.close();
  }
}
