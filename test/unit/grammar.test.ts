// Tests for the editor basics: syntaxes/cisco-ios.tmLanguage.json, snippets/cisco-ios.json,
// language-configuration.json.
//
// vscode-textmate / vscode-oniguruma are not project dependencies, so the grammar is checked with
//  - static checks that every regex stays inside the subset shared by Oniguruma and JS (see ONIG_SUBSET below),
//  - a JS RegExp compile of every regex and a linear-time smoke test on adversarial input,
//  - a small TextMate tokenizer (match, begin/end with back-references, include, captures, \G) that runs the
//    grammar on sample lines, on the snippets and on every real config in ../shared/corpus.
// If CALLHOME_TEXTMATE_NODE_MODULES points at a node_modules folder that holds vscode-textmate and
// vscode-oniguruma (e.g. the one inside a code-server install), the same expectations also run through the
// real engine that VS Code uses.
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';

// ---------------------------------------------------------------------------------------------- files

function findRoot(): string {
  for (const start of [__dirname, process.cwd()]) {
    let dir = start;
    for (;;) {
      if (fs.existsSync(path.join(dir, 'syntaxes', 'cisco-ios.tmLanguage.json'))) return dir;
      const up = path.dirname(dir);
      if (up === dir) break;
      dir = up;
    }
  }
  throw new Error('repository root (with syntaxes/cisco-ios.tmLanguage.json) not found');
}

const ROOT = findRoot();
const GRAMMAR_PATH = path.join(ROOT, 'syntaxes', 'cisco-ios.tmLanguage.json');
const SNIPPETS_PATH = path.join(ROOT, 'snippets', 'cisco-ios.json');
const LANGCONF_PATH = path.join(ROOT, 'language-configuration.json');
const CORPUS_DIR = path.join(ROOT, '..', 'shared', 'corpus');

interface RawCapture {
  name?: string;
}
interface RawRule {
  include?: string;
  match?: string;
  begin?: string;
  end?: string;
  while?: string;
  name?: string;
  contentName?: string;
  captures?: Record<string, RawCapture>;
  beginCaptures?: Record<string, RawCapture>;
  endCaptures?: Record<string, RawCapture>;
  patterns?: RawRule[];
  repository?: Record<string, RawRule>;
}
interface RawGrammar extends RawRule {
  scopeName: string;
  patterns: RawRule[];
  repository: Record<string, RawRule>;
}

const grammarText = fs.readFileSync(GRAMMAR_PATH, 'utf8');
const grammar = JSON.parse(grammarText) as RawGrammar;

// ---------------------------------------------------------------------------------------------- regex helpers

interface RegexSite {
  where: string;
  key: 'match' | 'begin' | 'end' | 'while';
  source: string;
  rule: RawRule;
}

function collectRules(): Array<{ where: string; rule: RawRule }> {
  const out: Array<{ where: string; rule: RawRule }> = [];
  const visit = (rule: RawRule, where: string): void => {
    out.push({ where, rule });
    rule.patterns?.forEach((p, i) => visit(p, `${where}.patterns[${i}]`));
    for (const [k, r] of Object.entries(rule.repository ?? {})) visit(r, `${where}.repository.${k}`);
  };
  visit(grammar, '$');
  return out;
}

function collectRegexes(): RegexSite[] {
  const sites: RegexSite[] = [];
  for (const { where, rule } of collectRules()) {
    for (const key of ['match', 'begin', 'end', 'while'] as const) {
      const source = rule[key];
      if (typeof source === 'string') sites.push({ where, key, source, rule });
    }
  }
  return sites;
}

/** Rewrites \G (the only Oniguruma-only construct the grammar may use) for JS: at `anchor` or never. */
function toJsSource(src: string, anchor: number): string {
  let out = '';
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') {
      const n = src[i + 1] ?? '';
      if (n === 'G') out += anchor >= 0 ? `(?<=^[\\s\\S]{${anchor}})` : '(?!)';
      else out += c + n;
      i++;
      continue;
    }
    out += c;
  }
  return out;
}

function escapeRegExp(s: string): string {
  return s.replace(/[-\\{}*+?|^$.,[\]()#\s]/g, '\\$&');
}

/** Replaces \1..\9 in an end pattern with the (escaped) text the begin pattern captured, as vscode-textmate does. */
function resolveBackReferences(src: string, captured: ReadonlyArray<string | undefined>): string {
  let out = '';
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') {
      const n = src[i + 1] ?? '';
      if (/[0-9]/.test(n)) out += escapeRegExp(captured[Number(n)] ?? '');
      else out += c + n;
      i++;
      continue;
    }
    out += c;
  }
  return out;
}

interface ParsedRegex {
  groups: number;
  lookbehinds: string[];
  classes: string[];
  outside: string; // the source with escapes and character classes removed
  backrefs: number[];
  gUses: number;
}

/** A small scanner over a regex source: enough to check the Oniguruma/JS common subset. */
function parseRegex(src: string): ParsedRegex {
  const res: ParsedRegex = { groups: 0, lookbehinds: [], classes: [], outside: '', backrefs: [], gUses: 0 };
  const stack: Array<{ lookbehind: boolean; start: number }> = [];
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') {
      const n = src[i + 1] ?? '';
      if (/[1-9]/.test(n)) res.backrefs.push(Number(n));
      if (n === 'G') res.gUses++;
      res.outside += 'e';
      i++;
      continue;
    }
    if (c === '[') {
      let j = i + 1;
      if (src[j] === '^') j++;
      if (src[j] === ']') j++;
      for (; j < src.length && src[j] !== ']'; j++) if (src[j] === '\\') j++;
      res.classes.push(src.slice(i, j + 1));
      res.outside += 'c';
      i = j;
      continue;
    }
    if (c === '(') {
      const lookbehind = src.startsWith('(?<=', i) || src.startsWith('(?<!', i);
      if (src[i + 1] !== '?') res.groups++;
      stack.push({ lookbehind, start: i });
      res.outside += c;
      continue;
    }
    if (c === ')') {
      const open = stack.pop();
      if (open?.lookbehind) res.lookbehinds.push(src.slice(open.start + 4, i));
      res.outside += c;
      continue;
    }
    res.outside += c;
  }
  return res;
}

function countGroupsJs(src: string): number {
  return (new RegExp(`${toJsSource(src, -1)}|`).exec('') ?? []).length - 1;
}

// ---------------------------------------------------------------------------------------------- mini tokenizer

type LineScopes = string[][]; // scopes of each character of the line

interface Frame {
  rule: RawRule;
  endSource: string;
  anchor: number;
  scopes: string[]; // outer scopes + name
  contentScopes: string[]; // + contentName
}

interface Candidate {
  m: RegExpExecArray;
  kind: 'end' | 'match' | 'begin';
  rule?: RawRule;
}

const splitNames = (name: string | undefined): string[] => (name ? name.split(/\s+/).filter(Boolean) : []);

class MiniTokenizer {
  private readonly cache = new Map<string, RegExp>();
  private readonly flat = new Map<RawRule[], RawRule[]>();

  constructor(private readonly g: RawGrammar) {}

  private regex(src: string, anchor: number): RegExp {
    const key = `${anchor}\u0000${src}`;
    let re = this.cache.get(key);
    if (!re) {
      re = new RegExp(toJsSource(src, anchor), 'dg');
      this.cache.set(key, re);
    }
    return re;
  }

  private exec(src: string, anchor: number, line: string, pos: number): RegExpExecArray | null {
    const re = this.regex(src, anchor);
    re.lastIndex = pos;
    return re.exec(line);
  }

