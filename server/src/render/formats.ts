// The three message formats of Call Home (000 §F.1) and the size limit (`destination message-size`, 000:L654):
//   xml        — the SOAP 1.2 / AML envelope of the guide's syslog sample (000 §F.6–F.7), built with
//                fast-xml-parser's XMLBuilder: same namespaces, element names and order, attachments in CDATA.
//   long-text  — the `Field : value` layout of the command reference's sample (004 §6.1, L1413–L1474).
//   short-text — device name, time stamp, error isolation message, urgency level (000 §F.2, Table 3).
import { XMLBuilder } from 'fast-xml-parser';
import { findProfile, type ConfigModel } from '../language/model';
import { buildMessage, RenderError, type BuildMessageOptions, type CallHomeMessage } from './message';

export type MessageFormat = 'xml' | 'long-text' | 'short-text';
export const MESSAGE_FORMATS: readonly MessageFormat[] = ['xml', 'long-text', 'short-text'];

export const NAMESPACES = {
  soapEnv: 'http://www.w3.org/2003/05/soap-envelope',
  amlSession: 'http://www.cisco.com/2004/01/aml-session',
  amlBlock: 'http://www.cisco.com/2004/01/aml-block',
  callHome: 'http://www.cisco.com/2005/05/callhome',
  rme: 'http://www.cisco.com/rme/4.0',
} as const;
export const SOAP_ROLE_NEXT = 'http://www.w3.org/2003/05/soap-envelope/role/next';

/** Content type of a rendered body (SPEC §5: `application/soap+xml; charset=utf-8` for XML). */
export function contentTypeOf(format: MessageFormat): string {
  return format === 'xml' ? 'application/soap+xml; charset=utf-8' : 'text/plain; charset=utf-8';
}

// ── XML ──────────────────────────────────────────────────────────────────────────────────────────────────

/** A node in fast-xml-parser's preserveOrder form. */
type XNode = { [name: string]: XNode[] | Record<string, string> } | { '#text': string } | { '#cdata': Array<{ '#text': string }> };

const builder = new XMLBuilder({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  cdataPropName: '#cdata',
  format: true,
  indentBy: '',
  suppressEmptyNode: false,
  suppressBooleanAttributes: false,
});

function el(name: string, children: XNode[], attrs?: Record<string, string>): XNode {
  const node: Record<string, XNode[] | Record<string, string>> = { [name]: children };
  if (attrs !== undefined) {
    const a: Record<string, string> = {};
    for (const [k, v] of Object.entries(attrs)) a[`@_${k}`] = v;
    node[':@'] = a;
  }
  return node as XNode;
}

function leaf(name: string, value: string, attrs?: Record<string, string>): XNode {
  return el(name, value === '' ? [] : [{ '#text': value }], attrs);
}

