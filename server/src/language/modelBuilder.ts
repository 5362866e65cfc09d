// Applies one matched command to the model. The analyzer decides which mode a line is in; this file knows
// what each command means (state changes, defaults, `no` forms).
import {
  CISCO_TAC,
  CISCO_TAC_EMAIL,
  CISCO_TAC_URL,
  type CertificateChain,
  type CertificateEntry,
  type CommandNode,
  type ConfigModel,
  type Profile,
  type Trustpoint,
  type ValueSetting,
} from './model';
import { base64ToBytes, decodeCertificate, hexToBytes } from './x509';
import type { Span, Word } from './types';

export interface BuildState {
  model: ConfigModel;
  lastProfile: Profile | undefined;
  lastTrustpoint: Trustpoint | undefined;
  lastChain: CertificateChain | undefined;
  /** Lookup tables so every line is O(1) however many profiles / trustpoints a file has (keys: lower-case names). */
  profileIndex?: Map<string, Profile>;
  trustpointIndex?: Map<string, Trustpoint>;
  chainIndex?: Map<string, CertificateChain>;
  /** Profiles removed by `no profile X`, dropped from the model once at the end (splicing per line would be quadratic). */
  removed?: Set<Profile>;
}

function profileIndex(state: BuildState): Map<string, Profile> {
  if (state.profileIndex === undefined) {
    state.profileIndex = new Map();
    for (const p of state.model.profiles) state.profileIndex.set(p.name.toLowerCase(), p);
  }
  return state.profileIndex;
}

export function lookupProfile(state: BuildState, name: string): Profile | undefined {
  const p = profileIndex(state).get(name.toLowerCase());
  return p !== undefined && state.removed?.has(p) === true ? undefined : p;
}

/** Applies `no profile` removals (called once when the analysis ends). */
export function finishModel(state: BuildState): void {
  const removed = state.removed;
  if (removed !== undefined && removed.size > 0) state.model.profiles = state.model.profiles.filter((p) => !removed.has(p));
}

export function createModel(): ConfigModel {
  const model: ConfigModel = {
    dialect: 'ios',
    transcript: false,
    callHome: {
      openers: [],
      mailServers: [],
      httpProxies: [],
      serverIdentityCheck: true,
      disabledAlertGroups: new Set(),
      snapshotCommands: [],
      aaaAuthorization: { enabled: false },
      dataPrivacy: { level: 'normal', hostname: false, nodes: [] },
      syslogThrottling: true,
      copies: [],
      renames: [],
      reportingCommands: [],
    },
    profiles: [],
    trustpoints: [],
    chains: [],
    authentications: [],
    trustpoolConfigured: false,
    execCommands: [],
    references: [],
    commands: [],
    unknownLines: [],
  };
  model.profiles.push(newProfile(CISCO_TAC, true));
  return model;
}

/** A profile in its default state (000:L2687–L2739 defaults; CiscoTAC-1's built-in destinations, 000:L2561–L2564). */
function newProfile(name: string, predefined: boolean): Profile {
  const p: Profile = {
    name,
    openers: [],
    nameWords: [],
    predefined,
    configured: false,
    commands: [],
    active: !predefined,
    transport: { email: true, http: false, explicit: [] },
    destinations: [],
    format: 'xml',
    messageSizeLimit: 3145728,
    subscriptions: [],
    // CiscoTAC-1 reports Smart Call Home and Smart Licensing data by default; user profiles report Smart Call Home data.
    reporting: { smartCallHome: true, smartLicensing: predefined, nodes: [] },
    anonymousOnly: false,
  };
  return p;
}

/** The built-in destinations of CiscoTAC-1, used when it is not given any. */
export function builtInDestinations(p: Profile): { email: string[]; http: string[] } {
  if (!p.predefined) return { email: [], http: [] };
  return { email: [CISCO_TAC_EMAIL], http: [CISCO_TAC_URL] };
}

