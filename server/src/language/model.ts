// The typed model of a document's call-home and crypto pki configuration, built by the analyzer and read by
// rules, the renderer and the editor features. Every value keeps the node (line and spans) it came from.
import type { MatchResult } from './grammar';
import type { ModeId } from './modes';
import type { DecodedCertificate } from './x509';
import type { Span, Word } from './types';

/** One interpreted command line. */
export interface CommandNode {
  /** Command spec id (see commands.ts); `unknown` for a line the table does not know. */
  id: string;
  mode: ModeId;
  negated?: 'no' | 'default';
  /** 0-based line number. */
  line: number;
  /** The command text (prompt excluded). */
  span: Span;
  /** All words, `no`/`default` included. */
  words: Word[];
  match: MatchResult;
  /** Nesting depth in the canonical running-config layout (0 = global). */
  depth: number;
  /** The line came from a pasted transcript (`Router(config)# …`): a session on a device, not a whole config. */
  prompted?: boolean;
}

export const CISCO_TAC = 'CiscoTAC-1';
export const CISCO_TAC_EMAIL = 'callhome@cisco.com';
export const CISCO_TAC_URL = 'https://tools.cisco.com/its/service/oddce/services/DDCEService';

export interface Subscription {
  node: CommandNode;
  group: Word;
  /** Resolved group keyword, undefined when it is not one the guides document. */
  groupName?: string;
  periodic?: { kind: 'daily' | 'weekly' | 'monthly' | 'hourly' | 'interval'; keyword: Word; values: Word[] };
  severity?: { word: Word; level?: string };
  /** The pattern's words (one when quoted). */
  pattern?: Word[];
}

export interface Destination {
  node: CommandNode;
  kind: 'email' | 'http';
  /** The address as written (quotes removed); for http, the URL. */
  value: string;
  /** Span of the value (all of its words). */
  span: Span;
  words: Word[];
}

export interface Profile {
  /** Name as first written (quotes removed). `''` for a transcript line whose profile is unknown. */
  name: string;
  /** Every `profile NAME` line that entered it (a transcript may re-enter). */
  openers: CommandNode[];
  nameWords: Word[];
  predefined: boolean;
  /** Whether the profile is configured in the document at all (CiscoTAC-1 exists implicitly). */
  configured: boolean;
  /** Commands inside the profile, in order. */
  commands: CommandNode[];
  active: boolean;
  activeNode?: CommandNode;
  /** Transport method state after all commands, and the positive `destination transport-method` lines in order. */
  transport: { email: boolean; http: boolean; explicit: CommandNode[] };
  destinations: Destination[];
  format: 'xml' | 'long-text' | 'short-text';
  formatNode?: CommandNode;
  messageSizeLimit: number;
  messageSizeNode?: CommandNode;
  subscriptions: Subscription[];
  reporting: { smartCallHome: boolean; smartLicensing: boolean; nodes: CommandNode[] };
  anonymousOnly: boolean;
  anonymousNode?: CommandNode;
  /** Lines [first, last] the profile block spans (last command), for folding and symbols. */
  range?: { startLine: number; endLine: number; span: Span };
}

export interface MailServer {
  node: CommandNode;
  hostWord: Word;
  host: string;
  username?: string;
  password?: string;
  /** Span of `user:password@` inside the host word (for masking). */
  credentialsSpan?: Span;
  priority?: number;
  priorityWord?: Word;
  secureTls: boolean;
}

export interface ValueSetting {
  node: CommandNode;
  /** The value's words as written. */
  words: Word[];
  /** Value text: quotes removed, words joined by single spaces. */
  value: string;
  span: Span;
}