  /** Patterns of a rule with includes resolved (depth-first, in order). */
  private patterns(list: RawRule[]): RawRule[] {
    const cached = this.flat.get(list);
    if (cached) return cached;
    const out: RawRule[] = [];
    const seen = new Set<RawRule>();
    const add = (rules: RawRule[]): void => {
      for (const r of rules) {
        if (r.include) {
          const target = r.include === '$self' || r.include === '$base' ? { patterns: this.g.patterns } : this.g.repository[r.include.slice(1)];
          if (!target) throw new Error(`unresolved include ${r.include}`);
          if (seen.has(target)) continue;
          seen.add(target);
          if (target.match !== undefined || target.begin !== undefined) out.push(target);
          else add(target.patterns ?? []);
        } else if (r.match !== undefined || r.begin !== undefined) out.push(r);
        else add(r.patterns ?? []);
      }
    };
    add(list);
    this.flat.set(list, out);
    return out;
  }

  tokenizeLines(lines: string[]): { scopes: LineScopes[]; depthAfter: number[] } {
    const stack: Frame[] = [];
    const scopes: LineScopes[] = [];
    const depthAfter: number[] = [];
    for (const line of lines) {
      scopes.push(this.tokenizeLine(line, stack));
      depthAfter.push(stack.length);
    }
    return { scopes, depthAfter };
  }

  tokenizeLine(line: string, stack: Frame[]): LineScopes {
    const root = [this.g.scopeName];
    const chars: LineScopes = Array.from({ length: line.length }, () => root);
    const fill = (from: number, to: number, s: string[]): void => {
      for (let i = from; i < to; i++) chars[i] = s;
    };
    const applyCaptures = (m: RegExpExecArray, base: string[], caps: Record<string, RawCapture> | undefined): void => {
      fill(m.index, m.index + m[0].length, base);
      if (!caps || !m.indices) return;
      for (let g = 0; g < m.length; g++) {
        const names = splitNames(caps[String(g)]?.name);
        const span = m.indices[g];
        if (!names.length || !span) continue;
        for (let i = span[0]; i < span[1]; i++) chars[i] = [...chars[i], ...names];
      }
    };
    for (const f of stack) f.anchor = -1; // \G never matches at the start of a following line
    let pos = 0;
    let guard = 0;
    while (pos <= line.length) {
      if (++guard > 10_000) throw new Error(`tokenizer loop on line: ${line}`);
      const top = stack[stack.length - 1];
      const anchor = top ? top.anchor : -1;
      let best: Candidate | null = null;
      if (top) {
        const m = this.exec(top.endSource, anchor, line, pos);
        if (m) best = { m, kind: 'end' };
      }
      for (const rule of this.patterns(top ? (top.rule.patterns ?? []) : this.g.patterns)) {
        const m = this.exec((rule.match ?? rule.begin) as string, anchor, line, pos);
        if (m && (!best || m.index < best.m.index)) best = { m, kind: rule.match !== undefined ? 'match' : 'begin', rule };
      }
      const current = top ? top.contentScopes : root;
      if (!best) {
        fill(pos, line.length, current);
        break;
      }
      const { m } = best;
      const end = m.index + m[0].length;
      fill(pos, m.index, current);
      if (best.kind === 'end' && top) {
        applyCaptures(m, top.scopes, top.rule.endCaptures ?? top.rule.captures);
        stack.pop();
      } else if (best.kind === 'match' && best.rule) {
        if (end === m.index && end >= line.length) break; // empty match at end of line: nothing left to do
        applyCaptures(m, [...current, ...splitNames(best.rule.name)], best.rule.captures);
        if (end === m.index) {
          pos++;
          continue;
        }
      } else if (best.rule) {
        const rule = best.rule;
        const s = [...current, ...splitNames(rule.name)];
        applyCaptures(m, s, rule.beginCaptures ?? rule.captures);
        stack.push({
          rule,
          endSource: resolveBackReferences(rule.end ?? '(?!)', Array.from(m)),
          anchor: end,
          scopes: s,
          contentScopes: [...s, ...splitNames(rule.contentName)],
        });
      }
      pos = end;
    }
    return chars;
  }
}

// ---------------------------------------------------------------------------------------------- expectations

interface Case {
  name: string;
  lines: string[];
  /** [line index, text (first occurrence), scope that every character of it must carry] */
  expect: Array<[number, string, string]>;
  /** [line index, text, scope prefix that none of its characters may carry] */
  absent?: Array<[number, string, string]>;
}

const SEVERITIES = ['catastrophic', 'disaster', 'fatal', 'critical', 'major', 'minor', 'warning', 'notification', 'normal', 'debugging'];
const ALERT_GROUPS = ['all', 'configuration', 'crash', 'diagnostic', 'environment', 'inventory', 'snapshot', 'syslog'];

