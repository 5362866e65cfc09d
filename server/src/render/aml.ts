// Reads a Call Home XML/AML message (000 §F.6–F.7) back into its fields with fast-xml-parser. Used by the
// renderer's tests (the guide's syslog sample must round-trip) and by the local receiver. Elements are found by
// local name under the envelope's fixed structure, so the prefixes of the samples are not required; the
// namespace declarations seen are reported for callers that check them.
import { XMLParser, XMLValidator } from 'fast-xml-parser';

export interface AmlAttachment {
  /** `aml-block:Name`: the command. */
  name: string;
  /** `aml-block:Attachment@type` ("inline"). */
  type: string;
  /** `aml-block:Data@encoding` ("plain"). */
  encoding: string;
  /** The data as sent (CDATA sections joined). */
  data: string;
  /** The data without the leading echo of the command (`show logging …` → `…`). */
  output: string;
  /** The data was in CDATA. */
  cdata: boolean;
}

export interface AmlFields {
  // aml-session:Session
  to: string;
  via: string;
  from: string;
  messageId: string;
  // aml-block:Header
  /** `aml-block:Type`, e.g. http://www.cisco.com/2005/05/callhome/syslog */
  type: string;
  /** The alert group: the last path segment of `type`. */
  group: string;
  creationDate: string;
  builderName: string;
  builderVersion: string;
  groupId: string;
  /** `aml-block:Severity` as a number (undefined when absent or not a number). */
  severity: number | undefined;
  // ch:CallHome
  eventTime: string;
  messageDescription: string;
  event: { type: string; subType: string; brand: string; series: string };
  userEmail: string;
  customerId: string;
  siteId: string;
  contractId: string;
  deviceId: string;
  name: string;
  contact: string;
  contactEmail: string;
  contactPhoneNumber: string;
  streetAddress: string;
  ccoid: string;
  idToken: string;
  chassis: { model: string; hardwareVersion: string; serialNumber: string; ad: Array<{ name: string; value: string }> };
  attachments: AmlAttachment[];
  /** Every `xmlns:prefix` declaration, prefix → URI ('' for a default namespace). */
  namespaces: Record<string, string>;
}

export class AmlError extends Error {
  override name = 'AmlError';
}

/** An element of the parsed document. */
export interface AmlElement {
  /** Qualified name as written (`aml-block:Data`). */
  name: string;
  local: string;
  attrs: Record<string, string>;
  children: AmlElement[];
  /** Character data directly inside (text and CDATA, in order). */
  text: string;
  hasCdata: boolean;
  /** Character data without whitespace-only text pieces (the formatting around CDATA sections). */
  content: string;
}

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  cdataPropName: '#cdata',
  commentPropName: '#comment',
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
});

type Raw = Record<string, unknown>;

function toElements(list: unknown): AmlElement[] {
  const out: AmlElement[] = [];
  if (!Array.isArray(list)) return out;
  for (const item of list as Raw[]) {
    for (const key of Object.keys(item)) {
      if (key === ':@' || key === '#text' || key === '#cdata' || key === '#comment' || key.startsWith('?')) continue;
      const attrsRaw = (item[':@'] ?? {}) as Record<string, unknown>;
      const attrs: Record<string, string> = {};
      for (const [k, v] of Object.entries(attrsRaw)) attrs[k] = String(v);
      const kids = item[key] as Raw[];
      let text = '';
      let content = '';
      let hasCdata = false;
      for (const k of Array.isArray(kids) ? kids : []) {
        if (typeof k['#text'] === 'string' || typeof k['#text'] === 'number') {
          const t = String(k['#text']);
          text += t;
          if (t.trim() !== '') content += t;
        } else if (Array.isArray(k['#cdata'])) {
          hasCdata = true;
          for (const c of k['#cdata'] as Raw[]) {
            if (c['#text'] === undefined) continue;
            text += String(c['#text']);
            content += String(c['#text']);
          }
        }
      }
      const i = key.indexOf(':');
      out.push({ name: key, local: i < 0 ? key : key.slice(i + 1), attrs, children: toElements(kids), text, hasCdata, content });
    }
  }
  return out;
}

/** Parses well-formed XML into elements (document order). Throws AmlError with line and column when it is not. */
export function parseXmlElements(xml: string): AmlElement[] {
  if (typeof xml !== 'string' || xml.trim() === '') throw new AmlError('empty message');
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new AmlError(`XML is not well-formed: ${valid.err.msg} (line ${valid.err.line}, column ${valid.err.col})`);
  try {
    return toElements(parser.parse(xml));
  } catch (e) {
    throw new AmlError(`XML could not be parsed: ${e instanceof Error ? e.message : String(e)}`);
  }
}

function child(e: AmlElement | undefined, local: string): AmlElement | undefined {
  return e?.children.find((c) => c.local === local);
}

function path(e: AmlElement | undefined, ...locals: string[]): AmlElement | undefined {
  let cur = e;
  for (const l of locals) cur = child(cur, l);
  return cur;
}

function val(e: AmlElement | undefined, ...locals: string[]): string {
  return (path(e, ...locals)?.text ?? '').trim();
}