export interface CallHomeSettings {
  /** Every `call-home` line that entered the mode. */
  openers: CommandNode[];
  range?: { startLine: number; endLine: number; span: Span };
  contactEmail?: ValueSetting;
  phoneNumber?: ValueSetting;
  streetAddress?: ValueSetting;
  customerId?: ValueSetting;
  siteId?: ValueSetting;
  contractId?: ValueSetting;
  mailServers: MailServer[];
  senderFrom?: ValueSetting;
  senderReplyTo?: ValueSetting;
  rateLimit?: ValueSetting;
  vrf?: ValueSetting;
  sourceInterface?: ValueSetting;
  sourceIpAddress?: ValueSetting;
  httpProxies: { node: CommandNode; host?: Word; port?: Word }[];
  serverIdentityCheck: boolean;
  /** Global alert-group enable state; groups not listed are enabled. */
  disabledAlertGroups: Set<string>;
  snapshotCommands: ValueSetting[];
  aaaAuthorization: { enabled: boolean; username?: ValueSetting };
  dataPrivacy: { level: 'normal' | 'high'; hostname: boolean; nodes: CommandNode[] };
  syslogThrottling: boolean;
  copies: CommandNode[];
  renames: CommandNode[];
  /** `call-home reporting …` lines (single-command setup). */
  reportingCommands: CommandNode[];
}

export interface CertificateEntry {
  node: CommandNode;
  kind: string;
  serial?: Word;
  /** `nvram:` reference instead of inline hex. */
  fileRef?: Word;
  /** The hex (or pasted base64) body. */
  body?: { span: Span; startLine: number; endLine: number; encoding: 'hex' | 'base64' };
  endedByQuit: boolean;
  decoded?: DecodedCertificate;
  decodeError?: string;
}

export interface Trustpoint {
  kind: 'trustpoint';
  name: string;
  nameWord: Word;
  node: CommandNode;
  commands: CommandNode[];
  enrollment?: { node: CommandNode; method: string };
  revocation?: { node: CommandNode; methods: string[] };
  range?: { startLine: number; endLine: number; span: Span };
}

export interface CertificateChain {
  kind: 'chain';
  name: string;
  nameWord: Word;
  node: CommandNode;
  certificates: CertificateEntry[];
  range?: { startLine: number; endLine: number; span: Span };
}

/** A name used somewhere that refers to a profile or a trustpoint (for references, rename and EXEC checks). */
export interface NameReference {
  kind: 'profile' | 'trustpoint';
  name: string;
  word: Word;
  node: CommandNode;
  /** true for the defining occurrence (`profile X`, `crypto pki trustpoint X`). */
  definition: boolean;
}

export interface ConfigModel {
  /** The document is (mostly) a pasted CLI transcript. Rules about what is missing do not apply to transcripts. */
  transcript: boolean;
  /** The Cisco dialect the text looks like; only IOS / IOS XE is checked in full. */
  dialect: 'ios' | 'ios-xr' | 'nx-os' | 'asa';
  hostname?: { word: Word; node: CommandNode };
  service?: { enabled: boolean; node: CommandNode };
  callHome: CallHomeSettings;
  /** All profiles, CiscoTAC-1 first (it always exists), then in order of appearance. */
  profiles: Profile[];
  trustpoints: Trustpoint[];
  chains: CertificateChain[];
  /** `crypto pki authenticate X` lines, with a pasted certificate when the transcript has one. */
  authentications: { node: CommandNode; name?: Word; certificate?: CertificateEntry }[];
  trustpoolConfigured: boolean;
  ipHttpClientSourceInterface?: ValueSetting;
  /** EXEC commands found in the document (call-home test/send/request). */
  execCommands: CommandNode[];
  references: NameReference[];
  /** Every interpreted command, in document order. */
  commands: CommandNode[];
  /** Lines the core did not recognise inside call-home blocks (for the unknown-command rule). */
  unknownLines: { node: CommandNode; indentedChild: boolean; suggestion?: string; /** The first word is a keyword of the mode but the rest does not form a command. */ partialKeyword?: string }[];
}

/** Case-insensitive profile lookup, as the device compares names (000:L541). */
export function findProfile(model: ConfigModel, name: string): Profile | undefined {
  const n = name.toLowerCase();
  return model.profiles.find((p) => p.name.toLowerCase() === n);
}