const CASES: Case[] = [
  {
    name: 'prompt line (pasted transcript)',
    lines: ['Device(cfg-call-home-profile)# destination transport-method http', 'Router(config)# call-home', 'R18#sh run | sec pki', 'Router#', 'Device (cfg-call-home-profile) # active'],
    expect: [
      [0, 'Device(cfg-call-home-profile)#', 'meta.prompt.cisco-ios'],
      [0, 'Device', 'entity.name.tag.hostname.cisco-ios'],
      [0, '(', 'punctuation.definition.mode.begin.cisco-ios'],
      [0, 'cfg-call-home-profile', 'entity.other.attribute-name.mode.cisco-ios'],
      [0, ')', 'punctuation.definition.mode.end.cisco-ios'],
      [0, '#', 'keyword.operator.prompt.cisco-ios'],
      [0, 'destination', 'keyword.other.call-home.cisco-ios'],
      [0, 'transport-method', 'keyword.other.call-home.cisco-ios'],
      [0, 'http', 'constant.language.transport-method.cisco-ios'],
      [1, 'call-home', 'keyword.control.block.cisco-ios'],
      [2, 'R18', 'entity.name.tag.hostname.cisco-ios'],
      [2, 'sh', 'keyword.other.exec.cisco-ios'],
      [3, '#', 'keyword.operator.prompt.cisco-ios'],
      [4, 'cfg-call-home-profile', 'entity.other.attribute-name.mode.cisco-ios'],
      [4, 'active', 'keyword.other.call-home.cisco-ios'],
    ],
    absent: [[0, 'destination', 'meta.prompt']],
  },
  {
    name: 'comments',
    lines: ['! Last configuration change at 06:50:39 UTC Sun Mar 22 2020 by admin', ' ! If contact email address in call-home is configured as sch-smart-licensing@cisco.com', '!'],
    expect: [
      [0, '! Last configuration change at 06:50:39 UTC Sun Mar 22 2020 by admin', 'comment.line.exclamation.cisco-ios'],
      [0, '!', 'punctuation.definition.comment.cisco-ios'],
      [1, '! If contact', 'comment.line.exclamation.cisco-ios'],
      [2, '!', 'comment.line.exclamation.cisco-ios'],
    ],
    absent: [
      [1, 'sch-smart-licensing@cisco.com', 'string.unquoted.email'],
      [1, 'call-home', 'keyword'],
      [0, '06:50:39', 'constant'],
    ],
  },
  {
    name: 'contact e-mail and contact information',
    lines: ['contact-email-addr a@b.com', ' contact-email-addr your.org.email@domain', ' phone-number +1-222-333-4444', ' customer-id Customer1234', ' street-address "1234 Any Street"'],
    expect: [
      [0, 'contact-email-addr', 'keyword.other.call-home.cisco-ios'],
      [0, 'a@b.com', 'string.unquoted.email.cisco-ios'],
      [1, 'your.org.email@domain', 'string.unquoted.email.cisco-ios'],
      [2, 'phone-number', 'keyword.other.call-home.cisco-ios'],
      [2, '+1-222-333-4444', 'string.unquoted.value.cisco-ios'],
      [3, 'Customer1234', 'string.unquoted.value.cisco-ios'],
      [4, '"1234 Any Street"', 'string.quoted.double.cisco-ios'],
      [4, '"', 'punctuation.definition.string.begin.cisco-ios'],
    ],
  },
  {
    name: 'certificate hex body',
    lines: [
      'crypto pki certificate chain TP-self-signed-294591619',
      ' certificate self-signed 01',
      '  3082032E 30820216 A0030201 02020101 300D0609 2A864886 F70D0101 05050030',
      '  443de3f8 3b796834 acca7ee6 1991d158 7306',
      '  32',
      '        quit',
      ' certificate ca 01 nvram:CiscoLicensi#1CA.cer',
      '  add',
    ],
    expect: [
      [0, 'crypto', 'keyword.control.block.cisco-ios'],
      [0, 'chain', 'keyword.control.block.cisco-ios'],
      [0, 'TP-self-signed-294591619', 'entity.name.type.certificate-chain.cisco-ios'],
      [1, 'certificate', 'keyword.other.crypto-pki.cisco-ios'],
      [1, 'self-signed', 'constant.language.certificate-type.cisco-ios'],
      [1, '01', 'constant.numeric.serial.cisco-ios'],
      [2, '  3082032E 30820216 A0030201 02020101 300D0609 2A864886 F70D0101 05050030', 'constant.other.certificate.hex.cisco-ios'],
      [3, '  443de3f8 3b796834 acca7ee6 1991d158 7306', 'constant.other.certificate.hex.cisco-ios'],
      [4, '32', 'constant.other.certificate.hex.cisco-ios'],
      [5, 'quit', 'keyword.other.crypto-pki.cisco-ios'],
      [6, 'ca', 'constant.language.certificate-type.cisco-ios'],
      [6, 'nvram:CiscoLicensi#1CA.cer', 'string.unquoted.file-path.cisco-ios'],
    ],
    absent: [
      [0, 'TP-self-signed-294591619', 'keyword'],
      [7, 'add', 'constant.other.certificate'],
    ],
  },
  {
    name: 'typographic quotes',
    lines: ['“quoted”', 'street-address “1234 Any Street, Any city”', 'call-home request output-analysis “show diag” profile TG'],
    expect: [
      [0, '“quoted”', 'invalid.deprecated.typographic-quote.cisco-ios'],
      [1, 'street-address', 'keyword.other.call-home.cisco-ios'],
      [1, '“1234 Any Street, Any city”', 'invalid.deprecated.typographic-quote.cisco-ios'],
      [2, '“show diag”', 'invalid.deprecated.typographic-quote.cisco-ios'],
      [2, 'TG', 'variable.other.profile.cisco-ios'],
    ],
  },
  {
    name: 'no / default prefixes',
    lines: ['no active', '  default active', 'no profile CiscoTAC-1', 'no platform punt-keepalive disable-kernel-core', ' no destination transport-method email'],
    expect: [
      [0, 'no', 'keyword.operator.negation.cisco-ios'],
      [0, 'active', 'keyword.other.call-home.cisco-ios'],
      [1, 'default', 'keyword.operator.default.cisco-ios'],
      [1, 'active', 'keyword.other.call-home.cisco-ios'],
      [2, 'no', 'keyword.operator.negation.cisco-ios'],
      [2, 'CiscoTAC-1', 'support.constant.profile.ciscotac.cisco-ios'],
      [3, 'no', 'keyword.operator.negation.cisco-ios'],
      [4, 'no', 'keyword.operator.negation.cisco-ios'],
      [4, 'email', 'constant.language.transport-method.cisco-ios'],
    ],
  },
  {
    name: 'call-home block with profiles',
    lines: [
      'service call-home',
      'call-home',
      ' mail-server admin:pw@smtp.example.com priority 1 secure tls',
      ' mail-server 192.168.0.1 priority 2',
      ' sender reply-to noc@example.com',
      ' rate-limit 40',
      ' vrf Mgmt-vrf',
      ' source-interface GigabitEthernet0/0/1.100',
      ' source-ip-address 2001:db8::1',
      ' http-proxy proxy.example.com port 8080',
      ' aaa-authorization username callhome',
      ' data-privacy level high',
      ' syslog-throttling',
      ' profile "CiscoTAC-1"',
      '  active',
      '  destination address http https://tools.cisco.com/its/service/oddce/services/DDCEService',
      '  anonymous-reporting-only',
      ' profile noc',
      '  destination address email ops@example.com',
      '  destination preferred-msg-format long-text',
      '  destination message-size-limit 3145728',
      '  reporting smart-licensing-data',
      '  subscribe-to-alert-group syslog severity major pattern ".*CALL_LOOP.*"',
      '  subscribe-to-alert-group inventory periodic weekly monday 14:30',
      ' alert-group-config snapshot',
      '  add-command "show version"',
      ' copy profile noc noc2',
      ' rename profile noc2 noc3',
      ' no http secure server-identity-check',
      ' alert-group all',
    ],
    expect: [
      [0, 'service', 'keyword.other.cisco-ios'],
      [0, 'call-home', 'keyword.other.call-home.cisco-ios'],
      [1, 'call-home', 'keyword.control.block.cisco-ios'],
      [2, 'mail-server', 'keyword.other.call-home.cisco-ios'],
      [2, 'admin:pw@smtp.example.com', 'string.unquoted.email.cisco-ios'],
      [2, 'priority', 'keyword.other.call-home.cisco-ios'],
      [2, '1', 'constant.numeric.integer.cisco-ios'],
      [2, 'secure', 'keyword.other.call-home.cisco-ios'],
      [2, 'tls', 'keyword.other.call-home.cisco-ios'],
      [3, '192.168.0.1', 'constant.numeric.ipv4.cisco-ios'],
      [4, 'reply-to', 'keyword.other.call-home.cisco-ios'],
      [4, 'noc@example.com', 'string.unquoted.email.cisco-ios'],
      [5, 'rate-limit', 'keyword.other.call-home.cisco-ios'],
      [5, '40', 'constant.numeric.integer.cisco-ios'],
      [6, 'vrf', 'keyword.other.call-home.cisco-ios'],
      [6, 'Mgmt-vrf', 'variable.other.vrf.cisco-ios'],
      [7, 'source-interface', 'keyword.other.call-home.cisco-ios'],
      [7, 'GigabitEthernet0/0/1.100', 'entity.name.type.interface.cisco-ios'],
      [8, 'source-ip-address', 'keyword.other.call-home.cisco-ios'],
      [8, '2001:db8::1', 'constant.numeric.ipv6.cisco-ios'],
      [9, 'http-proxy', 'keyword.other.call-home.cisco-ios'],
      [9, 'port', 'keyword.other.call-home.cisco-ios'],
      [10, 'aaa-authorization', 'keyword.other.call-home.cisco-ios'],
      [10, 'username', 'keyword.other.call-home.cisco-ios'],
      [11, 'data-privacy', 'keyword.other.call-home.cisco-ios'],
      [11, 'high', 'constant.language.data-privacy.cisco-ios'],
      [12, 'syslog-throttling', 'keyword.other.call-home.cisco-ios'],
      [13, 'profile', 'keyword.other.call-home.cisco-ios'],
      [13, 'CiscoTAC-1', 'support.constant.profile.ciscotac.cisco-ios'],
      [13, '"', 'string.quoted.double.cisco-ios'],
      [14, 'active', 'keyword.other.call-home.cisco-ios'],
      [15, 'address', 'keyword.other.call-home.cisco-ios'],
      [15, 'http', 'constant.language.transport-method.cisco-ios'],
      [15, 'https://tools.cisco.com/its/service/oddce/services/DDCEService', 'string.unquoted.url.cisco-ios'],
      [15, 'https://tools.cisco.com/its/service/oddce/services/DDCEService', 'markup.underline.link.cisco-ios'],
      [16, 'anonymous-reporting-only', 'keyword.other.call-home.cisco-ios'],
      [17, 'noc', 'entity.name.type.profile.cisco-ios'],
      [18, 'email', 'constant.language.transport-method.cisco-ios'],
      [18, 'ops@example.com', 'string.unquoted.email.cisco-ios'],
      [19, 'preferred-msg-format', 'keyword.other.call-home.cisco-ios'],
      [19, 'long-text', 'constant.language.message-format.cisco-ios'],
      [20, 'message-size-limit', 'keyword.other.call-home.cisco-ios'],
      [20, '3145728', 'constant.numeric.integer.cisco-ios'],
      [21, 'reporting', 'keyword.other.call-home.cisco-ios'],
      [21, 'smart-licensing-data', 'constant.language.reporting.cisco-ios'],
      [22, 'subscribe-to-alert-group', 'keyword.other.call-home.cisco-ios'],
      [22, 'syslog', 'constant.language.alert-group.cisco-ios'],
      [22, 'severity', 'keyword.other.call-home.cisco-ios'],
      [22, 'major', 'constant.language.severity.cisco-ios'],
      [22, 'pattern', 'keyword.other.call-home.cisco-ios'],
      [22, '".*CALL_LOOP.*"', 'string.quoted.double.cisco-ios'],
      [23, 'inventory', 'constant.language.alert-group.cisco-ios'],
      [23, 'periodic', 'keyword.other.call-home.cisco-ios'],
      [23, 'weekly', 'constant.language.period.cisco-ios'],
      [23, 'monday', 'constant.language.weekday.cisco-ios'],
      [23, '14:30', 'constant.numeric.time.cisco-ios'],
      [24, 'alert-group-config', 'keyword.other.call-home.cisco-ios'],
      [24, 'snapshot', 'constant.language.alert-group.cisco-ios'],
      [25, 'add-command', 'keyword.other.call-home.cisco-ios'],
      [25, '"show version"', 'string.quoted.double.cisco-ios'],
      [26, 'copy', 'keyword.other.call-home.cisco-ios'],
      [26, 'noc', 'variable.other.profile.cisco-ios'],
      [26, 'noc2', 'variable.other.profile.cisco-ios'],
      [27, 'rename', 'keyword.other.call-home.cisco-ios'],
      [28, 'no', 'keyword.operator.negation.cisco-ios'],
      [28, 'server-identity-check', 'keyword.other.call-home.cisco-ios'],
      [29, 'all', 'constant.language.alert-group.cisco-ios'],
    ],
    absent: [
      [25, 'show version', 'keyword'],
      [2, 'smtp.example.com', 'constant.numeric'],
    ],
  },
  {
    name: 'severity and alert group names',
    lines: [
      ...SEVERITIES.map((s) => ` subscribe-to-alert-group syslog severity ${s}`),
      ...ALERT_GROUPS.map((g) => ` subscribe-to-alert-group ${g}`),
    ],
    expect: [
      ...SEVERITIES.map((s, i): [number, string, string] => [i, s, 'constant.language.severity.cisco-ios']),
      ...ALERT_GROUPS.map((g, i): [number, string, string] => [SEVERITIES.length + i, g, 'constant.language.alert-group.cisco-ios']),
    ],
  },
  {
    name: 'EXEC call-home commands',
    lines: ['call-home send alert-group inventory profile CiscoTAC-1', 'call-home test "hello world" profile p1', 'call-home reporting contact-email-addr email@company.com', 'show call-home profile all'],
    expect: [
      [0, 'call-home', 'keyword.other.call-home.cisco-ios'],
      [0, 'send', 'keyword.other.call-home.cisco-ios'],
      [0, 'alert-group', 'keyword.other.call-home.cisco-ios'],
      [0, 'inventory', 'constant.language.alert-group.cisco-ios'],
      [0, 'CiscoTAC-1', 'support.constant.profile.ciscotac.cisco-ios'],
      [1, '"hello world"', 'string.quoted.double.cisco-ios'],
      [1, 'p1', 'variable.other.profile.cisco-ios'],
      [2, 'email@company.com', 'string.unquoted.email.cisco-ios'],
      [3, 'show', 'keyword.other.exec.cisco-ios'],
      [3, 'call-home', 'keyword.other.call-home.cisco-ios'],
    ],
    absent: [[0, 'call-home', 'keyword.control.block']],
  },
  {
    name: 'crypto pki trustpoint',
    lines: [
      'crypto pki trustpoint cisco',
      ' enrollment terminal',
      ' enrollment url http://10.0.0.1:80',
      ' revocation-check crl none',
      ' rsakeypair TP-self-signed-294591619',
      ' subject-name cn=IOS-Self-Signed-Certificate-294591619',
      'exit',
      'crypto pki authenticate cisco',
      'MIIDAjCCAmsCEH3Z/gfPqB63EHln+6eJNMYwDQYJKoZIhvcNAQEFBQAwgcExCzAJ',
      'quit',
      'end',
      'crypto ca trustpoint Trustpool',
    ],
    expect: [
      [0, 'trustpoint', 'keyword.control.block.cisco-ios'],
      [0, 'cisco', 'entity.name.type.trustpoint.cisco-ios'],
      [1, 'enrollment', 'keyword.other.crypto-pki.cisco-ios'],
      [1, 'terminal', 'constant.language.crypto-pki.cisco-ios'],
      [2, 'http://10.0.0.1:80', 'string.unquoted.url.cisco-ios'],
      [3, 'revocation-check', 'keyword.other.crypto-pki.cisco-ios'],
      [3, 'crl', 'constant.language.crypto-pki.cisco-ios'],
      [3, 'none', 'constant.language.crypto-pki.cisco-ios'],
      [4, 'rsakeypair', 'keyword.other.crypto-pki.cisco-ios'],
      [4, 'TP-self-signed-294591619', 'variable.other.keypair.cisco-ios'],
      [5, 'subject-name', 'keyword.other.crypto-pki.cisco-ios'],
      [5, 'cn=IOS-Self-Signed-Certificate-294591619', 'string.unquoted.distinguished-name.cisco-ios'],
      [6, 'exit', 'keyword.control.mode.cisco-ios'],
      [7, 'authenticate', 'keyword.other.crypto-pki.cisco-ios'],
      [7, 'cisco', 'variable.other.trustpoint.cisco-ios'],
      [8, 'MIIDAjCCAmsCEH3Z/gfPqB63EHln+6eJNMYwDQYJKoZIhvcNAQEFBQAwgcExCzAJ', 'constant.other.certificate.base64.cisco-ios'],
      [9, 'quit', 'keyword.other.crypto-pki.cisco-ios'],
      [10, 'end', 'keyword.control.mode.cisco-ios'],
      [11, 'Trustpool', 'entity.name.type.trustpoint.cisco-ios'],
    ],
  },
  {
    name: 'banner with back-referenced delimiter',
    lines: ['banner motd ^C', ' no active "x" # (a) contact-email-addr a@b.com', '^C', 'interface Vlan200', 'banner login # one line # ', 'hostname R1', 'banner exec ^C text ^C'],
    expect: [
      [0, 'banner', 'keyword.other.banner.cisco-ios'],
      [0, 'motd', 'constant.language.banner-type.cisco-ios'],
      [0, '^C', 'punctuation.definition.string.begin.cisco-ios'],
      [1, ' no active "x" # (a) contact-email-addr a@b.com', 'string.unquoted.banner.cisco-ios'],
      [2, '^C', 'punctuation.definition.string.end.cisco-ios'],
      [3, 'interface', 'keyword.control.block.cisco-ios'],
      [3, 'Vlan200', 'entity.name.type.interface.cisco-ios'],
      [4, ' one line ', 'string.unquoted.banner.cisco-ios'],
      [5, 'hostname', 'keyword.other.cisco-ios'],
      [5, 'R1', 'entity.name.tag.hostname.cisco-ios'],
      [6, ' text ', 'string.unquoted.banner.cisco-ios'],
    ],
    absent: [
      [1, 'no', 'keyword'],
      [1, 'a@b.com', 'string.unquoted.email'],
      [3, 'interface', 'string'],
      [5, 'hostname', 'string'],
    ],
  },
  {
    name: 'interfaces, addresses, numbers and placeholders',
    lines: [
      'interface GigabitEthernet1/0/1',
      ' ip address 10.10.10.10 255.255.255.0',
      ' description uplink to core 10.1.1.1 profile x',
      'ip http client source-interface Loopback0',
      ' switchport access vlan 11',
      'interface Serial0/0/0:1',
      'interface Port-channel10',
      'interface TenGigabitEthernet1/1/1',
      'interface Gi1/0/1.100',
      'ipv6 route ::/0 2001:db8:0:1::1',
      'username admin secret 5 $1$Wi5I$ppttQ/LhX5YiS71SUQKMn0',
      ' contact-email-addr {{ contact_email }}',
      ' mail-server $SMTP_HOST priority 1',
    ],
    expect: [
      [0, 'interface', 'keyword.control.block.cisco-ios'],
      [0, 'GigabitEthernet1/0/1', 'entity.name.type.interface.cisco-ios'],
      [1, '10.10.10.10', 'constant.numeric.ipv4.cisco-ios'],
      [1, '255.255.255.0', 'constant.numeric.ipv4.cisco-ios'],
      [2, 'description', 'keyword.other.cisco-ios'],
      [2, 'uplink to core 10.1.1.1 profile x', 'string.unquoted.description.cisco-ios'],
      [3, 'Loopback0', 'entity.name.type.interface.cisco-ios'],
      [4, '11', 'constant.numeric.integer.cisco-ios'],
      [5, 'Serial0/0/0:1', 'entity.name.type.interface.cisco-ios'],
      [6, 'Port-channel10', 'entity.name.type.interface.cisco-ios'],
      [7, 'TenGigabitEthernet1/1/1', 'entity.name.type.interface.cisco-ios'],
      [8, 'Gi1/0/1.100', 'entity.name.type.interface.cisco-ios'],
      [9, '::/0', 'constant.numeric.ipv6.cisco-ios'],
      [9, '2001:db8:0:1::1', 'constant.numeric.ipv6.cisco-ios'],
      [11, '{{ contact_email }}', 'variable.other.placeholder.cisco-ios'],
      [12, '$SMTP_HOST', 'variable.other.placeholder.cisco-ios'],
    ],
    absent: [
      [4, 'vlan', 'entity.name.type.interface'],
      [10, '$1$Wi5I$ppttQ/LhX5YiS71SUQKMn0', 'constant.numeric'],
      [2, '10.1.1.1', 'constant.numeric'],
    ],
  },
  {
    name: 'flat configure-terminal input',
    lines: ['conf t', 'call-home', 'profile CiscoTAC-1', 'destination transport-method http', 'active', 'exit', 'contact-email-addr noc@example.com', 'exit', 'service call-home', 'end'],
    expect: [
      [0, 'conf', 'keyword.control.mode.cisco-ios'],
      [0, 't', 'keyword.control.mode.cisco-ios'],
      [1, 'call-home', 'keyword.control.block.cisco-ios'],
      [2, 'CiscoTAC-1', 'support.constant.profile.ciscotac.cisco-ios'],
      [3, 'http', 'constant.language.transport-method.cisco-ios'],
      [4, 'active', 'keyword.other.call-home.cisco-ios'],
      [5, 'exit', 'keyword.control.mode.cisco-ios'],
      [9, 'end', 'keyword.control.mode.cisco-ios'],
    ],
  },
];

