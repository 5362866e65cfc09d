// What the local receiver checks before it accepts a message, per format.
// XML: well-formed (fast-xml-parser XMLValidator), then the AML envelope of reference/000 §F.6/F.7
// (L3156–3253), matched by namespace URI + local name, so another prefix bound to the right URI passes and
// the right prefix bound to a wrong URI does not.
// long-text: the `Field : value` lines of Table 4 (§F.3). short-text: device name, time stamp, message (§F.2).
import { XMLParser, XMLValidator } from 'fast-xml-parser';

export type MessageFormat = 'xml' | 'long-text' | 'short-text';

export interface CheckResult {
  ok: boolean;
  format: MessageFormat;
  /** Why the message was refused (one line). */
  reason?: string;
  /** aml-session:MessageId of an XML message. */
  messageId?: string;
  deviceId?: string;
  /** aml-block:Type, e.g. http://www.cisco.com/2005/05/callhome/syslog */
  blockType?: string;
}

export const NS = {
  soap: 'http://www.w3.org/2003/05/soap-envelope',
  session: 'http://www.cisco.com/2004/01/aml-session',
  block: 'http://www.cisco.com/2004/01/aml-block',
  ch: 'http://www.cisco.com/2005/05/callhome',
} as const;

/** `YYYY-MM-DD HH:MM:SS GMT+HH:MM` (reference/000 §F.6, L2858). */
export const AML_TIME = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} GMT[+-]\d{2}:\d{2}$/;
const BLOCK_TYPE_PREFIX = 'http://www.cisco.com/2005/05/callhome/';

/** The format a body is in: an explicit hint wins, then the content type, then the text itself. */
export function detectFormat(body: string, hint?: { contentType?: string; format?: string }): MessageFormat {
  const f = hint?.format?.trim().toLowerCase();
  if (f === 'xml' || f === 'long-text' || f === 'short-text') return f;
  if (hint?.contentType && /xml/i.test(hint.contentType)) return 'xml';
  if (body.trimStart().startsWith('<')) return 'xml';
  if (/^\s*(TimeStamp|Message Name|Device ID)\s*:/m.test(body)) return 'long-text';
  return 'short-text';
}

export function checkMessage(body: string, hint?: { contentType?: string; format?: string }): CheckResult {
  const format = detectFormat(body, hint);
  if (format === 'xml') return checkAml(body);
  if (format === 'long-text') return checkLongText(body);
  return checkShortText(body);
}

/** A parsed element: every child element is an array (isArray below), text under '#text'. */
type XNode = { [key: string]: XNode[] | string | undefined };

interface Step {
  ns: string;
  local: string;
  /** Shown in reasons, with the prefixes of the samples. */
  name: string;
}

const S = {
  envelope: { ns: NS.soap, local: 'Envelope', name: 'soap-env:Envelope' },
  header: { ns: NS.soap, local: 'Header', name: 'soap-env:Header' },
  body: { ns: NS.soap, local: 'Body', name: 'soap-env:Body' },
  session: { ns: NS.session, local: 'Session', name: 'aml-session:Session' },
  messageId: { ns: NS.session, local: 'MessageId', name: 'aml-session:MessageId' },
  block: { ns: NS.block, local: 'Block', name: 'aml-block:Block' },
  blockHeader: { ns: NS.block, local: 'Header', name: 'aml-block:Header' },
  type: { ns: NS.block, local: 'Type', name: 'aml-block:Type' },
  creationDate: { ns: NS.block, local: 'CreationDate', name: 'aml-block:CreationDate' },
  content: { ns: NS.block, local: 'Content', name: 'aml-block:Content' },
  callHome: { ns: NS.ch, local: 'CallHome', name: 'ch:CallHome' },
  eventTime: { ns: NS.ch, local: 'EventTime', name: 'ch:EventTime' },
  event: { ns: NS.ch, local: 'Event', name: 'ch:Event' },
  eventType: { ns: NS.ch, local: 'Type', name: 'ch:Type' },
  customerData: { ns: NS.ch, local: 'CustomerData', name: 'ch:CustomerData' },
  contractData: { ns: NS.ch, local: 'ContractData', name: 'ch:ContractData' },
  deviceId: { ns: NS.ch, local: 'DeviceId', name: 'ch:DeviceId' },
} satisfies Record<string, Step>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  // Entities are not needed to check structure; leaving them alone avoids any expansion cost.
  processEntities: false,
  trimValues: true,
  alwaysCreateTextNode: true,
  textNodeName: '#text',
  cdataPropName: '#cdata',
  isArray: (_name, _path, _leaf, isAttribute) => !isAttribute,
});

