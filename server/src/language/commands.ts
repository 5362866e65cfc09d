// The command table: every call-home and crypto pki command the guides document, by mode, with the
// syntax the matcher uses and the documentation hovers and completion show. Syntax is lenient where a rule
// checks the value (see rules/); keywords are exact so prefixes resolve as on the device.
import { alt, anyOrder, arg, kw, kwArg, opt, seq, type Syntax } from './grammar';
import type { ModeId } from './modes';
import { cite } from './sources';

export const ALERT_GROUPS = ['all', 'configuration', 'crash', 'diagnostic', 'environment', 'inventory', 'snapshot', 'syslog'] as const;
/** Call Home severity keywords, level 9 down to 0 (000:L780–L868). */
export const SEVERITIES = ['catastrophic', 'disaster', 'fatal', 'critical', 'major', 'minor', 'warning', 'notification', 'normal', 'debugging'] as const;
export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export const MSG_FORMATS = ['long-text', 'short-text', 'xml'] as const;
export const TRANSPORTS = ['email', 'http'] as const;

export interface CommandDoc {
  /** One line: what the command does. */
  summary: string;
  /** The syntax as the guides print it. */
  usage: string;
  /** Limits, defaults, notes — each with its citation. */
  details?: string[];
}

export interface CommandSpec {
  id: string;
  modes: ModeId[];
  /** Leading keywords (resolved by unique prefix). */
  path: string[];
  /** What follows the keywords. */
  syntax?: Syntax;
  /** The mode the positive form enters. */
  enters?: ModeId;
  doc: CommandDoc;
  /** Not offered by completion (aliases, EXEC-only commands in config files). */
  hidden?: boolean;
}

const CH: ModeId[] = ['call-home'];
const PROFILE: ModeId[] = ['profile'];
const TOP: ModeId[] = ['global'];

const periodic = seq(
  kw('periodic'),
  alt(
    seq(kw('daily'), opt(arg('time', 'word', 'hh:mm'))),
    seq(kw('weekly'), opt(arg('day', 'word', 'day')), opt(arg('time', 'word', 'hh:mm'))),
    seq(kw('monthly'), opt(arg('date', 'word', '1-31')), opt(arg('time', 'word', 'hh:mm'))),
    seq(kw('hourly'), opt(arg('minute', 'word', 'mm'))),
    seq(kw('interval'), opt(arg('minutes', 'word', 'minutes'))),
  ),
);

