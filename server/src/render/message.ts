// The format-independent Call Home message (SPEC §4): what the device would put into an XML/AML, long-text or
// short-text message for one profile and one alert group, built from the configuration model plus device facts.
// Sources: reference/000 §E (alert groups, executed commands, severity table), §F (fields, AML envelope, the
// syslog sample F.7), §K (defaults); reference/004 §4.12 (call-home test), §4.17 (data-privacy), §6.1.
// Output of `show` commands is never invented: it comes from the device facts' captures, or the attachment
// says it was not collected.
import { CISCO_TAC, findProfile, type ConfigModel, type Profile } from '../language/model';
import { SEVERITIES } from '../language/commands';
import { checkDeviceFacts, findCapture, type DeviceFacts } from './deviceFacts';
import { removeSecrets, scrubConfig, type ScrubOptions } from './scrub';

export const ALERT_GROUP_NAMES = ['test', 'inventory', 'configuration', 'syslog', 'environment', 'diagnostic', 'crash', 'snapshot'] as const;
export type AlertGroupName = (typeof ALERT_GROUP_NAMES)[number];

/**
 * Commands each alert group executes; their output is attached (000 §E.2, "Table 2 Call Home Alert Groups,
 * Events, and Actions", L2741–L2811, split at each `show`). `test` executes none (it has no row in the table and
 * carries "information that is common to all message types", 003 §4); `snapshot` runs the `add-command` list.
 */
export const GROUP_COMMANDS: Readonly<Record<AlertGroupName, readonly string[]>> = {
  test: [],
  crash: ['show version', 'show logging', 'show region', 'show stack'], // L2765
  configuration: ['show platform', 'show inventory', 'show running-config all', 'show startup-config', 'show version'], // L2781
  diagnostic: ['show platform', 'show diagnostic result slot x detail', 'show version', 'show inventory', 'show buffers', 'show logging', 'show diagnostic result slot all', 'show diagnostic events slot all'], // L2787
  environment: ['show platform', 'show environment', 'show inventory', 'show logging'], // L2795
  inventory: ['show diag all eeprom detail | include MAC', 'show license all', 'show platform', 'show platform hardware qfp active infrastructure chipset 0 capabilities', 'show platform software vnic-if interface-mapping', 'show version'], // L2803
  syslog: ['show logging'], // L2811
  snapshot: [],
};

/**
 * Severity used when none is given. The trigger table's Severity column is empty in the source (000 §E.2, N.5);
 * these follow Table 1 (L780–L868): informational messages are `notification` (2), environmental and diagnostic
 * events `minor` (4), a crash `critical` (6). A syslog line's own level wins (Call Home level = 7 − syslog level,
 * verified by the F.7 sample: %CLEAR-5-COUNTERS → Severity 2).
 */
export const DEFAULT_SEVERITY: Readonly<Record<AlertGroupName, number>> = {
  test: 2,
  inventory: 2,
  configuration: 2,
  syslog: 2,
  environment: 4,
  diagnostic: 4,
  crash: 6,
  snapshot: 2,
};

/** The test message text when none is given ("a default message is sent", 000:L1510, 004:L887; its text is not in the sources). */
export const DEFAULT_TEST_MESSAGE = 'Call Home test message';

const DEFAULT_DESCRIPTION: Readonly<Record<AlertGroupName, string>> = {
  test: DEFAULT_TEST_MESSAGE,
  inventory: 'Full inventory information',
  configuration: 'Full configuration information',
  syslog: 'Syslog message',
  environment: 'Environmental event',
  diagnostic: 'Diagnostic results',
  crash: 'System crash',
  snapshot: 'Snapshot of command output',
};

/** `ch:Event/ch:SubType`: "full, delta, test" (Table 4, L2874–L2878); empty for event groups, as in the F.7 syslog sample. */
const SUBTYPE: Readonly<Record<AlertGroupName, string>> = {
  test: 'test',
  inventory: 'full',
  configuration: 'full',
  syslog: '',
  environment: '',
  diagnostic: '',
  crash: '',
  snapshot: '',
};