export function ensureProfile(state: BuildState, name: string, word: Word | undefined): Profile {
  let p = name === '' ? undefined : lookupProfile(state, name);
  if (p === undefined) {
    p = newProfile(name, false);
    state.model.profiles.push(p);
    if (name !== '') {
      const old = profileIndex(state).get(name.toLowerCase());
      if (old !== undefined) state.removed?.delete(old);
      profileIndex(state).set(name.toLowerCase(), p);
    }
  }
  if (word !== undefined) p.nameWords.push(word);
  state.lastProfile = p;
  return p;
}

function spanOf(words: readonly Word[]): Span {
  return { start: words[0]!.span.start, end: words[words.length - 1]!.span.end };
}

function valueOf(node: CommandNode, words: readonly Word[] | undefined): ValueSetting | undefined {
  if (words === undefined || words.length === 0) return undefined;
  return { node, words: [...words], value: words.map((w) => w.value).join(' '), span: spanOf(words) };
}

function restOf(node: CommandNode, name: string): ValueSetting | undefined {
  const rest = node.match.rest.get(name);
  if (rest !== undefined) return valueOf(node, rest);
  const w = node.match.args.get(name);
  return w === undefined ? undefined : valueOf(node, [w]);
}

export interface ApplyOutcome {
  context?: Profile | Trustpoint | CertificateChain;
  certificate?: CertificateEntry;
  certificateEncoding?: 'hex' | 'base64';
}