export const COMMANDS: CommandSpec[] = [
  // ───────────── global configuration (and EXEC, which snippets mix in) ─────────────
  {
    id: 'service-call-home',
    modes: TOP,
    path: ['service', 'call-home'],
    doc: { summary: 'Enables the Call Home feature.', usage: '[no] service call-home', details: [`Default: disabled (${cite('000', 2695)}). Nothing is sent without it (${cite('003', 238)}).`] },
  },
  {
    id: 'call-home',
    modes: TOP,
    path: ['call-home'],
    enters: 'call-home',
    doc: { summary: 'Enters call home configuration mode.', usage: 'call-home', details: [cite('000', 250, 256)] },
  },
  {
    id: 'call-home-reporting',
    modes: TOP,
    path: ['call-home', 'reporting'],
    syntax: seq(
      alt(kw('anonymous'), kwArg('contact-email-addr', 'email', 'word', 'email-address')),
      opt(seq(kw('http-proxy'), alt(kwArg('port', 'proxyPort', 'word', '1-65535'), seq(arg('proxyHost', 'word', 'ipv4-address | ipv6-address | name'), opt(kwArg('port', 'proxyPort', 'word', '1-65535')))))),
    ),
    doc: {
      summary: 'Enables all Call Home basic configurations using a single command (anonymous or full reporting to CiscoTAC-1).',
      usage: 'call-home reporting {anonymous | contact-email-addr email-address} [http-proxy {ipv4-address | ipv6-address | name} port port-number]',
      details: [`Proxy host: maximum length 64; port 1–65535 (${cite('000', 197, 199)}). Not stored in the running-config (${cite('004', 520)}).`],
    },
  },
  {
    id: 'exec-call-home-test',
    modes: TOP,
    path: ['call-home', 'test'],
    syntax: alt(kwArg('profile', 'profile', 'word', 'profile-name'), seq(arg('message', 'word', '"test-message"'), kwArg('profile', 'profile', 'word', 'profile-name'))),
    doc: {
      summary: 'EXEC: sends a test message to the specified destination profile.',
      usage: 'call-home test ["test-message"] profile name',
      details: [`The message is optional and must be quoted if it contains spaces; a default message is sent if none is given (${cite('000', 1510)}).`],
    },
  },
  {
    id: 'exec-call-home-send-alert-group',
    modes: TOP,
    path: ['call-home', 'send', 'alert-group'],
    syntax: seq(
      arg('group', 'enum', 'alert-group', ['configuration', 'crash', 'diagnostic', 'inventory', 'snapshot']),
      opt(alt(kwArg('slot', 'slot', 'word', 'slot'), kwArg('module', 'slot', 'word', 'module'), kwArg('switch', 'slot', 'word', 'switch-number'))),
      opt(kwArg('profile', 'profile', 'word', 'profile-name')),
    ),
    doc: {
      summary: 'EXEC: sends an alert group message manually, to one profile or to all subscribed profiles.',
      usage: 'call-home send alert-group {configuration | crash | diagnostic slot R0 | inventory | snapshot} [profile name]',
      details: [`Only configuration, crash, diagnostic, inventory (and snapshot) can be sent manually (${cite('004', 797)}, ${cite('003', 1451)}).`],
    },
  },
  {
    id: 'exec-call-home-send-cli',
    modes: TOP,
    path: ['call-home', 'send'],
    syntax: seq(arg('command', 'word', '"cli command"'), opt(arg('tail', 'rest', 'options'))),
    doc: {
      summary: 'EXEC: runs a CLI command and e-mails (or posts) its output to Cisco TAC or an address.',
      usage: 'call-home send "cli command" [email email msg-format {long-text | xml} | http [destination-email-address email]] [tac-service-request SR#]',
      details: [`The command must be in quotes (${cite('000', 1635)}).`],
    },
  },
  {
    id: 'exec-call-home-request',
    modes: TOP,
    path: ['call-home', 'request'],
    syntax: seq(
      alt(kwArg('output-analysis', 'command', 'word', '"show-command"'), kw('config-sanity'), kw('bugs-list'), kw('command-reference'), kw('product-advisory')),
      anyOrder(kwArg('profile', 'profile', 'word', 'profile-name'), kwArg('ccoid', 'ccoid', 'word', 'user-id')),
    ),
    doc: {
      summary: 'EXEC: requests an analysis report from the Smart Call Home service.',
      usage: 'call-home request {output-analysis "show-command" | config-sanity | bugs-list | command-reference | product-advisory} [profile name] [ccoid user-id]',
      details: [`Without a profile the request goes to CiscoTAC-1 (${cite('000', 1576)}).`],
    },
  },
  {
    id: 'exec-call-home-diagnostic-signature',
    modes: TOP,
    path: ['call-home', 'diagnostic-signature'],
    syntax: opt(arg('tail', 'rest', 'options')),
    doc: { summary: 'EXEC: downloads, installs or removes diagnostic signature files.', usage: 'call-home diagnostic-signature {{deinstall | download} {ds-id | all} | install ds-id}', details: [cite('000', 2020)] },
  },
  {
    id: 'crypto-pki-trustpoint',
    modes: TOP,
    path: ['crypto', 'pki', 'trustpoint'],
    syntax: arg('name', 'word', 'name'),
    enters: 'trustpoint',
    doc: {
      summary: 'Declares a CA trustpoint and enters CA trustpoint configuration mode.',
      usage: 'crypto pki trustpoint name',
      details: [`${cite('000', 2222, 2229)}. Trustpoint name: maximum 128 characters (${cite('003', 3090, 3092)}).`],
    },
  },
  {
    id: 'crypto-pki-certificate-chain',
    modes: TOP,
    path: ['crypto', 'pki', 'certificate', 'chain'],
    syntax: arg('name', 'word', 'trustpoint'),
    enters: 'cert-chain',
    doc: { summary: 'The certificates of a trustpoint, as the running-config stores them (hex blocks ending in `quit`).', usage: 'crypto pki certificate chain name' },
  },
  {
    id: 'crypto-pki-certificate-other',
    modes: TOP,
    path: ['crypto', 'pki', 'certificate'],
    syntax: opt(arg('tail', 'rest', 'options')),
    enters: 'pki-other',
    hidden: true,
    doc: { summary: 'crypto pki certificate map / pool / query (accepted, not checked).', usage: 'crypto pki certificate {map | pool | query} …' },
  },
  {
    id: 'crypto-pki-authenticate',
    modes: TOP,
    path: ['crypto', 'pki', 'authenticate'],
    syntax: arg('name', 'word', 'trustpoint'),
    doc: {
      summary: 'Authenticates the named CA: paste its base64 certificate, end with `quit`.',
      usage: 'crypto pki authenticate name',
      details: [`"The CA name should match the name specified in the crypto pki trustpoint command." (${cite('000', 2261)})`],
    },
  },
  {
    id: 'crypto-pki-trustpool',
    modes: TOP,
    path: ['crypto', 'pki', 'trustpool'],
    syntax: opt(arg('tail', 'rest', 'options')),
    enters: 'pki-other',
    doc: { summary: 'PKI trustpool management (enabled by default; installs Cisco CA certificates automatically).', usage: 'crypto pki trustpool {import | policy | clean} …', details: [cite('000', 1730)] },
  },
  {
    id: 'crypto-pki-other',
    modes: TOP,
    path: ['crypto', 'pki'],
    syntax: opt(arg('tail', 'rest', 'options')),
    enters: 'pki-other',
    hidden: true,
    doc: { summary: 'Other crypto pki commands (accepted, not checked).', usage: 'crypto pki …' },
  },
  {
    id: 'ip-http-client-source-interface',
    modes: TOP,
    path: ['ip', 'http', 'client', 'source-interface'],
    syntax: arg('interface', 'rest', 'interface-name'),
    doc: {
      summary: 'Source interface for all HTTP clients on the device, Call Home HTTP messages included.',
      usage: 'ip http client source-interface interface-name',
      details: [`Call Home's own source-interface applies to e-mail; HTTP uses this global command (${cite('000', 1046)}).`],
    },
  },
  {
    id: 'hostname',
    modes: TOP,
    path: ['hostname'],
    syntax: arg('name', 'word', 'name'),
    doc: { summary: 'The device name; Call Home messages carry it as the device name / System Name.', usage: 'hostname name' },
  },
  {
    id: 'configure',
    modes: TOP,
    path: ['configure'],
    syntax: opt(arg('target', 'rest', 'terminal')),
    doc: { summary: 'EXEC: enters global configuration mode.', usage: 'configure terminal' },
  },
  {
    id: 'exec-show',
    modes: TOP,
    path: ['show'],
    syntax: opt(arg('tail', 'rest', 'command')),
    hidden: true,
    doc: { summary: 'EXEC: show command (not checked).', usage: 'show …' },
  },

  // ───────────── call-home configuration mode ─────────────
  {
    id: 'contact-email-addr',
    modes: CH,
    path: ['contact-email-addr'],
    syntax: arg('email', 'rest', 'email-address'),
    doc: {
      summary: "Assigns the customer's contact e-mail address. Call Home sends nothing until it is set.",
      usage: 'contact-email-addr email-address',
      details: [`Up to 200 characters in e-mail address format with no spaces (${cite('000', 448)}). Required (${cite('000', 396)}, ${cite('003', 242)}).`],
    },
  },
  {
    id: 'phone-number',
    modes: CH,
    path: ['phone-number'],
    syntax: arg('value', 'rest', '+phone-number'),
    doc: {
      summary: "Assigns the customer's phone number.",
      usage: 'phone-number +phone-number',
      details: [`Must begin with +, only dashes and numbers, up to 16 characters; quote it if it contains spaces (${cite('000', 460)}).`],
    },
  },
  {
    id: 'street-address',
    modes: CH,
    path: ['street-address'],
    syntax: arg('value', 'rest', 'street-address'),
    doc: { summary: 'Street address where RMA equipment can be shipped.', usage: 'street-address street-address', details: [`Up to 200 characters; quote it if it contains spaces (${cite('000', 469)}).`] },
  },
  {
    id: 'customer-id',
    modes: CH,
    path: ['customer-id'],
    syntax: arg('value', 'rest', 'text'),
    doc: {
      summary: 'Customer ID.',
      usage: 'customer-id text',
      details: [`Up to 64 characters (${cite('000', 479)}); the command reference allows 256 (${cite('004', 1213)}). Quote it if it contains spaces.`],
    },
  },
  {
    id: 'site-id',
    modes: CH,
    path: ['site-id'],
    syntax: arg('value', 'rest', 'text'),
    doc: { summary: 'Customer site ID.', usage: 'site-id text', details: [`Up to 200 characters; quote it if it contains spaces (${cite('000', 489)}).`] },
  },
  {
    id: 'contract-id',
    modes: CH,
    path: ['contract-id'],
    syntax: arg('value', 'rest', 'text'),
    doc: { summary: "Customer's contract ID for the device.", usage: 'contract-id text', details: [`Up to 64 characters; quote it if it contains spaces (${cite('000', 499)}).`] },
  },
  {
    id: 'mail-server',
    modes: CH,
    path: ['mail-server'],
    syntax: seq(arg('host', 'word', '[user:password@]{ipv4-address | name}'), opt(kwArg('priority', 'priority', 'word', '1-100')), opt(seq(kw('secure'), kw('tls')))),
    doc: {
      summary: 'An SMTP server for e-mail transport and its priority (lowest number tried first).',
      usage: 'mail-server [username:password@]{ipv4-address | ipv6-address | name} priority number [secure tls]',
      details: [
        `Priority 1 (highest) to 100 (lowest) (${cite('000', 951)}). Name: FQDN of 64 characters or less (${cite('000', 1008)}).`,
        `At least one is required for e-mail transport; at most five in all (${cite('000', 946)}).`,
      ],
    },
  },
  {
    id: 'sender',
    modes: CH,
    path: ['sender'],
    syntax: alt(kwArg('from', 'from', 'rest', 'email-address'), kwArg('reply-to', 'replyTo', 'rest', 'email-address')),
    doc: {
      summary: 'The From / Reply-To addresses of Call Home e-mail messages.',
      usage: 'sender {from | reply-to} email-address',
      details: [`From defaults to the contact e-mail address (${cite('000', 1020)}).`],
    },
  },
  {
    id: 'rate-limit',
    modes: CH,
    path: ['rate-limit'],
    syntax: arg('value', 'word', '1-60'),
    doc: { summary: 'Maximum number of Call Home messages sent per minute.', usage: 'rate-limit number', details: [`Range 1 to 60; default 20 (${cite('000', 1128, 1130)}).`] },
  },
  {
    id: 'vrf',
    modes: CH,
    path: ['vrf'],
    syntax: arg('name', 'word', 'vrf-name'),
    doc: { summary: 'VRF instance used to send Call Home e-mail messages.', usage: 'vrf vrf-name', details: [`Default: the global routing table (${cite('000', 1068)}).`] },
  },
  {
    id: 'source-interface',
    modes: CH,
    path: ['source-interface'],
    syntax: arg('interface', 'rest', 'interface-name'),
    doc: {
      summary: 'Source interface for Call Home messages.',
      usage: 'source-interface interface-name',
      details: [`Maximum length 64 (${cite('000', 1042)}). Cannot be combined with source-ip-address (${cite('003', 1287, 1289)}).`],
    },
  },
  {
    id: 'source-ip-address',
    modes: CH,
    path: ['source-ip-address'],
    syntax: arg('address', 'word', 'ipv4/ipv6 address'),
    doc: {
      summary: 'Source IP address for Call Home messages.',
      usage: 'source-ip-address ipv4/ipv6 address',
      details: [`Maximum length 64 (${cite('000', 1058)}). Cannot be combined with source-interface (${cite('003', 1287, 1289)}).`],
    },
  },
  {
    id: 'http-proxy',
    modes: CH,
    path: ['http-proxy'],
    // The guide's own example leaves the host out (`http-proxy port 1`, 004:L1649); the rule reports that.
    syntax: alt(kwArg('port', 'port', 'word', '1-65535'), seq(arg('host', 'word', 'ipv4-address | ipv6-address | name'), opt(kwArg('port', 'port', 'word', '1-65535')))),
    doc: {
      summary: 'HTTP proxy server for Call Home HTTP(S) messages.',
      usage: 'http-proxy {ipv4-address | ipv6-address | name} port port-number',
      details: [`Host: maximum length 64; port 1–65535 (${cite('004', 1625, 1629)}).`],
    },
  },
  {
    id: 'http-secure-server-identity-check',
    modes: CH,
    path: ['http', 'secure', 'server-identity-check'],
    doc: { summary: 'Verifies the HTTPS server name against its certificate (on by default).', usage: '[no] http secure server-identity-check' },
  },
  {
    id: 'http-resolve-hostname',
    modes: CH,
    path: ['http', 'resolve-hostname'],
    syntax: kw('ipv4-first'),
    doc: { summary: 'Resolves the HTTP destination host name to IPv4 first.', usage: 'http resolve-hostname ipv4-first' },
  },
  {
    id: 'alert-group',
    modes: CH,
    path: ['alert-group'],
    syntax: arg('group', 'enum', 'alert-group', ALERT_GROUPS),
    doc: {
      summary: 'Enables (or with `no`, disables) an alert group for all profiles.',
      usage: '[no] alert-group {all | configuration | diagnostic | environment | inventory | syslog}',
      details: [`All alert groups are enabled by default (${cite('004', 200)}).`],
    },
  },
  {
    id: 'alert-group-config-snapshot',
    modes: CH,
    path: ['alert-group-config', 'snapshot'],
    enters: 'snapshot',
    doc: { summary: 'Enters snapshot configuration mode (commands whose output the snapshot alert group sends).', usage: '[no | default] alert-group-config snapshot', details: [cite('000', 909, 917)] },
  },
  {
    id: 'aaa-authorization',
    modes: CH,
    path: ['aaa-authorization'],
    syntax: opt(kwArg('username', 'username', 'rest', 'username')),
    doc: {
      summary: 'Enables AAA authorization of the commands Call Home runs to collect output.',
      usage: 'aaa-authorization [username username]',
      details: [`Disabled by default; username default callhome, maximum length 64 (${cite('000', 1236)}).`],
    },
  },
  {
    id: 'data-privacy',
    modes: CH,
    path: ['data-privacy'],
    syntax: alt(seq(kw('level'), arg('level', 'enum', 'normal | high', ['normal', 'high'])), kw('hostname')),
    doc: {
      summary: 'Scrubs data from configuration messages: normal (passwords, secrets), high (+ IP addresses and domain names), hostname (+ the host name).',
      usage: 'data-privacy {level {normal | high} | hostname}',
      details: [`Default level normal (${cite('000', 1292)}). Scrubbing the host name can break Smart Call Home processing on some platforms (${cite('000', 1334)}).`],
    },
  },
  {
    id: 'syslog-throttling',
    modes: CH,
    path: ['syslog-throttling'],
    doc: { summary: 'Avoids sending repetitive Call Home syslog messages (on by default).', usage: '[no] syslog-throttling', details: [cite('000', 1279)] },
  },
  {
    id: 'diagnostic-signature',
    modes: CH,
    path: ['diagnostic-signature'],
    enters: 'diag-sign',
    doc: { summary: 'Enters call-home diagnostic signature mode.', usage: 'diagnostic-signature', details: [cite('000', 2029, 2037)] },
  },
  {
    id: 'copy-profile',
    modes: CH,
    path: ['copy', 'profile'],
    syntax: seq(arg('source', 'word', 'source-profile'), arg('target', 'word', 'target-profile')),
    doc: { summary: 'Creates a new destination profile with the settings of an existing one.', usage: 'copy profile source-profile target-profile', details: [cite('000', 723, 733)] },
  },
  {
    id: 'rename-profile',
    modes: CH,
    path: ['rename', 'profile'],
    syntax: seq(arg('source', 'word', 'source-profile'), arg('target', 'word', 'target-profile')),
    doc: { summary: 'Renames an existing destination profile.', usage: 'rename profile source-profile target-profile', details: [cite('000', 1458, 1468)] },
  },
  {
    id: 'profile',
    modes: CH,
    path: ['profile'],
    syntax: arg('name', 'word', 'name'),
    enters: 'profile',
    doc: {
      summary: 'Enters destination profile configuration mode; the profile is created (and active) if it does not exist.',
      usage: 'profile name',
      details: [`Up to 31 characters, not case-sensitive, and not \`all\` (${cite('000', 541)}). CiscoTAC-1 is predefined and inactive by default (${cite('000', 1344)}).`],
    },
  },

  // ───────────── destination profile mode ─────────────
  {
    id: 'active',
    modes: PROFILE,
    path: ['active'],
    doc: {
      summary: 'Enables the destination profile (`no active` disables it).',
      usage: '[no | default] active',
      details: [`User profiles are active when created; CiscoTAC-1 is inactive by default (${cite('000', 1344)}, ${cite('004', 62)}).`],
    },
  },
  {
    id: 'anonymous-reporting-only',
    modes: PROFILE,
    path: ['anonymous-reporting-only'],
    doc: {
      summary: 'CiscoTAC-1 only: send only crash, inventory and test messages, anonymously.',
      usage: '[no] anonymous-reporting-only',
      details: [`TAC profile configuration mode (${cite('004', 313, 339)}).`],
    },
  },
  {
    id: 'destination-address',
    modes: PROFILE,
    path: ['destination', 'address'],
    syntax: alt(kwArg('email', 'email', 'rest', 'email-address'), kwArg('http', 'url', 'rest', 'url')),
    doc: {
      summary: 'The e-mail address or HTTP(S) URL messages are sent to.',
      usage: 'destination address {email email-address | http url}',
      details: [`E-mail address and URL: up to 200 characters each (${cite('004', 1335, 1336)}). A URL includes http:// or https://; https needs a trustpoint CA (${cite('003', 742, 752)}).`],
    },
  },
  {
    id: 'destination-transport-method',
    modes: PROFILE,
    path: ['destination', 'transport-method'],
    syntax: arg('method', 'enum', 'email | http', TRANSPORTS),
    doc: {
      summary: 'Enables a transport method for the profile (e-mail is the default).',
      usage: '[no] destination transport-method {email | http}',
      details: [`User profiles may enable both; CiscoTAC-1 one at a time (${cite('000', 543, 544)}, ${cite('004', 1394)}).`],
    },
  },
  {
    id: 'destination-preferred-msg-format',
    modes: PROFILE,
    path: ['destination', 'preferred-msg-format'],
    syntax: arg('format', 'enum', 'long-text | short-text | xml', MSG_FORMATS),
    doc: {
      summary: 'The message format sent to this profile.',
      usage: 'destination preferred-msg-format {long-text | short-text | xml}',
      details: [`Default xml; CiscoTAC-1 and the Smart Call Home service require xml (${cite('000', 549)}).`],
    },
  },
  {
    id: 'destination-message-size-limit',
    modes: PROFILE,
    path: ['destination', 'message-size-limit'],
    syntax: arg('size', 'word', '50-3145728'),
    doc: {
      summary: 'Maximum message size in bytes (also spelled `destination message-size`).',
      usage: 'destination message-size-limit bytes',
      details: [`50 to 3,145,728 bytes; default 3,145,728 (${cite('000', 550)}, ${cite('004', 1340)}).`],
    },
  },
  {
    id: 'reporting',
    modes: PROFILE,
    path: ['reporting'],
    syntax: arg('data', 'enum', 'smart-call-home-data | smart-licensing-data | all', ['smart-call-home-data', 'smart-licensing-data', 'all']),
    doc: {
      summary: 'Which data the profile reports: Smart Call Home data, Smart Licensing data, or all.',
      usage: '[no] reporting {smart-call-home-data | smart-licensing-data | all}',
      details: [`Only one active profile may report Smart Licensing data (${cite('000', 552)}).`],
    },
  },
  {
    id: 'subscribe-to-alert-group',
    modes: PROFILE,
    path: ['subscribe-to-alert-group'],
    syntax: seq(
      arg('group', 'enum', 'alert-group', ALERT_GROUPS),
      anyOrder(periodic, kwArg('severity', 'severity', 'enum', 'severity', SEVERITIES), kwArg('pattern', 'pattern', 'text', '"pattern"')),
    ),
    doc: {
      summary: 'Subscribes the profile to an alert group, optionally periodic, with a severity threshold or a syslog pattern.',
      usage:
        'subscribe-to-alert-group {all | configuration [periodic …] | crash | diagnostic [severity level] | environment [severity level] | inventory [periodic …] | snapshot periodic … | syslog [severity level] [pattern string]}',
      details: [
        `periodic {daily hh:mm | weekly day hh:mm | monthly date hh:mm} for configuration and inventory; also hourly mm / interval minutes for snapshot (${cite('003', 1106, 1127)}).`,
        `severity for diagnostic, environment and syslog: catastrophic … debugging (${cite('000', 780, 868)}). Up to five syslog patterns per profile (${cite('003', 1174, 1181)}).`,
      ],
    },
  },

  // ───────────── snapshot and diagnostic-signature modes ─────────────
  {
    id: 'add-command',
    modes: ['snapshot'],
    path: ['add-command'],
    syntax: arg('command', 'rest', '"command string"'),
    doc: { summary: 'Adds an IOS command whose output the snapshot alert group sends.', usage: '[no | default] add-command "command string"', details: [`Maximum length 128 (${cite('000', 928)}); quote it if it contains spaces (${cite('004', 137)}).`] },
  },
  {
    id: 'ds-profile',
    modes: ['diag-sign'],
    path: ['profile'],
    syntax: arg('name', 'word', 'ds-profile-name'),
    doc: { summary: 'The destination profile diagnostic signatures use.', usage: 'profile ds-profile-name', details: [cite('000', 2040, 2048)] },
  },
  {
    id: 'ds-environment',
    modes: ['diag-sign'],
    path: ['environment'],
    syntax: seq(arg('variable', 'word', 'ds_name'), opt(arg('value', 'rest', 'value'))),
    doc: { summary: 'Sets a diagnostic signature environment variable (names start with ds_).', usage: 'environment ds_env-varname ds-env-varvalue', details: [cite('000', 2051, 2059)] },
  },

  // ───────────── crypto pki trustpoint and certificate chain ─────────────
  {
    id: 'enrollment',
    modes: ['trustpoint'],
    path: ['enrollment'],
    syntax: opt(arg('method', 'rest', 'terminal | url url | selfsigned | …')),
    doc: { summary: 'How the trustpoint obtains certificates (`enrollment terminal`: manual cut-and-paste).', usage: 'enrollment {terminal [pem] | url url | selfsigned | pkcs12 | mode ra | …}', details: [cite('000', 2232, 2239)] },
  },
  {
    id: 'revocation-check',
    modes: ['trustpoint'],
    path: ['revocation-check'],
    syntax: opt(arg('methods', 'rest', 'crl | ocsp | none')),
    doc: {
      summary: 'How certificate revocation is checked (crl, ocsp, none; several may be listed).',
      usage: 'revocation-check {crl | ocsp | none} …',
      details: [`"Failing to check certificate revocation is NOT recommended" (${cite('003', 4019, 4024)}).`],
    },
  },
  {
    id: 'rsakeypair',
    modes: ['trustpoint'],
    path: ['rsakeypair'],
    syntax: seq(arg('name', 'word', 'key-label'), opt(arg('sizes', 'rest', 'key-size'))),
    doc: { summary: 'The RSA key pair used with this trustpoint.', usage: 'rsakeypair key-label [key-size [encryption-key-size]]' },
  },
  {
    id: 'subject-name',
    modes: ['trustpoint'],
    path: ['subject-name'],
    syntax: opt(arg('name', 'rest', 'x.500-name')),
    doc: { summary: 'The subject name requested in the certificate.', usage: 'subject-name [x.500-name]' },
  },
  {
    id: 'serial-number',
    modes: ['trustpoint'],
    path: ['serial-number'],
    syntax: opt(kw('none')),
    doc: { summary: 'Whether the device serial number is included in the certificate request.', usage: 'serial-number [none]' },
  },
  {
    id: 'certificate',
    modes: ['cert-chain'],
    path: ['certificate'],
    syntax: seq(opt(alt(kw('ca'), kw('self-signed'), kw('rollover'), kw('ra-encrypt'), kw('ra-sign'), kw('ra-general'))), arg('serial', 'word', 'serial'), opt(arg('file', 'rest', 'nvram:file'))),
    doc: { summary: 'A certificate of the chain: hexadecimal DER lines ending in `quit` (or an nvram: file reference).', usage: 'certificate [ca | self-signed | rollover] serial' },
  },
];

/** Commands that are valid in every mode. */
export const UNIVERSAL = ['exit', 'end', 'no', 'default', 'do'] as const;

const byId = new Map(COMMANDS.map((c) => [c.id, c] as const));
export function commandById(id: string): CommandSpec | undefined {
  return byId.get(id);
}