/** The AML message (000 §F.6 / F.7): `<?xml …?>` + `soap-env:Envelope`. */
export function renderXml(msg: CallHomeMessage): string {
  const c = msg.customer;
  const s = msg.system;
  const doc: XNode[] = [
    { '?xml': [{ '#text': '' }], ':@': { '@_version': '1.0', '@_encoding': 'UTF-8' } } as XNode,
    el(
      'soap-env:Envelope',
      [
        el('soap-env:Header', [
          el(
            'aml-session:Session',
            [
              leaf('aml-session:To', msg.session.to),
              el('aml-session:Path', [leaf('aml-session:Via', msg.session.via)]),
              leaf('aml-session:From', msg.session.from),
              leaf('aml-session:MessageId', msg.messageId),
            ],
            { 'xmlns:aml-session': NAMESPACES.amlSession, 'soap-env:mustUnderstand': 'true', 'soap-env:role': SOAP_ROLE_NEXT },
          ),
        ]),
        el('soap-env:Body', [
          el(
            'aml-block:Block',
            [
              el('aml-block:Header', [
                leaf('aml-block:Type', msg.blockType),
                leaf('aml-block:CreationDate', msg.creationDate),
                el('aml-block:Builder', [leaf('aml-block:Name', msg.builder.name), leaf('aml-block:Version', msg.builder.version)]),
                el('aml-block:BlockGroup', [
                  leaf('aml-block:GroupId', msg.groupId),
                  leaf('aml-block:Number', '0'),
                  leaf('aml-block:IsLast', 'true'),
                  leaf('aml-block:IsPrimary', 'true'),
                  leaf('aml-block:WaitForPrimary', 'false'),
                ]),
                leaf('aml-block:Severity', String(msg.severity)),
              ]),
              el('aml-block:Content', [
                el(
                  'ch:CallHome',
                  [
                    leaf('ch:EventTime', msg.eventTime),
                    leaf('ch:MessageDescription', msg.description),
                    el('ch:Event', [leaf('ch:Type', msg.event.type), leaf('ch:SubType', msg.event.subType), leaf('ch:Brand', msg.event.brand), leaf('ch:Series', msg.event.series)]),
                    el('ch:CustomerData', [
                      el('ch:UserData', [leaf('ch:Email', c.userEmail)]),
                      el('ch:ContractData', [leaf('ch:CustomerId', c.customerId), leaf('ch:SiteId', c.siteId), leaf('ch:ContractId', c.contractId), leaf('ch:DeviceId', c.deviceId)]),
                      el('ch:SystemInfo', [
                        leaf('ch:Name', s.name),
                        leaf('ch:Contact', s.contact),
                        leaf('ch:ContactEmail', s.contactEmail),
                        leaf('ch:ContactPhoneNumber', s.contactPhone),
                        leaf('ch:StreetAddress', s.streetAddress),
                      ]),
                      leaf('ch:CCOID', c.ccoid),
                      leaf('ch:IdToken', c.idToken),
                    ]),
                    el('ch:Device', [
                      el(
                        'rme:Chassis',
                        [
                          leaf('rme:Model', msg.chassis.model),
                          leaf('rme:HardwareVersion', msg.chassis.hardwareVersion),
                          leaf('rme:SerialNumber', msg.chassis.serialNumber),
                          el(
                            'rme:AdditionalInformation',
                            msg.chassis.additional.map((ad) => el('rme:AD', [], { name: ad.name, value: ad.value })),
                          ),
                        ],
                        { 'xmlns:rme': NAMESPACES.rme },
                      ),
                    ]),
                  ],
                  { 'xmlns:ch': NAMESPACES.callHome, version: '1.0' },
                ),
              ]),
              ...(msg.attachments.length === 0
                ? []
                : [
                    el(
                      'aml-block:Attachments',
                      msg.attachments.map((a) =>
                        el(
                          'aml-block:Attachment',
                          [
                            leaf('aml-block:Name', a.name),
                            // The sample's data starts with the command itself (`<![CDATA[show logging Syslog logging: …`).
                            el('aml-block:Data', [{ '#cdata': [{ '#text': `${a.name}\n${a.text}` }] }], { encoding: a.encoding }),
                          ],
                          { type: a.type },
                        ),
                      ),
                    ),
                  ]),
            ],
            { 'xmlns:aml-block': NAMESPACES.amlBlock },
          ),
        ]),
      ],
      { 'xmlns:soap-env': NAMESPACES.soapEnv },
    ),
  ];
  return builder.build(doc) as string;
}

// ── long text ────────────────────────────────────────────────────────────────────────────────────────────

/** Header fields of a long-text message, in the order of the 004 sample (L1413–L1432). */
export const LONG_TEXT_FIELDS = [
  'TimeStamp',
  'Message Name',
  'Message Type',
  'Message Group',
  'Severity Level',
  'Source ID',
  'Device ID',
  'Customer ID',
  'Contract ID',
  'Site ID',
  'Server ID',
  'Event Description',
  'System Name',
  'Contact Email',
  'Contact Phone',
  'Street Address',
  'Affected Chassis',
  'Affected Chassis Serial Number',
  'Affected Chassis Part No',
  'Affected Chassis Hardware Version',
] as const;

/** Per-attachment fields (004 sample L1433–L1436; Table 4 rows 24–27). */
export const LONG_TEXT_ATTACHMENT_FIELDS = ['Command Output Name', 'Attachment Type', 'MIME Type', 'Command Output Text'] as const;

