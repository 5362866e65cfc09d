// `callhome send CONFIG --profile NAME [--group G] [--message TEXT] [--device FILE] [--dry-run]`: renders the
// message the profile would get and delivers it over SMTP and/or HTTP(S), one result line per destination.
import { deliver, type AttemptResult, type OutgoingMessage } from '../agent/delivery';
import { planDelivery, PlanError, type PlanOptions } from '../agent/plan';
import { RateLimiter } from '../agent/rateLimiter';
import { render, RenderError } from '../render';
import { parseCommandArgs } from './args';
import { CliError } from './errors';
import { loadInputs, parseGroup, parseIntOption, parseNow } from './inputs';
import type { CliIO } from './io';

export const SEND_USAGE = `Usage: callhome send CONFIG --profile NAME [--group G] [--message TEXT] [--device FILE] [--dry-run]
                     [--json] [--smtp-port N] [--receiver] [--receiver-http URL] [--receiver-smtp HOST:PORT]
                     [--spool DIR] [--retries N] [--timeout SECONDS] [--severity 0-9] [--now ISO-DATE]
  Sends the message to every destination of the profile. --receiver sends to the local receiver
  (callhome receive) instead: HTTP http://127.0.0.1:8089/callhome, SMTP 127.0.0.1:2525.
  A password for 'mail-server user@host' can be given in CALLHOME_SMTP_PASSWORD (never on the command line).
  Exit status: 0 every destination accepted, 1 some failed, 2 usage or configuration error.`;

export async function runSend(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    argv,
    {
      profile: { type: 'string', short: 'p' },
      group: { type: 'string', short: 'g' },
      message: { type: 'string', short: 'm' },
      device: { type: 'string', short: 'd' },
      'dry-run': { type: 'boolean' },
      json: { type: 'boolean' },
      'smtp-port': { type: 'string' },
      receiver: { type: 'boolean' },
      'receiver-http': { type: 'string' },
      'receiver-smtp': { type: 'string' },
      spool: { type: 'string' },
      retries: { type: 'string' },
      timeout: { type: 'string' },
      severity: { type: 'string' },
      now: { type: 'string' },
      sequence: { type: 'string' },
    },
    SEND_USAGE,
  );
  if (values.help === true) {
    io.out(`${SEND_USAGE}\n`);
    return 0;
  }
  if (positionals.length !== 1) throw new CliError(`expected one CONFIG file\n${SEND_USAGE}`);
  if (values.profile === undefined) throw new CliError(`--profile is required\n${SEND_USAGE}`);
  const smtpPort = parseIntOption('smtp-port', values['smtp-port'] ?? process.env.CALLHOME_SMTP_PORT, 1, 65535);
  const retries = parseIntOption('retries', values.retries, 0, 5);
  const timeout = parseIntOption('timeout', values.timeout, 1, 600);
  const severity = parseIntOption('severity', values.severity, 0, 9);
  const sequence = parseIntOption('sequence', values.sequence, 1, 1_000_000);

  const planOptions: PlanOptions = {};
  if (process.env.CALLHOME_SMTP_PASSWORD !== undefined && process.env.CALLHOME_SMTP_PASSWORD !== '') planOptions.smtpPassword = process.env.CALLHOME_SMTP_PASSWORD;
  if (values.receiver === true || values['receiver-http'] !== undefined || values['receiver-smtp'] !== undefined) {
    const smtp = values['receiver-smtp'] ?? '127.0.0.1:2525';
    const m = /^(.+):(\d{1,5})$/.exec(smtp);
    if (m === null) throw new CliError(`--receiver-smtp '${smtp}' must be HOST:PORT`);
    planOptions.receiver = { httpUrl: values['receiver-http'] ?? 'http://127.0.0.1:8089/callhome', smtpHost: m[1]!, smtpPort: Number(m[2]) };
  }

  const inputs = await loadInputs(positionals[0]!, values.device);
  let plan;
  let rendered;
  try {
    plan = planDelivery(inputs.model, values.profile, planOptions);
    rendered = render(inputs.model, {
      profile: values.profile,
      group: parseGroup(values.group),
      facts: inputs.facts,
      now: parseNow(values.now),
      config: inputs.text,
      ...(values.message !== undefined ? { text: values.message } : {}),
      ...(severity !== undefined ? { severity } : {}),
      ...(sequence !== undefined ? { sequence } : {}),
    });
  } catch (e) {
    if (e instanceof PlanError || e instanceof RenderError) throw new CliError(e.message);
    throw e;
  }
  const msg: OutgoingMessage = { messageId: rendered.messageId, body: rendered.body, contentType: rendered.contentType, subject: rendered.subject, format: rendered.format };
  const destinations = [...(plan.route.email?.to ?? []).map((t) => `email ${t}`), ...(plan.route.http?.urls ?? []).map((u) => `http ${u}`)];
  const notes = [...inputs.warnings, ...rendered.warnings, ...plan.notes];
  if (!values.json) {
    io.out(`${values['dry-run'] === true ? 'Would send' : 'Sending'} ${rendered.format} message ${rendered.messageId} (${rendered.bytes} bytes, "${rendered.subject}") to profile ${plan.profile.name}\n`);
    for (const n of notes) io.out(`  note: ${n}\n`);
  }
  if (destinations.length === 0) {
    if (values.json) io.out(`${JSON.stringify({ messageId: rendered.messageId, results: [], notes }, null, 2)}\n`);
    else io.out('  nothing to send: the profile has no destination for its transport method\n');
    return 1;
  }
  if (values['dry-run'] === true) {
    const servers = plan.route.email?.mailServers.map((s) => `${s.username !== undefined ? `${s.username}:***@` : ''}${s.host}:${s.port ?? smtpPort ?? 25} (priority ${s.priority}${s.secureTls ? ', secure tls' : ''})`) ?? [];
    if (values.json) io.out(`${JSON.stringify({ messageId: rendered.messageId, dryRun: true, destinations, mailServers: servers, notes }, null, 2)}\n`);
    else {
      for (const d of destinations) io.out(`  ${d}\n`);
      if (servers.length > 0) io.out(`  mail servers, in order: ${servers.join(', ')}\n`);
    }
    return 0;
  }
  const limiter = new RateLimiter({ perMinute: plan.rateLimit });
  const results: AttemptResult[] = await deliver(msg, plan.route, {
    rateLimiter: limiter,
    ...(smtpPort !== undefined ? { smtpPort } : {}),
    ...(retries !== undefined ? { retries } : {}),
    ...(timeout !== undefined ? { timeoutMs: timeout * 1000 } : {}),
    ...(values.spool !== undefined ? { spoolDir: values.spool } : {}),
    log: values.json === true ? undefined : (line) => io.err(`  ${line}\n`),
  });
  const ok = results.filter((r) => r.ok).length;
  if (values.json) io.out(`${JSON.stringify({ messageId: rendered.messageId, format: rendered.format, bytes: rendered.bytes, results, notes }, null, 2)}\n`);
  else {
    for (const r of results) io.out(`  ${r.transport} ${r.destination}${r.server !== undefined ? ` via ${r.server}` : ''}: ${r.ok ? 'accepted' : 'FAILED'} after ${r.attempts} attempt(s) — ${r.status}${r.spooled !== undefined ? ` (spooled: ${r.spooled})` : ''}\n`);
    io.out(`${ok} of ${results.length} destination(s) accepted message ${rendered.messageId}\n`);
  }
  return ok === results.length ? 0 : 1;
}