/** Groups CiscoTAC-1 is subscribed to when the document does not say otherwise (000 §D, L2563–L2570). */
const CISCO_TAC_DEFAULT_GROUPS = new Set(['configuration', 'inventory', 'crash', 'syslog']);
/** Groups sent in anonymous mode (000:L83, L193). */
const ANONYMOUS_GROUPS = new Set(['crash', 'inventory', 'test']);

export const SESSION_TO = 'http://tools.cisco.com/neddce/services/DDCEService';
export const SESSION_VIA = 'http://www.cisco.com/appliance/uri';
export const SESSION_FROM = 'http://www.cisco.com/appliance/uri';
export const BLOCK_TYPE_PREFIX = 'http://www.cisco.com/2005/05/callhome/';
export const BRAND = 'Cisco Systems';
export const BUILDER_VERSION = '2.0';

export interface Attachment {
  /** The exact command (`aml-block:Name`, long-text Command Output Name). */
  name: string;
  /** `aml-block:Attachment@type` — "Usually “inline”" (Table 4, L3026–L3030). */
  type: 'inline';
  /** `aml-block:Data@encoding`. */
  encoding: 'plain';
  /** Long-text MIME Type. */
  mimeType: 'text/plain';
  /** The command output (scrubbed), or a note that it was not collected. */
  text: string;
  /** Whether `text` is real output (from captures or the configuration itself). */
  collected: boolean;
  /** Values removed by data privacy. */
  scrubbed: number;
  /** Set by the renderer when the message-size limit cut this attachment. */
  truncated?: boolean;
}

export interface CallHomeMessage {
  profile: string;
  group: AlertGroupName;
  sequence: number;
  /** `M<n>:<serial>:<8 hex digits of epoch seconds>` (000 §F.6). */
  messageId: string;
  /** `G<n+1>:<serial>:<same hex>`. */
  groupId: string;
  /** `http://www.cisco.com/2005/05/callhome/<group>`. */
  blockType: string;
  /** `YYYY-MM-DD HH:MM:SS GMT+HH:MM` (000:L2858). */
  creationDate: string;
  eventTime: string;
  /** Call Home level 0–9. */
  severity: number;
  /** Table 1 keyword of the level (`notification`). */
  severityName: string;
  /** Long-text Message Name: the alert group keyword, as in the 004 sample (`syslog`). */
  messageName: string;
  /** Long-text Message Type: "Specifically “Call Home”" (Table 4). */
  messageType: string;
  /** Long-text Message Group: "Specifically “reactive”" (Table 4). */
  messageGroup: string;
  /** Short text describing the event (`ch:MessageDescription`, long-text Event Description). */
  description: string;
  event: { type: string; subType: string; brand: string; series: string };
  builder: { name: string; version: string };
  session: { to: string; via: string; from: string };
  /** Long-text Source ID (product family). */
  sourceId: string;
  customer: {
    /** `ch:UserData/ch:Email` (the contact e-mail). */
    userEmail: string;
    customerId: string;
    siteId: string;
    contractId: string;
    /** `<model>@C@<serial>`. */
    deviceId: string;
    /** Long-text Server ID (the same UDI). */
    serverId: string;
    ccoid: string;
    idToken: string;
  };
  system: { name: string; contact: string; contactEmail: string; contactPhone: string; streetAddress: string };
  chassis: {
    model: string;
    hardwareVersion: string;
    serialNumber: string;
    /** `rme:AD` entries, in the order of the sample. */
    additional: Array<{ name: string; value: string }>;
  };
  attachments: Attachment[];
  /** Things the device would do differently, or data that could not be filled in. */
  warnings: string[];
}