export function renderLongText(msg: CallHomeMessage): string {
  const ad = (name: string): string => msg.chassis.additional.find((a) => a.name === name)?.value ?? '';
  const values: Record<(typeof LONG_TEXT_FIELDS)[number], string> = {
    TimeStamp: msg.eventTime,
    'Message Name': msg.messageName,
    'Message Type': msg.messageType,
    'Message Group': msg.messageGroup,
    'Severity Level': String(msg.severity),
    'Source ID': msg.sourceId,
    'Device ID': msg.customer.deviceId,
    'Customer ID': msg.customer.customerId,
    'Contract ID': msg.customer.contractId,
    'Site ID': msg.customer.siteId,
    'Server ID': msg.customer.serverId,
    'Event Description': msg.description,
    'System Name': msg.system.name,
    'Contact Email': msg.system.contactEmail,
    'Contact Phone': msg.system.contactPhone,
    'Street Address': msg.system.streetAddress,
    'Affected Chassis': msg.chassis.model,
    'Affected Chassis Serial Number': msg.chassis.serialNumber,
    'Affected Chassis Part No': ad('PartNumber'),
    'Affected Chassis Hardware Version': msg.chassis.hardwareVersion,
  };
  let out = '';
  for (const f of LONG_TEXT_FIELDS) out += `${f} : ${values[f]}\n`;
  for (const a of msg.attachments) {
    out += `Command Output Name : ${a.name}\n`;
    out += 'Attachment Type : command output\n';
    out += `MIME Type : ${a.mimeType}\n`;
    // "Command Output Text : " keeps its trailing space and the output starts on the next line (004:L1436).
    out += `Command Output Text : \n${a.text}${a.text.endsWith('\n') ? '' : '\n'}`;
  }
  return out;
}

// ── short text ───────────────────────────────────────────────────────────────────────────────────────────

/** One line, blanks collapsed (pager-sized). */
function oneLine(s: string): string {
  return s.split(/\s+/).filter((w) => w !== '').join(' ');
}

/**
 * Table 3 (000 §F.2): device identification, date/time stamp, error isolation message, alarm urgency level.
 * The layout is not in the sources; one labelled line per item keeps it pager-sized and machine-readable.
 */
export function renderShortText(msg: CallHomeMessage): string {
  const device = msg.system.name !== '' ? msg.system.name : msg.customer.deviceId;
  return `Device: ${device}\nTime: ${msg.eventTime}\nMessage: ${oneLine(msg.description)}\nUrgency: ${msg.severity} (${msg.severityName})\n`;
}

/** The body of a message in a format. */
export function renderBody(msg: CallHomeMessage, format: MessageFormat): string {
  return format === 'xml' ? renderXml(msg) : format === 'long-text' ? renderLongText(msg) : renderShortText(msg);
}

// ── render with the size limit ───────────────────────────────────────────────────────────────────────────

export interface RenderOptions extends BuildMessageOptions {
  /** Default: the profile's `destination preferred-msg-format` (CiscoTAC-1: always xml). */
  format?: MessageFormat;
  /** Overrides the profile's `destination message-size` (bytes). */
  messageSizeLimit?: number;
}

export interface RenderResult {
  body: string;
  contentType: string;
  /** Host name, alert group and severity (SPEC §5). */
  subject: string;
  messageId: string;
  /** The message-size limit cut something. */
  truncated: boolean;
  warnings: string[];
  /** The format actually rendered. */
  format: MessageFormat;
  /** UTF-8 size of body. */
  bytes: number;
  /** The size limit applied. */
  sizeLimit: number;
  /** The message as rendered (after any cuts). */
  message: CallHomeMessage;
}

const encoder = new TextEncoder();