/** Applies a matched command. `context` is the profile / trustpoint / chain of the mode the line is in. */
export function applyCommand(state: BuildState, node: CommandNode, context: Profile | Trustpoint | CertificateChain | undefined, transcript: boolean): ApplyOutcome {
  const { model } = state;
  const ch = model.callHome;
  const m = node.match;
  const neg = node.negated !== undefined;
  const a = (name: string): Word | undefined => m.args.get(name);
  const hasKw = (k: string): boolean => m.keywords.some((x) => x.keyword === k);
  model.commands.push(node);
  const profile = context !== undefined && 'transport' in context ? context : undefined;
  if (profile !== undefined && node.mode === 'profile') profile.commands.push(node);
  const trustpoint = context !== undefined && 'kind' in context && context.kind === 'trustpoint' ? context : undefined;

  switch (node.id) {
    case 'service-call-home':
      model.service = { enabled: !neg, node };
      return {};
    case 'call-home':
      if (!neg) ch.openers.push(node);
      return {};
    case 'call-home-reporting':
      ch.reportingCommands.push(node);
      return {};
    case 'hostname': {
      const w = a('name');
      if (w !== undefined && !neg) model.hostname = { word: w, node };
      return {};
    }
    case 'exec-call-home-test':
    case 'exec-call-home-send-alert-group':
    case 'exec-call-home-request': {
      model.execCommands.push(node);
      const p = a('profile');
      if (p !== undefined) model.references.push({ kind: 'profile', name: p.value, word: p, node, definition: false });
      return {};
    }
    case 'exec-call-home-send-cli':
    case 'exec-call-home-diagnostic-signature':
      model.execCommands.push(node);
      return {};
    case 'ip-http-client-source-interface': {
      const v = restOf(node, 'interface');
      if (v !== undefined && !neg) model.ipHttpClientSourceInterface = v;
      return {};
    }
    // ── call-home mode ──
    case 'contact-email-addr':
      if (neg) delete ch.contactEmail;
      else setIf(ch, 'contactEmail', restOf(node, 'email'));
      return {};
    case 'phone-number':
    case 'street-address':
    case 'customer-id':
    case 'site-id':
    case 'contract-id': {
      const key = ({ 'phone-number': 'phoneNumber', 'street-address': 'streetAddress', 'customer-id': 'customerId', 'site-id': 'siteId', 'contract-id': 'contractId' } as const)[node.id];
      if (neg) delete ch[key];
      else setIf(ch, key, restOf(node, 'value'));
      return {};
    }
    case 'mail-server': {
      const hostWord = a('host');
      if (hostWord === undefined) return {};
      if (neg) {
        const h = hostWord.value.toLowerCase();
        ch.mailServers = ch.mailServers.filter((s) => s.host.toLowerCase() !== h && s.hostWord.value.toLowerCase() !== h);
        return {};
      }
      const raw = hostWord.value;
      const at = raw.lastIndexOf('@');
      const server: ConfigModel['callHome']['mailServers'][number] = { node, hostWord, host: at >= 0 ? raw.slice(at + 1) : raw, secureTls: hasKw('secure') };
      if (at >= 0) {
        const cred = raw.slice(0, at);
        const colon = cred.indexOf(':');
        server.username = colon >= 0 ? cred.slice(0, colon) : cred;
        if (colon >= 0) server.password = cred.slice(colon + 1);
        const offset = hostWord.span.start + (hostWord.quote === 'none' ? 0 : 1);
        server.credentialsSpan = { start: offset, end: offset + at + 1 };
      }
      const pw = a('priority');
      if (pw !== undefined) {
        server.priorityWord = pw;
        if (/^\d{1,9}$/.test(pw.value)) server.priority = Number(pw.value);
      }
      ch.mailServers.push(server);
      return {};
    }
    case 'sender':
      if (hasKw('from')) setIf(ch, 'senderFrom', neg ? undefined : restOf(node, 'from'));
      else if (hasKw('reply-to')) setIf(ch, 'senderReplyTo', neg ? undefined : restOf(node, 'replyTo'));
      return {};
    case 'rate-limit':
      setIf(ch, 'rateLimit', neg ? undefined : restOf(node, 'value'));
      return {};
    case 'vrf':
      setIf(ch, 'vrf', neg ? undefined : restOf(node, 'name'));
      return {};
    case 'source-interface':
      setIf(ch, 'sourceInterface', neg ? undefined : restOf(node, 'interface'));
      return {};
    case 'source-ip-address':
      setIf(ch, 'sourceIpAddress', neg ? undefined : restOf(node, 'address'));
      return {};
    case 'http-proxy': {
      if (neg) {
        ch.httpProxies = [];
        return {};
      }
      const entry: ConfigModel['callHome']['httpProxies'][number] = { node };
      const host = a('host');
      const port = a('port');
      if (host !== undefined) entry.host = host;
      if (port !== undefined) entry.port = port;
      ch.httpProxies.push(entry);
      return {};
    }
    case 'http-secure-server-identity-check':
      ch.serverIdentityCheck = !neg || node.negated === 'default';
      return {};
    case 'alert-group': {
      const g = m.enums.get('group') ?? a('group')?.value.toLowerCase();
      if (g === undefined) return {};
      const groups = g === 'all' ? ['configuration', 'crash', 'diagnostic', 'environment', 'inventory', 'snapshot', 'syslog'] : [g];
      for (const x of groups) {
        if (neg && node.negated === 'no') ch.disabledAlertGroups.add(x);
        else ch.disabledAlertGroups.delete(x);
      }
      return {};
    }
    case 'alert-group-config-snapshot':
      if (neg) ch.snapshotCommands = [];
      return {};
    case 'add-command': {
      const v = restOf(node, 'command');
      if (v === undefined) return {};
      if (neg) ch.snapshotCommands = ch.snapshotCommands.filter((c) => c.value !== v.value);
      else ch.snapshotCommands.push(v);
      return {};
    }
    case 'aaa-authorization': {
      const u = restOf(node, 'username');
      if (neg) {
        if (hasKw('username')) delete ch.aaaAuthorization.username;
        else ch.aaaAuthorization = { enabled: false };
      } else {
        ch.aaaAuthorization.enabled = true;
        if (u !== undefined) ch.aaaAuthorization.username = u;
      }
      return {};
    }
    case 'data-privacy':
      ch.dataPrivacy.nodes.push(node);
      if (hasKw('hostname')) ch.dataPrivacy.hostname = !neg;
      else if (hasKw('level')) ch.dataPrivacy.level = neg ? 'normal' : m.enums.get('level') === 'high' ? 'high' : 'normal';
      return {};
    case 'syslog-throttling':
      ch.syslogThrottling = !neg || node.negated === 'default';
      return {};
    case 'copy-profile': {
      ch.copies.push(node);
      const s = a('source');
      const t = a('target');
      if (s !== undefined) model.references.push({ kind: 'profile', name: s.value, word: s, node, definition: false });
      if (t !== undefined && s !== undefined && !neg) {
        const src = lookupProfile(state, s.value);
        const copy = ensureProfile(state, t.value, t);
        model.references.push({ kind: 'profile', name: t.value, word: t, node, definition: true });
        if (src !== undefined && copy !== src) copyProfileSettings(src, copy);
      }
      return {};
    }
    case 'rename-profile': {
      ch.renames.push(node);
      const s = a('source');
      const t = a('target');
      if (s !== undefined) model.references.push({ kind: 'profile', name: s.value, word: s, node, definition: false });
      if (s !== undefined && t !== undefined && !s.value.toLowerCase().startsWith(CISCO_TAC.toLowerCase())) {
        const src = lookupProfile(state, s.value);
        if (src !== undefined && !src.predefined) {
          profileIndex(state).delete(src.name.toLowerCase());
          src.name = t.value;
          profileIndex(state).set(t.value.toLowerCase(), src);
        }
        model.references.push({ kind: 'profile', name: t.value, word: t, node, definition: true });
      }
      return {};
    }
    case 'profile': {
      const w = a('name');
      if (w === undefined) return {};
      if (neg) {
        // `no profile X` removes a user profile; CiscoTAC-1 cannot be removed and just returns to its defaults.
        const existing = lookupProfile(state, w.value);
        model.references.push({ kind: 'profile', name: w.value, word: w, node, definition: false });
        if (existing !== undefined && !existing.predefined) (state.removed ??= new Set()).add(existing);
        return {};
      }
      const p = ensureProfile(state, w.value, w);
      p.configured = true;
      p.openers.push(node);
      model.references.push({ kind: 'profile', name: w.value, word: w, node, definition: true });
      return { context: p };
    }
    case 'ds-profile': {
      const w = a('name');
      if (w !== undefined) model.references.push({ kind: 'profile', name: w.value, word: w, node, definition: false });
      return {};
    }
    // ── profile mode ──
    case 'active':
      if (profile !== undefined) {
        // `default active` restores the default: active for user profiles, inactive for CiscoTAC-1 (004:L53).
        profile.active = node.negated === undefined ? true : node.negated === 'default' ? !profile.predefined : false;
        profile.activeNode = node;
      }
      return {};
    case 'anonymous-reporting-only':
      if (profile !== undefined) {
        profile.anonymousOnly = !neg;
        profile.anonymousNode = node;
      }
      return {};
    case 'destination-address': {
      if (profile === undefined) return {};
      const kind = hasKw('email') ? 'email' : hasKw('http') ? 'http' : undefined;
      if (kind === undefined) return {};
      const words = m.rest.get(kind === 'email' ? 'email' : 'url');
      if (neg) {
        const v = words?.map((w) => w.value).join(' ');
        profile.destinations = profile.destinations.filter((d) => d.kind !== kind || (v !== undefined && v !== '' && d.value !== v));
        return {};
      }
      profile.destinations.push({ node, kind, value: words === undefined ? '' : words.map((w) => w.value).join(' '), span: words === undefined || words.length === 0 ? node.span : spanOf(words), words: words ?? [] });
      return {};
    }
    case 'destination-transport-method': {
      if (profile === undefined) return {};
      const method = m.enums.get('method');
      if (method !== 'email' && method !== 'http') return {};
      if (neg) {
        profile.transport[method] = false;
        // Disabling both re-enables e-mail (000:L543).
        if (!profile.transport.email && !profile.transport.http) profile.transport.email = true;
        return {};
      }
      profile.transport.explicit.push(node);
      if (profile.predefined) {
        // CiscoTAC-1: one method at a time; enabling one disables the other (004:L1394).
        profile.transport.email = method === 'email';
        profile.transport.http = method === 'http';
      } else {
        // The first explicit method replaces the default e-mail; further ones add to it.
        if (profile.transport.explicit.length === 1) profile.transport.email = false;
        profile.transport[method] = true;
      }
      return {};
    }
    case 'destination-preferred-msg-format': {
      if (profile === undefined) return {};
      const f = m.enums.get('format');
      if (neg) {
        profile.format = 'xml';
        delete profile.formatNode;
      } else if (f === 'xml' || f === 'long-text' || f === 'short-text') {
        profile.format = f;
        profile.formatNode = node;
      } else profile.formatNode = node;
      return {};
    }
    case 'destination-message-size-limit': {
      if (profile === undefined) return {};
      const w = a('size');
      if (neg || w === undefined) {
        profile.messageSizeLimit = 3145728;
        delete profile.messageSizeNode;
        return {};
      }
      profile.messageSizeNode = node;
      if (/^\d{1,9}$/.test(w.value)) profile.messageSizeLimit = Number(w.value);
      return {};
    }
    case 'reporting': {
      if (profile === undefined) return {};
      profile.reporting.nodes.push(node);
      const d = m.enums.get('data');
      const on = !neg;
      if (d === 'smart-call-home-data' || d === 'all') profile.reporting.smartCallHome = on;
      if (d === 'smart-licensing-data' || d === 'all') profile.reporting.smartLicensing = on;
      return {};
    }
    case 'subscribe-to-alert-group': {
      if (profile === undefined) return {};
      const g = a('group');
      if (g === undefined) return {};
      const groupName = m.enums.get('group');
      if (neg) {
        profile.subscriptions = profile.subscriptions.filter((s) => (s.groupName ?? s.group.value) !== (groupName ?? g.value) && groupName !== 'all');
        return {};
      }
      const sub: Profile['subscriptions'][number] = { node, group: g };
      if (groupName !== undefined) sub.groupName = groupName;
      const pk = m.keywords.find((k) => ['daily', 'weekly', 'monthly', 'hourly', 'interval'].includes(k.keyword));
      if (pk !== undefined) {
        const values = ['day', 'date', 'time', 'minute', 'minutes'].map((x) => m.args.get(x)).filter((x): x is Word => x !== undefined).sort((x, y) => x.span.start - y.span.start);
        sub.periodic = { kind: pk.keyword as 'daily', keyword: pk.word, values };
      }
      const sev = m.args.get('severity');
      if (sev !== undefined) {
        const level = m.enums.get('severity');
        sub.severity = level === undefined ? { word: sev } : { word: sev, level };
      }
      const pat = m.rest.get('pattern');
      if (pat !== undefined && pat.length > 0) sub.pattern = pat;
      profile.subscriptions.push(sub);
      return {};
    }
    // ── crypto pki ──
    case 'crypto-pki-trustpoint': {
      const w = a('name');
      if (w === undefined) return {};
      model.references.push({ kind: 'trustpoint', name: w.value, word: w, node, definition: !neg });
      const tpIndex = (state.trustpointIndex ??= new Map());
      if (neg) {
        if (tpIndex.has(w.value)) {
          tpIndex.delete(w.value);
          model.trustpoints = model.trustpoints.filter((t) => t.name !== w.value);
        }
        return {};
      }
      let tp = tpIndex.get(w.value);
      if (tp === undefined) {
        tp = { kind: 'trustpoint', name: w.value, nameWord: w, node, commands: [] };
        model.trustpoints.push(tp);
        tpIndex.set(w.value, tp);
      }
      state.lastTrustpoint = tp;
      return { context: tp };
    }
    case 'crypto-pki-certificate-chain': {
      const w = a('name');
      if (w === undefined || neg) return {};
      model.references.push({ kind: 'trustpoint', name: w.value, word: w, node, definition: false });
      const chainIndex = (state.chainIndex ??= new Map());
      let chain = chainIndex.get(w.value);
      if (chain === undefined) {
        chain = { kind: 'chain', name: w.value, nameWord: w, node, certificates: [] };
        model.chains.push(chain);
        chainIndex.set(w.value, chain);
      }
      state.lastChain = chain;
      return { context: chain };
    }
    case 'crypto-pki-authenticate': {
      const w = a('name');
      const auth: ConfigModel['authentications'][number] = { node };
      if (w !== undefined) {
        auth.name = w;
        model.references.push({ kind: 'trustpoint', name: w.value, word: w, node, definition: false });
      }
      model.authentications.push(auth);
      // The device now prompts for the base64 CA certificate; a transcript or snippet may carry it.
      const entry: CertificateEntry = { node, kind: 'ca', endedByQuit: false };
      auth.certificate = entry;
      void transcript;
      return { certificate: entry, certificateEncoding: 'base64' };
    }
    case 'crypto-pki-trustpool':
      model.trustpoolConfigured = true;
      return {};
    case 'enrollment':
      if (trustpoint !== undefined) {
        trustpoint.commands.push(node);
        const v = m.rest.get('method');
        trustpoint.enrollment = { node, method: v === undefined ? '' : v.map((x) => x.value.toLowerCase()).join(' ') };
      }
      return {};
    case 'revocation-check':
      if (trustpoint !== undefined) {
        trustpoint.commands.push(node);
        trustpoint.revocation = { node, methods: (m.rest.get('methods') ?? []).map((x) => x.value.toLowerCase()) };
      }
      return {};
    case 'rsakeypair':
    case 'subject-name':
    case 'serial-number':
      trustpoint?.commands.push(node);
      return {};
    case 'certificate': {
      const chain = context !== undefined && 'kind' in context && context.kind === 'chain' ? context : undefined;
      if (chain === undefined || neg) return {};
      const kindKw = m.keywords.find((k) => k.keyword !== 'certificate');
      const entry: CertificateEntry = { node, kind: kindKw?.keyword ?? 'router', endedByQuit: false };
      const serial = a('serial');
      if (serial !== undefined) entry.serial = serial;
      const file = a('file');
      if (file !== undefined && /^[a-z]+:/i.test(file.value)) {
        entry.fileRef = file;
        chain.certificates.push(entry);
        return {};
      }
      chain.certificates.push(entry);
      return { certificate: entry, certificateEncoding: 'hex' };
    }
    default:
      return {};
  }
}