type Tokenize = (lines: string[]) => LineScopes[];

function checkCase(tokenize: Tokenize, c: Case): void {
  const scopes = tokenize(c.lines);
  // first occurrence of `text` as a whole token (not inside a longer word: "ca" is not found in "certificate")
  const span = (li: number, text: string): [number, number] => {
    const line = c.lines[li];
    const word = /[A-Za-z0-9]/;
    let at = line.indexOf(text);
    while (at >= 0 && ((word.test(text[0]) && word.test(line[at - 1] ?? '')) || (word.test(text[text.length - 1]) && word.test(line[at + text.length] ?? ''))))
      {at = line.indexOf(text, at + 1);}
    assert.ok(at >= 0, `${c.name}: "${text}" not found in line ${li}: ${line}`);
    return [at, at + text.length];
  };
  for (const [li, text, scope] of c.expect) {
    const [a, b] = span(li, text);
    for (let i = a; i < b; i++) {
      const s = scopes[li][i];
      assert.ok(s.includes(scope), `${c.name}: "${text}" (line ${li}: ${c.lines[li]}) char ${i - a} has [${s.join(', ')}], expected ${scope}`);
    }
  }
  for (const [li, text, prefix] of c.absent ?? []) {
    const [a, b] = span(li, text);
    for (let i = a; i < b; i++) {
      const bad = scopes[li][i].find((x) => x.startsWith(prefix));
      assert.equal(bad, undefined, `${c.name}: "${text}" (line ${li}) must not have ${prefix}*, has ${bad}`);
    }
  }
}