export interface BuildMessageOptions {
  /** Profile name, matched without regard to case (000:L541). */
  profile: string;
  group: AlertGroupName;
  /** Test message text, the syslog line, or the event description. */
  text?: string;
  /** Call Home level 0–9; default: from the syslog line, else DEFAULT_SEVERITY. */
  severity?: number;
  facts: DeviceFacts;
  now: Date;
  /** The M<n> counter (default 1). */
  sequence?: number;
  /** The configuration text: the `show running-config all` attachment of the configuration group. */
  config?: string;
}

/** A problem with the request itself (unknown profile, bad severity, …): the message cannot be built. */
export class RenderError extends Error {
  override name = 'RenderError';
}

/** Resolves a group keyword as typed by a user: case-insensitive, unique prefixes, `environmental`. */
export function parseAlertGroup(s: string): AlertGroupName | undefined {
  const v = s.trim().toLowerCase();
  if (v === '') return undefined;
  if (v === 'environmental') return 'environment';
  const exact = ALERT_GROUP_NAMES.find((g) => g === v);
  if (exact !== undefined) return exact;
  const pre = ALERT_GROUP_NAMES.filter((g) => g.startsWith(v));
  return pre.length === 1 ? pre[0] : undefined;
}

/** Table 1 keyword of a Call Home level (9 catastrophic … 0 debugging). */
export function severityName(level: number): string {
  return SEVERITIES[9 - level] ?? String(level);
}

/** A severity given as 0–9 or a Table 1 keyword; undefined when neither. */
export function parseSeverity(s: string | number): number | undefined {
  if (typeof s === 'number') return Number.isInteger(s) && s >= 0 && s <= 9 ? s : undefined;
  const v = s.trim().toLowerCase();
  if (/^\d$/.test(v)) return Number(v);
  const i = (SEVERITIES as readonly string[]).indexOf(v === 'debug' ? 'debugging' : v);
  return i < 0 ? undefined : 9 - i;
}

/** Call Home level of a syslog line `%FAC-N-MNEMONIC:` (7 − N, 000 §E.4), undefined when there is none. */
export function syslogSeverity(line: string): number | undefined {
  const m = /%[A-Z0-9_]{1,64}(?:-[A-Z0-9_]{1,64})?-([0-7])-[A-Z0-9_]{1,64}/.exec(line);
  return m === null ? undefined : 7 - Number(m[1]);
}

function pad(n: number, w = 2): string {
  return String(n).padStart(w, '0');
}

