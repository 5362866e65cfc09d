// Device facts: what the renderer needs to know about the box that is not in its configuration (SPEC §4):
// chassis model, serial number, part number, versions, SNMP system object id and description, product series
// and the long-text Source ID, plus optional captures of `show` commands. They come from editor settings, a
// `--device FILE` JSON document or the defaults below; the host name comes from the config's `hostname`.
// Pure: no file system, no network. Nothing here throws on bad input: loadDeviceFacts reports errors as text.
import type { ConfigModel } from '../language/model';

export interface DeviceFacts {
  /** Host name (`ch:SystemInfo/ch:Name`, long-text System Name). From the config's `hostname`, else "Router". */
  hostname: string;
  /** Chassis model (`rme:Model`, first part of the Device ID `<model>@C@<serial>`, 000:L2898–L2912). */
  model: string;
  /** Chassis serial number (`rme:SerialNumber`; also inside MessageId/GroupId). */
  serialNumber: string;
  /** Top assembly number (`rme:AD name="PartNumber"`, long-text Affected Chassis Part No). */
  partNumber: string;
  /** `rme:HardwareVersion`, long-text Affected Chassis Hardware Version. */
  hardwareVersion: string;
  /** `rme:AD name="SoftwareVersion"`. */
  softwareVersion: string;
  /** `rme:AD name="SystemObjectId"` (sysObjectID). */
  systemObjectId: string;
  /** `rme:AD name="SystemDescription"` (sysDescr; may span several lines). */
  systemDescription: string;
  /** `ch:Event/ch:Series`, e.g. "CSR1000v Cloud Services Router", "ASR1000 Series Routers". */
  series: string;
  /** Product family: long-text Source ID (e.g. "ASR1000", 004 §6.1) and `aml-block:Builder/aml-block:Name` ("CSR1000v"). */
  platformId: string;
  /** Offset of the device clock from UTC, in minutes (`clock timezone`); times print as `GMT+HH:MM`. */
  utcOffsetMinutes: number;
  /** Output of `show` commands, keyed by the exact command (e.g. "show logging"). Attachments use them verbatim. */
  captures?: Record<string, string>;
}

/** The facts used when nothing else is known: the CSR1000V of the guide's XML sample (000 §F.7) with a placeholder serial. */
export const DEFAULT_DEVICE_FACTS: Readonly<DeviceFacts> = Object.freeze({
  hostname: 'Router',
  model: 'CSR1000V',
  serialNumber: 'SIM00000001',
  partNumber: '',
  hardwareVersion: '',
  softwareVersion: '',
  systemObjectId: '1.3.6.1.4.1.9.1.1537',
  systemDescription: '',
  series: 'CSR1000v Cloud Services Router',
  platformId: 'CSR1000v',
  utcOffsetMinutes: 0,
});

const STRING_FIELDS = ['hostname', 'model', 'serialNumber', 'partNumber', 'hardwareVersion', 'softwareVersion', 'systemObjectId', 'systemDescription', 'series', 'platformId'] as const;
type StringField = (typeof STRING_FIELDS)[number];
const ALL_FIELDS = new Set<string>([...STRING_FIELDS, 'utcOffsetMinutes', 'captures']);

/** Spellings people use for the same fact (e.g. from `show version` / `show inventory` vocabulary). */
const ALIASES: Record<string, StringField | 'utcOffsetMinutes' | 'captures'> = {
  host: 'hostname',
  hostName: 'hostname',
  pid: 'model',
  modelNumber: 'model',
  serial: 'serialNumber',
  sn: 'serialNumber',
  serialNo: 'serialNumber',
  partNo: 'partNumber',
  hwVersion: 'hardwareVersion',
  vid: 'hardwareVersion',
  version: 'softwareVersion',
  swVersion: 'softwareVersion',
  sysObjectId: 'systemObjectId',
  sysObjectID: 'systemObjectId',
  sysDescr: 'systemDescription',
  sourceId: 'platformId',
  platform: 'platformId',
  timezoneOffsetMinutes: 'utcOffsetMinutes',
  utcOffset: 'utcOffsetMinutes',
  timezone: 'utcOffsetMinutes',
  commands: 'captures',
};