// ---------------------------------------------------------------------------------------------- grammar tests

describe('grammar: structure', () => {
  it('parses and declares the language scope', () => {
    assert.equal(grammar.scopeName, 'source.cisco-ios');
    assert.ok(Array.isArray(grammar.patterns) && grammar.patterns.length > 0);
  });

  it('resolves every include and uses every repository entry', () => {
    const used = new Set<string>();
    for (const { where, rule } of collectRules()) {
      if (!rule.include) continue;
      if (rule.include === '$self' || rule.include === '$base') continue;
      assert.ok(rule.include.startsWith('#'), `${where}: only local includes are used (${rule.include})`);
      const key = rule.include.slice(1);
      assert.ok(grammar.repository[key], `${where}: include ${rule.include} has no repository entry`);
      used.add(key);
    }
    for (const key of Object.keys(grammar.repository)) assert.ok(used.has(key), `repository entry #${key} is never included`);
  });

  it('suffixes every scope name with .cisco-ios', () => {
    for (const { where, rule } of collectRules()) {
      if (where === '$') continue; // the grammar's display name
      const names = [rule.name, rule.contentName];
      for (const caps of [rule.captures, rule.beginCaptures, rule.endCaptures]) for (const c of Object.values(caps ?? {})) names.push(c.name);
      for (const n of names) for (const part of splitNames(n)) assert.match(part, /^[a-z][a-z0-9-]*(\.[a-z0-9-]+)*\.cisco-ios$/, `${where}: scope ${part}`);
    }
  });

  it('rules have either match or begin/end, and capture numbers exist in their regex', () => {
    for (const { where, rule } of collectRules()) {
      if (rule.include || where === '$') continue;
      if (rule.match !== undefined) {
        assert.equal(rule.begin, undefined, `${where}: match and begin`);
        const n = countGroupsJs(rule.match);
        for (const k of Object.keys(rule.captures ?? {})) assert.ok(Number(k) <= n, `${where}: capture ${k} > ${n} groups`);
      } else if (rule.begin !== undefined) {
        assert.equal(typeof rule.end, 'string', `${where}: begin without end`);
        const nb = countGroupsJs(rule.begin);
        for (const k of Object.keys(rule.beginCaptures ?? {})) assert.ok(Number(k) <= nb, `${where}: beginCapture ${k} > ${nb}`);
        const ne = countGroupsJs(resolveBackReferences(rule.end as string, []));
        for (const k of Object.keys(rule.endCaptures ?? {})) assert.ok(Number(k) <= ne, `${where}: endCapture ${k} > ${ne}`);
        for (const r of parseRegex(rule.end as string).backrefs) assert.ok(r <= nb, `${where}: end refers to begin group ${r} > ${nb}`);
      } else {
        assert.ok(rule.patterns, `${where}: rule without match, begin or patterns`);
      }
    }
  });
});