export function checkAml(xml: string): CheckResult {
  const fail = (reason: string, extra: Partial<CheckResult> = {}): CheckResult => ({ ok: false, format: 'xml', reason, ...extra });
  if (xml.trim() === '') return fail('empty message body');
  const valid = XMLValidator.validate(xml);
  if (valid !== true) return fail(`XML is not well-formed: ${valid.err.msg} (line ${valid.err.line}, column ${valid.err.col})`);

  let doc: XNode;
  try {
    doc = parser.parse(xml) as XNode;
  } catch (e) {
    return fail(`XML could not be parsed: ${e instanceof Error ? e.message : String(e)}`);
  }
  const roots = elementKeys(doc);
  if (roots.length !== 1) return fail(`expected one root element ${S.envelope.name}, found ${roots.length}`);
  const rootName = roots[0] as string;
  const rootNode = (doc[rootName] as XNode[])[0] as XNode;
  const rootScope = withDeclarations(new Map(), rootNode);
  if (!matches(rootName, rootScope, S.envelope)) {
    return fail(`root element is ${rootName}${describeNs(rootName, rootScope)}, expected ${S.envelope.name} (${NS.soap})`);
  }
  const root: Found = { node: rootNode, scope: rootScope, path: S.envelope.name };

  const need = (from: Found, ...steps: Step[]): Found | string => {
    let cur = from;
    for (const step of steps) {
      const next = child(cur, step);
      if (!next) return `missing ${cur.path}/${step.name}`;
      cur = next;
    }
    return cur;
  };

  const messageId = need(root, S.header, S.session, S.messageId);
  if (typeof messageId === 'string') return fail(messageId);
  const blockHeader = need(root, S.body, S.block, S.blockHeader);
  if (typeof blockHeader === 'string') return fail(blockHeader);
  const type = need(blockHeader, S.type);
  if (typeof type === 'string') return fail(type);
  const created = need(blockHeader, S.creationDate);
  if (typeof created === 'string') return fail(created);
  const callHome = need(root, S.body, S.block, S.content, S.callHome);
  if (typeof callHome === 'string') return fail(callHome);
  const eventTime = need(callHome, S.eventTime);
  if (typeof eventTime === 'string') return fail(eventTime);
  const eventType = need(callHome, S.event, S.eventType);
  if (typeof eventType === 'string') return fail(eventType);
  const deviceId = need(callHome, S.customerData, S.contractData, S.deviceId);
  if (typeof deviceId === 'string') return fail(deviceId);

  const id = text(messageId.node);
  const extra: Partial<CheckResult> = { messageId: id || undefined, deviceId: text(deviceId.node) || undefined, blockType: text(type.node) || undefined };
  if (!id) return fail(`${messageId.path} is empty`, extra);
  const t = text(type.node);
  if (!t.startsWith(BLOCK_TYPE_PREFIX)) return fail(`${type.path} "${t}" does not start with ${BLOCK_TYPE_PREFIX}`, extra);
  for (const when of [created, eventTime]) {
    const v = text(when.node);
    if (!AML_TIME.test(v)) return fail(`${when.path} "${v}" is not YYYY-MM-DD HH:MM:SS GMT+HH:MM`, extra);
  }
  if (!text(eventType.node)) return fail(`${eventType.path} is empty`, extra);
  if (!text(deviceId.node)) return fail(`${deviceId.path} is empty`, extra);
  return { ok: true, format: 'xml', ...stripUndefined(extra) };
}