/** Per-field checks: a value that passes can be put into every format without breaking it. */
const LIMITS: Record<StringField, { max: number; pattern?: RegExp; what?: string }> = {
  hostname: { max: 63, pattern: /^[^\s<>&"]+$/, what: 'a host name without spaces' },
  model: { max: 64, pattern: /^[^\s@<>&"]+$/, what: 'a model number without spaces or "@" (it is part of the Device ID model@C@serial)' },
  serialNumber: { max: 32, pattern: /^[A-Za-z0-9][A-Za-z0-9._-]*$/, what: 'letters and digits only (it is part of the MessageId M<n>:<serial>:<time>)' },
  partNumber: { max: 64 },
  hardwareVersion: { max: 64 },
  softwareVersion: { max: 128 },
  systemObjectId: { max: 128, pattern: /^(?:\d+\.)*\d+$|^$/, what: 'a dotted OID such as 1.3.6.1.4.1.9.1.1537' },
  systemDescription: { max: 4096 },
  series: { max: 128 },
  platformId: { max: 64, pattern: /^[^\s<>&"]*$/, what: 'a product family without spaces, such as ASR1000' },
};

const MAX_CAPTURE_CHARS = 16 * 1024 * 1024;

/** The default facts for a configuration: its `hostname` (else "Router") and DEFAULT_DEVICE_FACTS. */
export function defaultDeviceFacts(model?: ConfigModel): DeviceFacts {
  const facts: DeviceFacts = { ...DEFAULT_DEVICE_FACTS };
  const h = model?.hostname?.word.value;
  if (h !== undefined && h !== '') facts.hostname = h;
  return facts;
}

export type LoadDeviceFactsResult = { ok: true; facts: DeviceFacts; warnings: string[] } | { ok: false; errors: string[] };

export interface LoadDeviceFactsOptions {
  /** The configuration being rendered: its `hostname` wins over the file's (SPEC §4 "hostname from `hostname`"). */
  model?: ConfigModel;
  /** Name of the file, used in messages. */
  source?: string;
  /**
   * Reads a capture given as `{ "file": "path" }` (the CLI resolves it next to the device file). Without it
   * such captures are an error. May throw; the error text is reported.
   */
  readFile?: (path: string) => string;
}

/**
 * Validates a `--device FILE` document (its JSON text, or the parsed value) and merges it over the defaults.
 * Every problem is reported as one line naming the field; unknown fields are warnings. Never throws.
 */
export function loadDeviceFacts(input: unknown, options: LoadDeviceFactsOptions = {}): LoadDeviceFactsResult {
  const where = options.source ?? 'device facts';
  const errors: string[] = [];
  const warnings: string[] = [];
  let value: unknown = input;
  if (typeof input === 'string') {
    const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
    if (text.trim() === '') return { ok: false, errors: [`${where}: the file is empty (expected a JSON object such as {"model": "ASR1006", "serialNumber": "FOX105101DH"})`] };
    try {
      value = JSON.parse(text);
    } catch (e) {
      return { ok: false, errors: [`${where}: not valid JSON (${e instanceof Error ? e.message : String(e)})`] };
    }
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, errors: [`${where}: expected a JSON object with fields such as "model" and "serialNumber", found ${describe(value)}`] };
  }
  const facts = defaultDeviceFacts();
  const seen = new Set<string>();
  for (const [rawKey, v] of Object.entries(value as Record<string, unknown>)) {
    const key = ALL_FIELDS.has(rawKey) ? rawKey : ALIASES[rawKey];
    if (key === undefined) {
      warnings.push(`${where}: unknown field "${rawKey}" ignored (known fields: ${[...ALL_FIELDS].join(', ')})`);
      continue;
    }
    if (seen.has(key)) {
      errors.push(`${where}: field "${key}" is given twice (as "${rawKey}" and another spelling)`);
      continue;
    }
    seen.add(key);
    if (key === 'captures') {
      const c = loadCaptures(v, where, options.readFile, errors);
      if (c !== undefined) facts.captures = c;
      continue;
    }
    if (key === 'utcOffsetMinutes') {
      const m = parseUtcOffset(v);
      if (m === undefined) errors.push(`${where}: "${rawKey}" must be minutes east of UTC (-720 to 840) or "+HH:MM" / "-HH:MM", found ${describe(v)}`);
      else facts.utcOffsetMinutes = m;
      continue;
    }
    const field = key as StringField;
    if (typeof v === 'number' && Number.isFinite(v) && field !== 'serialNumber') {
      facts[field] = String(v);
    } else if (typeof v !== 'string') {
      errors.push(`${where}: "${rawKey}" must be a string, found ${describe(v)}`);
      continue;
    } else {
      // One-line fields: line breaks and runs of blanks become one space (a wrapped copy from a document).
      facts[field] = field === 'systemDescription' ? v.replace(/\r\n?/g, '\n') : v.split(/[ \t\r\n]+/).filter((x) => x !== '').join(' ');
    }
    const problem = checkField(field, facts[field]);
    if (problem !== undefined) errors.push(`${where}: "${rawKey}" ${problem}`);
  }
  if (errors.length > 0) return { ok: false, errors };
  const configHost = options.model?.hostname?.word.value;
  if (configHost !== undefined && configHost !== '') {
    if (seen.has('hostname') && facts.hostname !== configHost) {
      warnings.push(`${where}: hostname "${facts.hostname}" differs from the configuration's "hostname ${configHost}"; the configuration wins`);
    }
    facts.hostname = configHost;
  }
  return { ok: true, facts, warnings };
}

/** Validates facts built in code (settings): the same checks as loadDeviceFacts. Empty array = valid. */
export function checkDeviceFacts(facts: DeviceFacts): string[] {
  const out: string[] = [];
  for (const f of STRING_FIELDS) {
    if (typeof facts[f] !== 'string') {
      out.push(`"${f}" must be a string`);
      continue;
    }
    const p = checkField(f, facts[f]);
    if (p !== undefined) out.push(`"${f}" ${p}`);
  }
  if (parseUtcOffset(facts.utcOffsetMinutes) === undefined) out.push('"utcOffsetMinutes" must be an integer from -720 to 840');
  return out;
}

function checkField(field: StringField, v: string): string | undefined {
  const lim = LIMITS[field];
  if ((field === 'hostname' || field === 'model' || field === 'serialNumber') && v === '') return 'must not be empty';
  if (v.length > lim.max) return `is ${v.length} characters long; at most ${lim.max} are allowed`;
  // XML 1.0 cannot carry control characters (other than tab and newline in the description).
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if ((c < 0x20 && !(field === 'systemDescription' && (c === 10 || c === 9))) || c === 0x7f) return `contains a control character (code ${c}) at position ${i + 1}`;
  }
  if (lim.pattern !== undefined && !lim.pattern.test(v)) return `"${v}" is not valid: expected ${lim.what ?? 'a different value'}`;
  return undefined;
}

/** Minutes east of UTC from a number or "+HH:MM" / "-HH:MM" / "GMT+HH:MM"; undefined when invalid. */
export function parseUtcOffset(v: unknown): number | undefined {
  let m: number | undefined;
  if (typeof v === 'number') m = v;
  else if (typeof v === 'string') {
    const r = /^\s*(?:GMT|UTC)?\s*([+-])(\d{1,2}):?(\d{2})\s*$/i.exec(v);
    if (r !== null) {
      const mins = Number(r[2]) * 60 + Number(r[3]);
      if (Number(r[3]) < 60) m = r[1] === '-' ? -mins : mins;
    } else if (/^\s*[+-]?\d{1,4}\s*$/.test(v)) m = Number(v);
  }
  if (m === undefined || !Number.isInteger(m) || m < -720 || m > 840) return undefined;
  return m;
}

function loadCaptures(v: unknown, where: string, readFile: LoadDeviceFactsOptions['readFile'], errors: string[]): Record<string, string> | undefined {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) {
    errors.push(`${where}: "captures" must be an object mapping an exact show command to its output, e.g. {"show logging": "Syslog logging: enabled ..."}; found ${describe(v)}`);
    return undefined;
  }
  const out: Record<string, string> = {};
  for (const [cmd, val] of Object.entries(v as Record<string, unknown>)) {
    const name = normalizeCommand(cmd);
    if (name === '') {
      errors.push(`${where}: "captures" has an empty command name`);
      continue;
    }
    let text: string | undefined;
    if (typeof val === 'string') text = val;
    else if (Array.isArray(val) && val.every((x) => typeof x === 'string')) text = (val as string[]).join('\n');
    else if (val !== null && typeof val === 'object' && typeof (val as { file?: unknown }).file === 'string') {
      const file = (val as { file: string }).file;
      if (readFile === undefined) {
        errors.push(`${where}: captures["${cmd}"] refers to file "${file}", but no file reader is available here; paste the output instead`);
        continue;
      }
      try {
        text = readFile(file);
      } catch (e) {
        errors.push(`${where}: captures["${cmd}"]: cannot read "${file}" (${e instanceof Error ? e.message : String(e)})`);
        continue;
      }
    } else {
      errors.push(`${where}: captures["${cmd}"] must be the command output as a string, an array of lines, or {"file": "path"}; found ${describe(val)}`);
      continue;
    }
    if (text.length > MAX_CAPTURE_CHARS) {
      errors.push(`${where}: captures["${cmd}"] is ${text.length} characters long; at most ${MAX_CAPTURE_CHARS} are accepted`);
      continue;
    }
    out[name] = text.replace(/\r\n?/g, '\n');
  }
  return out;
}

/** A command as a capture key: single spaces, no surrounding blanks (case kept; lookups ignore case). */
export function normalizeCommand(cmd: string): string {
  return cmd.trim().split(/\s+/).join(' ');
}

/**
 * The capture for a command, matched on the normalized command without regard to case. The output's first line
 * is dropped when it only echoes the command (`Router#show logging`), since the XML attachment adds the echo.
 */
export function findCapture(facts: Pick<DeviceFacts, 'captures'>, command: string): string | undefined {
  const caps = facts.captures;
  if (caps === undefined) return undefined;
  const want = normalizeCommand(command).toLowerCase();
  let text: string | undefined;
  for (const [k, v] of Object.entries(caps)) {
    if (normalizeCommand(k).toLowerCase() === want) {
      text = v;
      break;
    }
  }
  if (text === undefined) return undefined;
  return stripEcho(text, want);
}

function stripEcho(text: string, command: string): string {
  const nl = text.indexOf('\n');
  const first = (nl < 0 ? text : text.slice(0, nl)).trim();
  // `show logging`, `Router#show logging`, `Router# show logging`
  const hash = first.search(/[#>]/);
  const cmd = (hash >= 0 && hash < 64 ? first.slice(hash + 1) : first).trim();
  if (normalizeCommand(cmd).toLowerCase() === command) return nl < 0 ? '' : text.slice(nl + 1);
  return text;
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'string') return `the string ${JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v)}`;
  if (typeof v === 'object') return 'an object';
  return `${typeof v} ${String(v)}`;
}