describe('grammar: regexes (Oniguruma / JS common subset)', () => {
  const sites = collectRegexes();

  it('has regexes to check', () => assert.ok(sites.length > 40, `${sites.length} regexes`));

  it('every regex compiles as a JS RegExp (with \\G rewritten)', () => {
    for (const s of sites) {
      const src = s.key === 'end' ? resolveBackReferences(s.source, ['', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x']) : s.source;
      assert.doesNotThrow(() => new RegExp(toJsSource(src, -1), 'dg'), `${s.where}.${s.key}: ${s.source}`);
      assert.doesNotThrow(() => new RegExp(toJsSource(src, 3), 'dg'), `${s.where}.${s.key}: ${s.source}`);
    }
  });

  it('uses only constructs that mean the same in Oniguruma and JS', () => {
    for (const s of sites) {
      const p = parseRegex(s.source);
      const at = `${s.where}.${s.key}: ${s.source}`;
      // Oniguruma-only or JS-only syntax
      assert.doesNotMatch(s.source, /\(\?<[A-Za-z]|\\k<|\(\?[imx-]+[:)]|\(\?>|\\[hHAzZpPRXKy]/, `${at}: named group, inline flag, atomic group or engine-specific escape`);
      assert.doesNotMatch(p.outside, /[*+?}][+]/, `${at}: possessive quantifier`);
      for (const cls of p.classes) {
        assert.ok(!cls.includes('&&'), `${at}: class intersection ${cls}`);
        assert.ok(!/[^\\]\[/.test(cls.slice(1)), `${at}: nested [ in class ${cls}`);
      }
      // lookbehinds must be fixed-length for Oniguruma
      for (const lb of p.lookbehinds) {
        const body = parseRegex(lb).outside;
        assert.doesNotMatch(body, /[*+]|\?(?!:)|\{\d+,\d*\}/, `${at}: variable-length lookbehind (?<…${lb})`);
      }
      // \G only as "line start or right after the prompt"
      const gOk = (s.source.match(/\(\?:\^\|\\G\)/g) ?? []).length;
      assert.equal(p.gUses, gOk, `${at}: \\G outside (?:^|\\G)`);
      // back-references only in end patterns (they refer to the begin captures)
      if (s.key !== 'end') assert.deepEqual(p.backrefs, [], `${at}: back-reference outside an end pattern`);
    }
  });

  it('every regex runs in linear time on adversarial lines', () => {
    const n = 20_000;
    const inputs = [
      'a'.repeat(n),
      ' '.repeat(n),
      '\t '.repeat(n / 2),
      'a-'.repeat(n / 2),
      '1.'.repeat(n / 2),
      '1:'.repeat(n / 2),
      'a:'.repeat(n / 2),
      'A1'.repeat(n / 2),
      'a@'.repeat(n / 2),
      'a.b@'.repeat(n / 4),
      '"'.repeat(n),
      '“'.repeat(n),
      'Gi1/'.repeat(n / 4),
      '0123ABCD '.repeat(n / 9),
      '0123ABCD'.repeat(n / 8),
      'AB '.repeat(n / 3),
      'ab+/'.repeat(n / 4),
      'http://'.repeat(n / 7),
      '{{'.repeat(n / 2),
      '$a'.repeat(n / 2),
      'profile '.repeat(n / 8),
      'no '.repeat(n / 3),
      ' 1'.repeat(n / 2),
      '::'.repeat(n / 2),
      'f:'.repeat(n / 2),
    ].flatMap((s) => [s, `${s}!`, `  ${s}\u0001`]);
    for (const s of sites) {
      const src = s.key === 'end' ? resolveBackReferences(s.source, ['', '^C', '^C', '^C']) : s.source;
      for (const anchor of [-1, 0]) {
        const re = new RegExp(toJsSource(src, anchor), 'g');
        const t0 = performance.now();
        for (const input of inputs) {
          re.lastIndex = 0;
          let guard = 0;
          for (let m = re.exec(input); m && guard < n * 2; m = re.exec(input), guard++) if (m[0] === '') re.lastIndex++;
        }
        const ms = performance.now() - t0;
        assert.ok(ms < 500, `${s.where}.${s.key} took ${ms.toFixed(0)} ms on ${inputs.length} lines of ${n} chars: ${s.source}`);
      }
    }
  });
});

describe('grammar: tokenization (mini TextMate engine)', () => {
  const mini = new MiniTokenizer(grammar);
  const tokenize: Tokenize = (lines) => mini.tokenizeLines(lines).scopes;
  for (const c of CASES) it(c.name, () => checkCase(tokenize, c));

  it('block openers at column 0 and after a prompt', () => {
    const lines = ['interface Vlan200', 'router ospf 1', 'line vty 0 4', 'call-home', 'crypto pki trustpoint TP', 'crypto pki certificate chain TP', 'Router(config)# crypto pki trustpoint TP'];
    const sc = tokenize(lines);
    lines.forEach((l, i) => {
      const at = l.indexOf('# ') >= 0 ? l.indexOf('# ') + 2 : 0;
      assert.ok(sc[i][at].includes('keyword.control.block.cisco-ios'), `${l}: ${sc[i][at].join(',')}`);
    });
  });

  it('keywords are not found inside names, hostnames, addresses and paths', () => {
    const lines = ['crypto pki trustpoint my-profile-active', 'ip domain name call-home.example.com', ' destination address http https://example.com/profile/active'];
    const sc = tokenize(lines);
    assert.ok(!sc[0].slice(22).some((s) => s.some((x) => x.startsWith('keyword'))), 'trustpoint name');
    assert.ok(!sc[1].slice(15).some((s) => s.some((x) => x.startsWith('keyword'))), 'domain name');
    const urlAt = lines[2].indexOf('https');
    assert.ok(sc[2].slice(urlAt).every((s) => s.includes('string.unquoted.url.cisco-ios')), 'url');
  });

  it('tokenizes every real config of the corpus: no runaway regions, hex bodies scoped, no invalid tokens', { skip: !fs.existsSync(CORPUS_DIR) && 'no ../shared/corpus' }, () => {
    const files = fs.readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.cfg'));
    assert.ok(files.length > 0);
    for (const f of files) {
      const lines = fs.readFileSync(path.join(CORPUS_DIR, f), 'utf8').split(/\r?\n/);
      const t0 = performance.now();
      const { scopes, depthAfter } = mini.tokenizeLines(lines);
      assert.ok(performance.now() - t0 < 2000, `${f}: slow`);
      assert.equal(depthAfter[depthAfter.length - 1], 0, `${f}: a begin/end region is still open at the end of the file`);
      let inBody = false;
      lines.forEach((line, i) => {
        const where = `${f}:${i + 1}: ${line}`;
        // only banners may stay open across lines
        if (depthAfter[i] > 0) assert.ok(scopes[i].length === 0 || line.length === 0 || scopes[i].some((s) => s.includes('meta.banner.cisco-ios')), where);
        assert.ok(!scopes[i].some((s) => s.some((x) => x.startsWith('invalid'))), `${where}: invalid token`);
        if (/^\s*quit\s*$/.test(line)) {
          inBody = false;
          assert.ok(scopes[i][line.indexOf('quit')].includes('keyword.other.crypto-pki.cisco-ios'), where);
        } else if (inBody && line.trim() !== '') {
          const first = line.search(/\S/);
          assert.ok(scopes[i].slice(first).every((s) => s.includes('constant.other.certificate.hex.cisco-ios')), `${where}: hex body not scoped`);
        }
        if (/^\s*certificate\s+(?:(?:ca|self-signed)\s+)?[0-9A-Fa-f]+\s*$/.test(line)) inBody = true;
      });
    }
  });
});

// ---------------------------------------------------------------------------------------------- real engine (optional)

function realEngineDir(): string | null {
  for (const d of [process.env.CALLHOME_TEXTMATE_NODE_MODULES, path.join(ROOT, 'node_modules')]) {
    if (d && fs.existsSync(path.join(d, 'vscode-textmate', 'package.json')) && fs.existsSync(path.join(d, 'vscode-oniguruma', 'release', 'onig.wasm'))) return d;
  }
  return null;
}

const ENGINE_DIR = realEngineDir();

describe('grammar: real vscode-textmate + Oniguruma', { skip: !ENGINE_DIR && 'vscode-textmate / vscode-oniguruma not available (set CALLHOME_TEXTMATE_NODE_MODULES)' }, () => {
  /* eslint-disable @typescript-eslint/no-explicit-any */
  let onig: any;
  let tmGrammar: any;
  let vsctm: any;
  before(async () => {
    const dir = ENGINE_DIR as string;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const load = (m: string): any => require(path.join(dir, m));
    vsctm = load('vscode-textmate');
    onig = load('vscode-oniguruma');
    const wasm = fs.readFileSync(path.join(dir, 'vscode-oniguruma', 'release', 'onig.wasm'));
    await onig.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const registry = new vsctm.Registry({
      onigLib: Promise.resolve({ createOnigScanner: (p: string[]) => new onig.OnigScanner(p), createOnigString: (s: string) => new onig.OnigString(s) }),
      loadGrammar: async (scope: string) => (scope === 'source.cisco-ios' ? vsctm.parseRawGrammar(grammarText, GRAMMAR_PATH) : null),
    });
    tmGrammar = await registry.loadGrammar('source.cisco-ios');
  });

  it('Oniguruma compiles every regex', () => {
    for (const s of collectRegexes()) {
      const src = s.key === 'end' ? resolveBackReferences(s.source, ['', 'x', 'x', 'x']) : s.source;
      assert.doesNotThrow(() => new onig.OnigScanner([src]).dispose?.(), `${s.where}.${s.key}: ${s.source}`);
    }
  });

  const tokenizeReal: Tokenize = (lines) => {
    let state = vsctm.INITIAL;
    return lines.map((line) => {
      const r = tmGrammar.tokenizeLine(line, state);
      state = r.ruleStack;
      const chars: LineScopes = Array.from({ length: line.length }, () => []);
      for (const t of r.tokens) for (let i = t.startIndex; i < Math.min(t.endIndex, line.length); i++) chars[i] = t.scopes;
      return chars;
    });
  };

  for (const c of CASES) it(c.name, () => checkCase(tokenizeReal, c));

  it('gives the same scopes as the mini engine on the corpus', { skip: !fs.existsSync(CORPUS_DIR) && 'no ../shared/corpus' }, () => {
    const mini = new MiniTokenizer(grammar);
    for (const f of fs.readdirSync(CORPUS_DIR).filter((x) => x.endsWith('.cfg'))) {
      const lines = fs.readFileSync(path.join(CORPUS_DIR, f), 'utf8').split(/\r?\n/);
      const a = mini.tokenizeLines(lines).scopes;
      const b = tokenizeReal(lines);
      lines.forEach((line, i) => {
        for (let k = 0; k < line.length; k++) assert.deepEqual(a[i][k], b[i][k], `${f}:${i + 1}:${k + 1}: ${line}`);
      });
    }
  });
});

// ---------------------------------------------------------------------------------------------- snippets

interface Snippet {
  prefix: string | string[];
  body: string[];
  description: string;
}

const snippets = JSON.parse(fs.readFileSync(SNIPPETS_PATH, 'utf8')) as Record<string, Snippet>;

/** The text a snippet inserts when every placeholder keeps its default (first choice). */
function expand(body: string[]): string[] {
  let prev: string;
  let text = body.join('\n');
  do {
    prev = text;
    text = text
      .replace(/\$\{\d+\|([^|,]*)[^|]*\|\}/g, '$1')
      .replace(/\$\{\d+:([^${}]*)\}/g, '$1')
      .replace(/\$\{\d+\}|\$\d+/g, '');
  } while (text !== prev);
  return text.split('\n');
}

describe('snippets', () => {
  const entries = Object.entries(snippets);
  const byPrefix = (p: string): Snippet => {
    const hit = entries.find(([, s]) => (Array.isArray(s.prefix) ? s.prefix : [s.prefix]).includes(p));
    assert.ok(hit, `snippet with prefix ${p}`);
    return hit[1];
  };

  it('parse, have a prefix, a body and a description, and unique prefixes', () => {
    assert.ok(entries.length >= 6);
    const seen = new Set<string>();
    for (const [name, s] of entries) {
      const prefixes = Array.isArray(s.prefix) ? s.prefix : [s.prefix];
      assert.ok(prefixes.length > 0 && prefixes.every((p) => typeof p === 'string' && /^[a-z][a-z0-9-]*$/.test(p)), name);
      for (const p of prefixes) {
        assert.ok(!seen.has(p), `duplicate prefix ${p}`);
        seen.add(p);
      }
      assert.ok(Array.isArray(s.body) && s.body.length > 0 && s.body.every((l) => typeof l === 'string'), name);
      assert.ok(typeof s.description === 'string' && s.description.length > 10, name);
    }
  });

  it('body lines: no tabs, no trailing spaces, one-space indentation steps, valid placeholders', () => {
    for (const [name, s] of entries) {
      let prevIndent = 0;
      s.body.forEach((line, i) => {
        const at = `${name} line ${i}: "${line}"`;
        assert.ok(!line.includes('\t'), `${at}: tab`);
        assert.ok(!/\s$/.test(line), `${at}: trailing whitespace`);
        assert.ok(!/[“”]/.test(line), `${at}: typographic quote`);
        const indent = line.length - line.trimStart().length;
        if (i === 0) assert.equal(indent, 0, `${at}: first line indented`);
        assert.ok(indent <= prevIndent + 1, `${at}: indentation step > 1 space`);
        if (line.trim() !== '') prevIndent = indent;
        for (const m of line.matchAll(/\$\{(\d+)\|([^|]*)\|\}/g)) {
          const options = m[2].split(',');
          assert.ok(options.length >= 2 && options.every((o) => o.trim() !== ''), `${at}: choice ${m[0]}`);
        }
        const stripped = line.replace(/\$\{\d+\|[^|]*\|\}/g, '').replace(/\$\{\d+(:[^${}]*)?\}/g, '').replace(/\$\d+/g, '');
        assert.ok(!/\$\{|[{}]/.test(stripped), `${at}: malformed placeholder`);
      });
    }
  });

  it('expand to lines the grammar highlights without invalid tokens', () => {
    const mini = new MiniTokenizer(grammar);
    for (const [name, s] of entries) {
      const lines = expand(s.body);
      const { scopes, depthAfter } = mini.tokenizeLines(lines);
      assert.equal(depthAfter[depthAfter.length - 1], 0, name);
      lines.forEach((l, i) => {
        assert.ok(!scopes[i].some((c) => c.some((x) => x.startsWith('invalid'))), `${name}: ${l}`);
        const first = l.search(/\S/);
        if (first >= 0 && !l.trimStart().startsWith('!')) assert.ok(scopes[i][first].some((x) => x.startsWith('keyword')), `${name}: first word of "${l}" is not a keyword`);
      });
    }
  });

  it('CiscoTAC-1 over HTTPS', () => {
    const body = byPrefix('callhome-tac-https').body;
    for (const l of ['service call-home', 'call-home', ' profile "CiscoTAC-1"', '  active', '  destination transport-method http']) assert.ok(body.includes(l), l);
    assert.ok(body.some((l) => l.startsWith(' contact-email-addr ${1')));
  });

  it('user e-mail profile with mail server', () => {
    const body = byPrefix('callhome-email-profile').body.join('\n');
    assert.match(body, /^ mail-server \$\{2:[^}]+\} priority \$\{3:1\}$/m);
    assert.match(body, /^ profile /m);
    assert.match(body, /^ {2}destination transport-method email$/m);
    assert.match(body, /^ {2}destination address email \$\{5:[^}]+@[^}]+\}$/m);
    assert.match(body, /preferred-msg-format \$\{6\|long-text,short-text,xml\|\}/);
    assert.match(body, /subscribe-to-alert-group \$\{7\|all,configuration,crash,diagnostic,environment,inventory,syslog\|\}/);
  });

  it('trustpoint with enrollment terminal and authenticate', () => {
    const body = byPrefix('crypto-pki-trustpoint-terminal').body;
    assert.equal(body[0], 'crypto pki trustpoint ${1:cisco}');
    assert.ok(body.includes(' enrollment terminal'));
    assert.ok(body.includes('crypto pki authenticate ${1:cisco}'));
  });

  it('syslog subscription offers the ten severity names and a quoted pattern', () => {
    const line = byPrefix('callhome-syslog-subscription').body[0];
    const choice = /severity \$\{1\|([^|]*)\|\}/.exec(line);
    assert.ok(choice, line);
    assert.deepEqual(choice[1].split(','), SEVERITIES);
    assert.match(line, /pattern "\$\{2:[^}]+\}"$/);
  });

  it('HTTP user profile and snapshot alert group', () => {
    const http = byPrefix('callhome-http-profile').body.join('\n');
    assert.match(http, /^ destination transport-method http$/m);
    assert.match(http, /^ destination address http \$\{2:https:\/\/[^}]+\}$/m);
    const snap = byPrefix('callhome-snapshot').body;
    assert.equal(snap[0], 'alert-group-config snapshot');
    assert.ok(snap.some((l) => /^ add-command "\$\{\d:[^}]+\}"$/.test(l)));
  });
});

// ---------------------------------------------------------------------------------------------- language configuration

describe('language-configuration.json', () => {
  const conf = JSON.parse(fs.readFileSync(LANGCONF_PATH, 'utf8')) as {
    comments: { lineComment?: string; blockComment?: unknown };
    brackets: string[][];
    autoClosingPairs: Array<{ open: string; close: string }>;
    folding: { offSide?: boolean; markers?: { start: string; end: string } };
    wordPattern: string;
    indentationRules: { increaseIndentPattern: string; decreaseIndentPattern: string };
  };

  it('comments, brackets, auto-closing pairs, folding', () => {
    assert.equal(conf.comments.lineComment, '!');
    assert.equal(conf.comments.blockComment, undefined);
    assert.deepEqual(conf.brackets, [['(', ')']]);
    const opens = conf.autoClosingPairs.map((p) => p.open);
    assert.ok(opens.includes('"') && opens.includes('('));
    assert.equal(conf.folding.offSide, true);
    assert.match('! #region call-home', new RegExp(conf.folding.markers?.start ?? '(?!)'));
    assert.match(' ! #endregion', new RegExp(conf.folding.markers?.end ?? '(?!)'));
  });

  it('wordPattern keeps IOS tokens whole', () => {
    const words = (s: string): string[] => s.match(new RegExp(conf.wordPattern, 'g')) ?? [];
    assert.deepEqual(words(' contact-email-addr noc.team@example.com'), ['contact-email-addr', 'noc.team@example.com']);
    assert.deepEqual(words('interface GigabitEthernet1/0/1.100'), ['interface', 'GigabitEthernet1/0/1.100']);
    assert.deepEqual(words('destination address http https://tools.cisco.com/its/service/oddce/services/DDCEService'), [
      'destination',
      'address',
      'http',
      'https://tools.cisco.com/its/service/oddce/services/DDCEService',
    ]);
    assert.deepEqual(words('profile "CiscoTAC-1"'), ['profile', 'CiscoTAC-1']);
    assert.deepEqual(words('Router(cfg-call-home)#profile x'), ['Router', 'cfg-call-home', 'profile', 'x']);
    assert.deepEqual(words('http-proxy 2001:db8::1 port 8080'), ['http-proxy', '2001:db8::1', 'port', '8080']);
    assert.deepEqual(words('subject-name cn=R3, OU=IT'), ['subject-name', 'cn', 'R3', 'OU', 'IT']);
    assert.deepEqual(words('send SCH notifications.'), ['send', 'SCH', 'notifications']);
    assert.ok(!new RegExp(conf.wordPattern).test(''), 'must not match the empty string');
  });

  it('indentationRules', () => {
    const inc = new RegExp(conf.indentationRules.increaseIndentPattern);
    const dec = new RegExp(conf.indentationRules.decreaseIndentPattern);
    for (const l of ['call-home', ' profile "CiscoTAC-1"', ' alert-group-config snapshot', 'crypto pki trustpoint cisco', 'crypto pki certificate chain TP', ' certificate ca 01', 'interface Vlan200', 'line vty 0 4'])
      {assert.match(l, inc);}
    for (const l of ['call-home send alert-group inventory', ' certificate ca 01 nvram:CiscoLicensi#1CA.cer', ' contact-email-addr a@b.com', ' active', 'crypto pki authenticate cisco'])
      {assert.doesNotMatch(l, inc);}
    for (const l of [' exit', '  exit ', 'end']) assert.match(l, dec);
    assert.doesNotMatch(' exit-address-family', dec);
  });
});
