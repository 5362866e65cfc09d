// What the extension says to the bundled `callhome` CLI and how it reads the answers: argument lists for send,
// receive and validate, and parsers/formatters for their JSON output. No `vscode` import, so unit tests run
// it under plain Node (test/unit/client/).
import type { AttemptResult } from '../../server/src/agent/delivery';
import { CISCO_TAC, findProfile, type ConfigModel } from '../../server/src/language';

/** Where a send goes instead of the profile's own destinations (the loopback receiver). */
export interface ReceiverTarget {
  /** The receiver's base URL as it announces it (`http://127.0.0.1:8089/`). */
  httpUrl: string;
  /** `HOST:PORT` of its SMTP side. */
  smtp: string;
}

export interface SendRequest {
  /** Absolute path of dist/cli/callhome.js. */
  cli: string;
  /** The configuration file (a temp copy of the editor text). */
  configFile: string;
  profile: string;
  group: string;
  /** Test message text; omitted = the CLI's default text for the group. */
  text?: string;
  /** JSON device facts file (`--device`). */
  deviceFile?: string;
  /** `callhome.smtp.port`: port for mail servers written without one. */
  smtpPort?: number;
  receiver?: ReceiverTarget;
}

/** Argument vector (after the node executable) for `callhome send … --json`. */
export function sendArgs(req: SendRequest): string[] {
  const args = [req.cli, 'send', req.configFile, '--profile', req.profile, '--group', req.group, '--json'];
  if (req.text !== undefined && req.text !== '') args.push('--message', req.text);
  if (req.deviceFile !== undefined) args.push('--device', req.deviceFile);
  if (req.smtpPort !== undefined) args.push('--smtp-port', String(req.smtpPort));
  if (req.receiver !== undefined) args.push('--receiver-http', receiverPostUrl(req.receiver.httpUrl), '--receiver-smtp', req.receiver.smtp);
  return args;
}

/** The receiver accepts any path; `/callhome` matches what the CLI's `--receiver` default posts to. */
export function receiverPostUrl(httpUrl: string): string {
  return `${httpUrl.replace(/\/+$/, '')}/callhome`;
}

export function receiveArgs(opts: { cli: string; httpPort: number; smtpPort: number; dir: string }): string[] {
  // --host stays the CLI default (127.0.0.1): the extension's receiver is loopback only.
  return [opts.cli, 'receive', '--json', '--http', String(opts.httpPort), '--smtp', String(opts.smtpPort), '--dir', opts.dir];
}

export function validateArgs(cli: string, paths: readonly string[]): string[] {
  return [cli, 'validate', '--format', 'json', ...paths];
}

/** `callhome send --json` output. */
export interface SendResult {
  messageId: string;
  format?: string;
  bytes?: number;
  results: AttemptResult[];
  notes: string[];
}

/** Reads the JSON document `send --json` prints; undefined when stdout holds something else (a usage error). */
/** The JSON value that starts at the first `open` character of the CLI's stdout; undefined when there is none. */
function jsonFrom(stdout: string, open: '{' | '['): unknown {
  const start = stdout.indexOf(open);
  if (start < 0) return undefined;
  try {
    return JSON.parse(stdout.slice(start));
  } catch {
    return undefined;
  }
}

export function parseSendOutput(stdout: string): SendResult | undefined {
  const v = jsonFrom(stdout, '{');
  if (v === null || typeof v !== 'object') return undefined;
  const o = v as Record<string, unknown>;
  if (typeof o.messageId !== 'string' || !Array.isArray(o.results)) return undefined;
  const results = o.results.filter((r): r is AttemptResult => r !== null && typeof r === 'object' && typeof (r as AttemptResult).destination === 'string' && typeof (r as AttemptResult).ok === 'boolean');
  const notes = Array.isArray(o.notes) ? o.notes.filter((n): n is string => typeof n === 'string') : [];
  return {
    messageId: o.messageId,
    ...(typeof o.format === 'string' ? { format: o.format } : {}),
    ...(typeof o.bytes === 'number' ? { bytes: o.bytes } : {}),
    results,
    notes,
  };
}

/** One destination as the user reads it: `email a@b via 127.0.0.1:2525: accepted`, or the device-like failure. */
export function formatDestination(r: AttemptResult): string {
  const via = r.server !== undefined && r.server !== '' ? ` via ${r.server}` : '';
  return `${r.transport} ${r.destination}${via}: ${r.ok ? 'accepted' : `FAILED — ${r.status}`}`;
}

export interface SendSummary {
  level: 'info' | 'warning' | 'error';
  /** One line for a notification (notifications do not show line breaks). */
  text: string;
}

/** The notification for a finished send: exit code and parsed output (or the CLI's error text). */
export function summarizeSend(what: string, code: number | null, result: SendResult | undefined, stderr: string): SendSummary {
  if (result === undefined) {
    const reason = firstErrorLine(stderr) ?? `the callhome CLI exited with code ${String(code)}`;
    return { level: 'error', text: `${what} not sent: ${reason}` };
  }
  if (result.results.length === 0) {
    const why = result.notes[0] ?? 'the profile has no destination for its transport method';
    return { level: 'error', text: `${what} ${result.messageId} not sent: ${why}` };
  }
  const ok = result.results.filter((r) => r.ok).length;
  const all = result.results.length;
  const head = `${what} ${result.messageId}: ${ok} of ${all} destination${all === 1 ? '' : 's'} accepted`;
  return { level: ok === all ? 'info' : ok === 0 ? 'error' : 'warning', text: `${head} — ${result.results.map(formatDestination).join('; ')}` };
}