export function utf8Length(s: string): number {
  // Fast path for ASCII-only text avoids allocating.
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** The longest prefix of `s` whose UTF-8 encoding has at most `maxBytes` bytes (never splits a character). */
export function cutUtf8(s: string, maxBytes: number): string {
  if (maxBytes <= 0) return '';
  if (s.length * 3 <= maxBytes) return s;
  const buf = new Uint8Array(maxBytes);
  const { read } = encoder.encodeInto(s, buf);
  return s.slice(0, read);
}

/** `[truncated by Call Home message-size-limit N]` — the mark a cut attachment or description carries. */
export function truncationMarker(limit: number): string {
  return `[truncated by Call Home message-size-limit ${limit}]`;
}

export function subjectOf(msg: CallHomeMessage): string {
  const host = msg.system.name !== '' ? msg.system.name : msg.customer.deviceId;
  return `${host}: Call Home ${msg.group} message, severity ${msg.severity} (${msg.severityName})`.replace(/[\r\n]+/g, ' ');
}

/**
 * Builds and renders a message. The body never exceeds the profile's message-size limit in UTF-8 bytes:
 * attachments are cut first (largest first) and marked; then the description; as a last resort the body itself.
 */
export function render(model: ConfigModel, options: RenderOptions): RenderResult {
  const profile = findProfile(model, options.profile);
  const msg = buildMessage(model, options);
  const warnings = [...msg.warnings];
  let format: MessageFormat = options.format ?? profile?.format ?? 'xml';
  if (!MESSAGE_FORMATS.includes(format)) throw new RenderError(`unknown message format "${String(format)}" (expected xml, long-text or short-text)`);
  if (profile?.predefined === true && format !== 'xml') {
    warnings.push(`${profile.name} sends XML only ("For the predefined Cisco TAC profile, only XML is allowed", 000:L549): rendered as xml instead of ${format}`);
    format = 'xml';
  }
  const limit = options.messageSizeLimit ?? profile?.messageSizeLimit ?? 3145728;
  if (!Number.isInteger(limit) || limit < 1) throw new RenderError(`message size limit ${String(limit)} must be a positive whole number of bytes`);

  let body = renderBody(msg, format);
  let size = utf8Length(body);
  let truncated = false;
  if (size > limit) {
    truncated = true;
    const marker = truncationMarker(limit);
    const rerender = (): void => {
      body = renderBody(msg, format);
      size = utf8Length(body);
    };
    /**
     * Puts the longest prefix of `original` (plus the marker) that lets the body fit, found by a search over
     * the kept UTF-8 length: every kept byte adds at least one byte to the body (escaping only adds), so a
     * first estimate bounds the search and usually leaves a few renders to do.
     */
    const fitPrefix = (original: string, compose: (kept: string) => string, assign: (v: string) => void): void => {
      const total = utf8Length(original);
      const tryKeep = (k: number): boolean => {
        assign(compose(cutUtf8(original, k)));
        rerender();
        return size <= limit;
      };
      const guess = Math.max(0, total - (size - limit) - utf8Length(marker) - 1);
      let lo: number;
      let hi: number;
      if (tryKeep(guess)) {
        lo = guess;
        hi = Math.min(total, guess + (limit - size));
      } else {
        if (guess === 0 || !tryKeep(0)) return;
        lo = 0;
        hi = guess - 1;
      }
      while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        if (tryKeep(mid)) lo = mid;
        else hi = mid - 1;
      }
      tryKeep(lo);
    };
    // 1. attachments, largest first (the later one of equal size first)
    const withAttachments = format !== 'short-text'; // short text carries none
    const cutNames: string[] = [];
    const order = msg.attachments.map((a, i) => ({ a, i, n: utf8Length(a.text) })).sort((x, y) => y.n - x.n || y.i - x.i);
    for (const { a } of order) {
      if (!withAttachments || size <= limit) break;
      a.truncated = true;
      cutNames.push(a.name);
      fitPrefix(
        a.text,
        (kept) => (kept === '' ? marker : `${kept}${kept.endsWith('\n') ? '' : '\n'}${marker}`),
        (v) => {
          a.text = v;
        },
      );
    }
    if (cutNames.length > 0) warnings.push(`message-size-limit ${limit}: attachment output cut (${cutNames.join('; ')})`);
    // 2. attachments that are only a marker still do not fit: leave them out
    if (withAttachments && size > limit && msg.attachments.length > 0) {
      msg.attachments = [];
      rerender();
      warnings.push(`message-size-limit ${limit}: the message does not fit even with empty attachments; attachments left out`);
    }
    // 3. the description
    if (size > limit && msg.description !== '') {
      fitPrefix(
        msg.description,
        (kept) => (kept === '' ? '' : `${kept} ${marker}`),
        (v) => {
          msg.description = v;
        },
      );
      warnings.push(`message-size-limit ${limit}: the message does not fit even without attachments; the event description was cut`);
    }
    // 4. nothing left to cut gracefully
    if (size > limit) {
      body = cutUtf8(body, limit);
      size = utf8Length(body);
      warnings.push(
        `message-size-limit ${limit}: even without attachments and description the ${format} message needs more than ${limit} bytes; the body was cut at ${limit} bytes and is no longer a complete message`,
      );
    }
  }
  return { body, contentType: contentTypeOf(format), subject: subjectOf(msg), messageId: msg.messageId, truncated, warnings, format, bytes: size, sizeLimit: limit, message: msg };
}