const LONG_TEXT_FIELDS = ['TimeStamp', 'Message Name', 'Device ID'] as const;

export function checkLongText(body: string): CheckResult {
  if (body.trim() === '') return { ok: false, format: 'long-text', reason: 'empty message body' };
  for (const field of LONG_TEXT_FIELDS) {
    const m = new RegExp(`^[ \\t]*${field}[ \\t]*:[ \\t]*(.*)$`, 'm').exec(body);
    if (!m) return { ok: false, format: 'long-text', reason: `long-text message has no "${field} :" line` };
    if ((m[1] ?? '').trim() === '') return { ok: false, format: 'long-text', reason: `long-text "${field} :" line is empty` };
  }
  const device = /^[ \t]*Device ID[ \t]*:[ \t]*(.*)$/m.exec(body);
  return { ok: true, format: 'long-text', ...(device?.[1] ? { deviceId: device[1].trim() } : {}) };
}

/** AML time, or the IOS log form `*Jun 5 03:11:36` / `Jun  5 03:11:36.041`. */
const SHORT_TIME = /\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}|\b[A-Z][a-z]{2}\s+\d{1,2}\s+(\d{4}\s+)?\d{2}:\d{2}:\d{2}/;

export function checkShortText(body: string): CheckResult {
  if (body.trim() === '') return { ok: false, format: 'short-text', reason: 'empty message body' };
  if (!SHORT_TIME.test(body)) return { ok: false, format: 'short-text', reason: 'short-text message has no time stamp' };
  return { ok: true, format: 'short-text' };
}

// ---- namespace-aware navigation over fast-xml-parser output ----

interface Found {
  node: XNode;
  scope: Map<string, string>;
  path: string;
}

function elementKeys(node: XNode): string[] {
  return Object.keys(node).filter((k) => !k.startsWith('@_') && !k.startsWith('#') && !k.startsWith('?'));
}

/** The prefix → URI bindings in force inside `node` (its own xmlns attributes over the parent's). */
function withDeclarations(parent: Map<string, string>, node: XNode): Map<string, string> {
  let scope = parent;
  for (const [k, v] of Object.entries(node)) {
    if (typeof v !== 'string') continue;
    if (k === '@_xmlns' || k.startsWith('@_xmlns:')) {
      if (scope === parent) scope = new Map(parent);
      scope.set(k === '@_xmlns' ? '' : k.slice('@_xmlns:'.length), v);
    }
  }
  return scope;
}

function splitName(qname: string): { prefix: string; local: string } {
  const i = qname.indexOf(':');
  return i < 0 ? { prefix: '', local: qname } : { prefix: qname.slice(0, i), local: qname.slice(i + 1) };
}

function matches(qname: string, scope: Map<string, string>, step: Step): boolean {
  const { prefix, local } = splitName(qname);
  return local === step.local && scope.get(prefix) === step.ns;
}

function describeNs(qname: string, scope: Map<string, string>): string {
  const uri = scope.get(splitName(qname).prefix);
  return uri === undefined ? ' (namespace prefix not declared)' : ` (${uri})`;
}

function child(parent: Found, step: Step): Found | undefined {
  for (const key of elementKeys(parent.node)) {
    if (splitName(key).local !== step.local) continue;
    const list = parent.node[key];
    if (!Array.isArray(list)) continue;
    for (const node of list) {
      const scope = withDeclarations(parent.scope, node);
      if (matches(key, scope, step)) return { node, scope, path: `${parent.path}/${step.name}` };
    }
  }
  return undefined;
}

function text(node: XNode): string {
  const t = node['#text'];
  if (typeof t === 'string') return t.trim();
  const c = node['#cdata'];
  if (Array.isArray(c)) return c.map((x) => (typeof x['#text'] === 'string' ? x['#text'] : '')).join('').trim();
  return '';
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