/** The CLI's own message (`callhome: …`) without the prefix, or the first non-empty line. */
function firstErrorLine(stderr: string): string | undefined {
  const lines = stderr.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '');
  const line = lines.find((l) => l.startsWith('callhome:')) ?? lines[0];
  return line?.replace(/^callhome:\s*/, '');
}

/** Replaces every occurrence of each secret with `***` (defence in depth: the CLI never prints passwords). */
export function redact(text: string, secrets: readonly (string | undefined)[]): string {
  let out = text;
  for (const s of secrets) if (s !== undefined && s.length >= 1) out = out.split(s).join('***');
  return out;
}

/** A line of `receive --json`. */
export type ReceiverEvent =
  | { event: 'listening'; httpUrl: string; smtp: string; dir: string }
  | { event: 'message'; accepted: boolean; file: string; transport: string; messageId?: string; format?: string; bytes?: number; code?: number; reason?: string };

export function parseReceiverLine(line: string): ReceiverEvent | undefined {
  const t = line.trim();
  if (!t.startsWith('{')) return undefined;
  let v: unknown;
  try {
    v = JSON.parse(t);
  } catch {
    return undefined;
  }
  if (v === null || typeof v !== 'object') return undefined;
  const o = v as Record<string, unknown>;
  const str = (k: string): string | undefined => (typeof o[k] === 'string' ? (o[k] as string) : undefined);
  const num = (k: string): number | undefined => (typeof o[k] === 'number' ? (o[k] as number) : undefined);
  if (o.event === 'listening' && str('httpUrl') !== undefined && str('smtp') !== undefined) {
    return { event: 'listening', httpUrl: str('httpUrl')!, smtp: str('smtp')!, dir: str('dir') ?? '' };
  }
  if (o.event === 'message' && typeof o.accepted === 'boolean' && str('file') !== undefined) {
    const e: ReceiverEvent = { event: 'message', accepted: o.accepted, file: str('file')!, transport: str('transport') ?? '?' };
    const messageId = str('messageId');
    if (messageId !== undefined) e.messageId = messageId;
    const format = str('format');
    if (format !== undefined) e.format = format;
    const bytes = num('bytes');
    if (bytes !== undefined) e.bytes = bytes;
    const code = num('code');
    if (code !== undefined) e.code = code;
    const reason = str('reason');
    if (reason !== undefined) e.reason = reason;
    return e;
  }
  return undefined;
}

/** Ports out of the receiver's announcement, for the status bar (`8089/2525`). */
export function receiverPorts(httpUrl: string, smtp: string): string {
  const http = /:(\d+)\/?$/.exec(httpUrl)?.[1] ?? '?';
  const mail = /:(\d+)$/.exec(smtp)?.[1] ?? '?';
  return `${http}/${mail}`;
}

/** `callhome validate --format json` output (SPEC §6), 1-based positions. */
export interface ValidateReport {
  file: string;
  diagnostics: { line: number; column: number; endLine: number; endColumn: number; severity: 'error' | 'warning' | 'information' | 'hint'; code: string; message: string }[];
}

export function parseValidateOutput(stdout: string): ValidateReport[] | undefined {
  const v = jsonFrom(stdout, '[');
  if (!Array.isArray(v)) return undefined;
  return v.filter((r): r is ValidateReport => r !== null && typeof r === 'object' && typeof (r as ValidateReport).file === 'string' && Array.isArray((r as ValidateReport).diagnostics));
}

/** SecretStorage key of a mail server's password. */
export function smtpSecretKey(user: string, host: string): string {
  return `callhome.smtp.${user}@${host}`;
}

/**
 * The mail server whose password the send needs from the user: the first one (by priority) written as
 * `user@host` without a password, when the profile really sends e-mail through the configured servers.
 * The CLI takes one password (CALLHOME_SMTP_PASSWORD) for every such server.
 */
export function smtpCredentialNeeded(model: ConfigModel, profileName: string, toReceiver: boolean): { user: string; host: string; key: string } | undefined {
  if (toReceiver) return undefined; // the receiver replaces the mail servers and takes no AUTH
  const profile = findProfile(model, profileName);
  if (profile === undefined || !profile.transport.email) return undefined;
  const hasAddress = profile.destinations.some((d) => d.kind === 'email') || (profile.predefined && profile.name === CISCO_TAC);
  if (!hasAddress) return undefined;
  const server = [...model.callHome.mailServers]
    .filter((s) => s.priority !== undefined)
    .sort((a, b) => (a.priority ?? 100) - (b.priority ?? 100) || a.node.line - b.node.line)
    .find((s) => s.username !== undefined && s.username !== '' && s.password === undefined);
  if (server === undefined || server.username === undefined) return undefined;
  return { user: server.username, host: server.host, key: smtpSecretKey(server.username, server.host) };
}