function setIf<T extends object, K extends keyof T>(obj: T, key: K, value: T[K] | undefined): void {
  if (value === undefined) delete obj[key];
  else obj[key] = value;
}

function copyProfileSettings(src: Profile, dst: Profile): void {
  dst.configured = true;
  dst.active = src.predefined ? true : src.active;
  dst.transport = { email: src.transport.email, http: src.transport.http, explicit: [...src.transport.explicit] };
  dst.destinations = [...src.destinations];
  dst.format = src.format;
  dst.messageSizeLimit = src.messageSizeLimit;
  dst.subscriptions = [...src.subscriptions];
  dst.reporting = { smartCallHome: src.reporting.smartCallHome, smartLicensing: false, nodes: [] };
}

/** Decodes a certificate body (hex from a running-config, base64 from a paste) into the entry. */
export function applyCertificateBody(entry: CertificateEntry, body: string): void {
  const bytes = entry.body?.encoding === 'base64' ? base64ToBytes(body) : hexToBytes(body);
  if (bytes === undefined) {
    entry.decodeError = entry.body?.encoding === 'base64' ? 'the pasted text is not valid base64' : 'the body is not an even number of hexadecimal digits';
    return;
  }
  const r = decodeCertificate(bytes);
  if ('error' in r) entry.decodeError = r.error;
  else entry.decoded = r;
}