/** `YYYY-MM-DD HH:MM:SS GMT+HH:MM` at a UTC offset in minutes (000:L2858). */
export function formatAmlTime(d: Date, offsetMinutes = 0): string {
  const t = new Date(d.getTime() + offsetMinutes * 60000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const off = Math.abs(offsetMinutes);
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())} ${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}:${pad(t.getUTCSeconds())} GMT${sign}${pad(Math.floor(off / 60))}:${pad(off % 60)}`;
}

/** 8 upper-case hex digits of the Unix time in seconds (0x51AEAC68 = 2013-06-05 03:11:36 UTC, 000 §F.6). */
export function epochHex(d: Date): string {
  return Math.floor(d.getTime() / 1000)
    .toString(16)
    .toUpperCase()
    .padStart(8, '0');
}

/** Characters XML 1.0 cannot carry (and CR, which XML turns into LF anyway) — replaced or normalized. */
export function cleanText(s: string): string {
  return s.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/** The note an attachment carries when the device facts have no capture of its command. */
export function notCollectedText(command: string): string {
  return `[not collected: no capture of "${command}" was provided in the device facts; the device would attach its output here]`;
}

/**
 * Builds the message a device would send to `profile` for `group`. Throws RenderError only for a request that
 * cannot be honoured (unknown profile, severity out of 0–9, invalid date or facts); everything the device
 * would merely not do (inactive profile, group not subscribed, …) is a warning on the message.
 */
export function buildMessage(model: ConfigModel, options: BuildMessageOptions): CallHomeMessage {
  const profile = findProfile(model, options.profile);
  if (profile === undefined) {
    const names = model.profiles.map((p) => p.name).filter((n) => n !== '');
    throw new RenderError(`profile "${options.profile}" is not configured (profiles: ${names.join(', ')})`);
  }
  const group = options.group;
  if (!(ALERT_GROUP_NAMES as readonly string[]).includes(group)) {
    throw new RenderError(`unknown alert group "${String(group)}" (expected one of ${ALERT_GROUP_NAMES.join(', ')})`);
  }
  if (!(options.now instanceof Date) || Number.isNaN(options.now.getTime())) throw new RenderError('the message time is not a valid date');
  const sequence = options.sequence ?? 1;
  if (!Number.isInteger(sequence) || sequence < 0 || sequence > 0x7fffffff) throw new RenderError(`sequence ${String(sequence)} must be a whole number from 0 to 2147483647`);
  const factProblems = checkDeviceFacts(options.facts);
  if (factProblems.length > 0) throw new RenderError(`device facts: ${factProblems.join('; ')}`);
  const facts = options.facts;
  const ch = model.callHome;
  const warnings: string[] = [];

  const secrets = ch.mailServers.map((m) => m.password).filter((p): p is string => p !== undefined && p !== '');
  const clean = (s: string): string => removeSecrets(cleanText(s), secrets);

  // description and severity
  const given = options.text !== undefined && options.text.trim() !== '' ? options.text : undefined;
  const description = clean(given ?? DEFAULT_DESCRIPTION[group]);
  let severity: number;
  if (options.severity !== undefined) {
    if (!Number.isInteger(options.severity) || options.severity < 0 || options.severity > 9) {
      throw new RenderError(`severity ${String(options.severity)} is not a Call Home level 0–9 (000:L780–L868)`);
    }
    severity = options.severity;
  } else {
    severity = (group === 'syslog' && given !== undefined ? syslogSeverity(given) : undefined) ?? DEFAULT_SEVERITY[group];
  }
  if (group === 'syslog' && given === undefined) warnings.push('no syslog line given: the description is a placeholder; pass the syslog message as the text');

  // what the device would do differently
  checkDelivery(model, profile, group, severity, warnings);

  const hostName = facts.hostname;
  const privacy: ScrubOptions = { level: ch.dataPrivacy.level, hostname: ch.dataPrivacy.hostname, hostName, secrets };
  if (privacy.hostname) {
    warnings.push('data-privacy hostname: the host name is removed from the message; this can cause Smart Call Home processing failure on some platforms (004:L1285)');
  }
  const systemName = privacy.hostname ? '' : clean(hostName);

  // attachments
  const commands = group === 'snapshot' ? ch.snapshotCommands.map((c) => c.value) : GROUP_COMMANDS[group];
  if (group === 'snapshot' && commands.length === 0) warnings.push('no `add-command` under `alert-group-config snapshot`: the snapshot message has no attachments (000:L870–L938)');
  const attachments: Attachment[] = [];
  const missing: string[] = [];
  for (const command of commands) {
    let output: string | undefined;
    if (group === 'configuration' && command === 'show running-config all' && options.config !== undefined) output = options.config;
    else output = findCapture(facts, command);
    if (output === undefined) {
      missing.push(command);
      attachments.push({ name: clean(command), type: 'inline', encoding: 'plain', mimeType: 'text/plain', text: clean(notCollectedText(command)), collected: false, scrubbed: 0 });
      continue;
    }
    const s = scrubConfig(cleanText(output), privacy);
    attachments.push({ name: clean(command), type: 'inline', encoding: 'plain', mimeType: 'text/plain', text: s.text, collected: true, scrubbed: s.count });
  }
  if (missing.length > 0) warnings.push(`not collected (no capture in the device facts): ${missing.join('; ')}`);

  const hex = epochHex(options.now);
  const serial = facts.serialNumber;
  const time = formatAmlTime(options.now, facts.utcOffsetMinutes);
  const deviceId = `${facts.model}@C@${serial}`;
  const contactEmail = clean(ch.contactEmail?.value ?? '');
  if (contactEmail === '') warnings.push('no `contact-email-addr`: "Each router must include a contact e-mail address" (000:L396)');

  return {
    profile: profile.name,
    group,
    sequence,
    messageId: `M${sequence}:${serial}:${hex}`,
    groupId: `G${sequence + 1}:${serial}:${hex}`,
    blockType: `${BLOCK_TYPE_PREFIX}${group}`,
    creationDate: time,
    eventTime: time,
    severity,
    severityName: severityName(severity),
    messageName: group,
    messageType: 'Call Home',
    messageGroup: 'reactive',
    description,
    event: { type: group, subType: SUBTYPE[group], brand: BRAND, series: clean(facts.series) },
    builder: { name: clean(facts.platformId), version: BUILDER_VERSION },
    session: { to: SESSION_TO, via: SESSION_VIA, from: SESSION_FROM },
    sourceId: clean(facts.platformId),
    customer: {
      userEmail: contactEmail,
      customerId: clean(ch.customerId?.value ?? ''),
      siteId: clean(ch.siteId?.value ?? ''),
      contractId: clean(ch.contractId?.value ?? ''),
      deviceId,
      serverId: deviceId,
      ccoid: '',
      idToken: '',
    },
    system: {
      name: systemName,
      contact: '',
      contactEmail,
      contactPhone: clean(ch.phoneNumber?.value ?? ''),
      streetAddress: clean(ch.streetAddress?.value ?? ''),
    },
    chassis: {
      model: facts.model,
      hardwareVersion: clean(facts.hardwareVersion),
      serialNumber: serial,
      additional: [
        { name: 'PartNumber', value: clean(facts.partNumber) },
        { name: 'SoftwareVersion', value: clean(facts.softwareVersion) },
        { name: 'SystemObjectId', value: clean(facts.systemObjectId) },
        { name: 'SystemDescription', value: clean(facts.systemDescription) },
        { name: 'ServiceNumber', value: '' },
        { name: 'ForwardAddress', value: '' },
      ],
    },
    attachments,
    warnings,
  };
}

function checkDelivery(model: ConfigModel, profile: Profile, group: AlertGroupName, severity: number, warnings: string[]): void {
  if (model.dialect !== 'ios') warnings.push(`the configuration looks like ${model.dialect}; messages are rendered as IOS / IOS XE would send them`);
  if (model.service?.enabled !== true && !model.transcript) warnings.push('`service call-home` is not enabled: the device sends no Call Home messages (000:L325, L2695)');
  if (!profile.active) {
    warnings.push(profile.predefined ? `profile ${CISCO_TAC} is inactive by default; add \`active\` under it (000:L1344)` : `profile "${profile.name}" is not active`);
  }
  if (group !== 'test' && model.callHome.disabledAlertGroups.has(group)) warnings.push(`alert group ${group} is disabled (\`no alert-group ${group}\`)`);
  if (profile.anonymousOnly && !ANONYMOUS_GROUPS.has(group)) warnings.push(`profile "${profile.name}" is in anonymous mode, which sends only crash, inventory and test messages (000:L83, L193)`);
  if (group === 'test') return;
  const subs = profile.subscriptions.filter((s) => s.groupName === group || s.groupName === 'all');
  const defaults = profile.predefined && profile.subscriptions.length === 0 && CISCO_TAC_DEFAULT_GROUPS.has(group);
  if (subs.length === 0 && !defaults) {
    warnings.push(`profile "${profile.name}" is not subscribed to alert group ${group}: the device sends it only on \`call-home send alert-group ${group} profile ${profile.name}\` (000:L755)`);
    return;
  }
  const thresholds = subs.map((s) => (s.severity?.level !== undefined ? parseSeverity(s.severity.level) : undefined)).filter((x): x is number => x !== undefined);
  if (thresholds.length > 0 && thresholds.every((t) => severity < t)) {
    warnings.push(`severity ${severity} (${severityName(severity)}) is below the profile's threshold ${severityName(Math.min(...thresholds))}: "Any message with a severity lower than the specified threshold … is not sent" (000:L765)`);
  }
}