/** The fields of an AML message. Throws AmlError when the XML is not well-formed or is not a SOAP envelope. */
export function parseAml(xml: string): AmlFields {
  const roots = parseXmlElements(xml);
  const env = roots.find((r) => r.local === 'Envelope');
  if (env === undefined || roots.length !== 1) throw new AmlError(`expected one root element soap-env:Envelope, found ${roots.map((r) => r.name).join(', ') || 'none'}`);
  const session = path(env, 'Header', 'Session');
  const block = path(env, 'Body', 'Block');
  if (block === undefined) throw new AmlError('missing soap-env:Body/aml-block:Block');
  const header = child(block, 'Header');
  const ch = path(block, 'Content', 'CallHome');
  const chassis = path(ch, 'Device', 'Chassis');
  const type = val(header, 'Type');
  const sevText = val(header, 'Severity');
  const namespaces: Record<string, string> = {};
  const walk = (e: AmlElement): void => {
    for (const [k, v] of Object.entries(e.attrs)) {
      if (k === 'xmlns') namespaces[''] = v;
      else if (k.startsWith('xmlns:')) namespaces[k.slice(6)] = v;
    }
    e.children.forEach(walk);
  };
  walk(env);
  return {
    to: val(session, 'To'),
    via: val(session, 'Path', 'Via'),
    from: val(session, 'From'),
    messageId: val(session, 'MessageId'),
    type,
    group: type.slice(type.lastIndexOf('/') + 1),
    creationDate: val(header, 'CreationDate'),
    builderName: val(header, 'Builder', 'Name'),
    builderVersion: val(header, 'Builder', 'Version'),
    groupId: val(header, 'BlockGroup', 'GroupId'),
    severity: /^\d+$/.test(sevText) ? Number(sevText) : undefined,
    eventTime: val(ch, 'EventTime'),
    messageDescription: val(ch, 'MessageDescription'),
    event: { type: val(ch, 'Event', 'Type'), subType: val(ch, 'Event', 'SubType'), brand: val(ch, 'Event', 'Brand'), series: val(ch, 'Event', 'Series') },
    userEmail: val(ch, 'CustomerData', 'UserData', 'Email'),
    customerId: val(ch, 'CustomerData', 'ContractData', 'CustomerId'),
    siteId: val(ch, 'CustomerData', 'ContractData', 'SiteId'),
    contractId: val(ch, 'CustomerData', 'ContractData', 'ContractId'),
    deviceId: val(ch, 'CustomerData', 'ContractData', 'DeviceId'),
    name: val(ch, 'CustomerData', 'SystemInfo', 'Name'),
    contact: val(ch, 'CustomerData', 'SystemInfo', 'Contact'),
    contactEmail: val(ch, 'CustomerData', 'SystemInfo', 'ContactEmail'),
    contactPhoneNumber: val(ch, 'CustomerData', 'SystemInfo', 'ContactPhoneNumber'),
    streetAddress: val(ch, 'CustomerData', 'SystemInfo', 'StreetAddress'),
    ccoid: val(ch, 'CustomerData', 'CCOID'),
    idToken: val(ch, 'CustomerData', 'IdToken'),
    chassis: {
      model: val(chassis, 'Model'),
      hardwareVersion: val(chassis, 'HardwareVersion'),
      serialNumber: val(chassis, 'SerialNumber'),
      ad: (child(chassis, 'AdditionalInformation')?.children ?? []).filter((c) => c.local === 'AD').map((c) => ({ name: c.attrs['name'] ?? '', value: c.attrs['value'] ?? '' })),
    },
    attachments: (child(block, 'Attachments')?.children ?? [])
      .filter((c) => c.local === 'Attachment')
      .map((a) => {
        const name = val(a, 'Name');
        const d = child(a, 'Data');
        const data = d === undefined ? '' : d.hasCdata ? d.content : d.text.trim();
        return { name, type: a.attrs['type'] ?? '', encoding: d?.attrs['encoding'] ?? '', data, output: stripCommandEcho(data, name), cdata: d?.hasCdata ?? false };
      }),
    namespaces,
  };
}

/** parseAml without exceptions. */
export function tryParseAml(xml: string): { ok: true; fields: AmlFields } | { ok: false; error: string } {
  try {
    return { ok: true, fields: parseAml(xml) };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

function stripCommandEcho(data: string, name: string): string {
  if (name === '' || !data.startsWith(name)) return data;
  const rest = data.slice(name.length);
  const m = /^[ \t]*\r?\n|^[ \t]+/.exec(rest);
  if (m === null) return rest === '' ? '' : data;
  return rest.slice(m[0].length);
}

/**
 * The shape of an XML document, for structure comparisons: one entry per element in document order,
 * `path/to/element[attr1,attr2]` with qualified names, attribute names sorted.
 */
export function xmlStructure(xml: string): string[] {
  const out: string[] = [];
  const walk = (e: AmlElement, prefix: string): void => {
    const p = prefix === '' ? e.name : `${prefix}/${e.name}`;
    const attrs = Object.keys(e.attrs).sort();
    out.push(attrs.length > 0 ? `${p}[${attrs.join(',')}]` : p);
    for (const c of e.children) walk(c, p);
  };
  for (const r of parseXmlElements(xml)) walk(r, '');
  return out;
}
