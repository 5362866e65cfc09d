// Call Home data privacy (`data-privacy`, 004 §4.17, L1264–L1319; 000 K "Data privacy level: Normal"):
//   normal   — "Password/secret and other commands are scrubbed from running configuration files" (L1289):
//              passwords, secrets, keys, SNMP communities, credentials in URLs and `mail-server user:password@`.
//   high     — normal plus "the IP domain name and IP address commands" (L1279): IPv4/IPv6 addresses and domain names.
//   hostname — plus "the hostname command" (L1282): the host name wherever it appears.
// Scrubbed values become `<removed>`. Everything works line by line and token by token; the only regular
// expressions have bounded repetitions, so the time is linear in the text.

export const REMOVED = '<removed>';

export interface ScrubOptions {
  level: 'normal' | 'high';
  /** `data-privacy hostname`: also the host name. */
  hostname: boolean;
  /** The host name to remove (from `hostname`, or the device facts). */
  hostName?: string;
  /** Further literal secrets to remove wherever they occur (e.g. mail-server passwords), at least 3 characters. */
  secrets?: readonly string[];
}

export interface ScrubResult {
  text: string;
  /** Number of values replaced. */
  count: number;
}

/** Words after which the rest of the line is a password (an encryption type digit is kept). */
const REST_OF_LINE = new Set(['password', 'secret', 'key-string', 'password-encrypt']);
/** Words after which one token is a secret (an encryption type digit is kept). SNMP communities are handled
 *  per command; `community` elsewhere (BGP, route maps) is not a secret. */
const ONE_TOKEN = new Set(['authentication-key', 'server-key', 'md5', 'sha', 'wpa-psk', 'tunnel-password']);
/** First words of lines in which a `key` word introduces a key (RADIUS/TACACS+, ISAKMP, key chains, AAA servers). */
const KEY_CONTEXT = new Set(['key', 'tacacs-server', 'radius-server', 'server-private', 'server', 'client', 'crypto', 'ntp', 'address']);
const ENCRYPTION_TYPE = /^[0-9]$/;
const SNMP_PRIV_ALGOS = new Set(['des', '3des', 'aes', 'des56']);

interface Token {
  start: number;
  end: number;
  text: string;
}

/** A pasted prompt in front of a command (`Router(config)#`, `R1#`). */
const PROMPT = /^[ \t]*[A-Za-z0-9_.-]{1,64}(?:\([A-Za-z0-9_-]{1,40}\))?[#>]/;

function tokenize(line: string): Token[] {
  const out: Token[] = [];
  const p = PROMPT.exec(line);
  let i = p === null ? 0 : p[0].length;
  const n = line.length;
  while (i < n) {
    while (i < n && (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9)) i++;
    if (i >= n) break;
    const s = i;
    while (i < n && line.charCodeAt(i) !== 32 && line.charCodeAt(i) !== 9) i++;
    out.push({ start: s, end: i, text: line.slice(s, i) });
  }
  return out;
}

/**
 * Every word secretSpans reacts to contains one of these (or the line has `user:pw@host` credentials): lines
 * without any are skipped before tokenizing, which is most lines of a running-config.
 */
const MAYBE_SECRET = /@|key|password|secret|md5|sha|wpa-psk|snmp-server/i;

/** Replacement spans of one line, at normal level. */
function secretSpans(line: string): Array<[number, number]> {
  if (!MAYBE_SECRET.test(line)) return [];
  const toks = tokenize(line);
  if (toks.length === 0) return [];
  const spans: Array<[number, number]> = [];
  const lower = toks.map((t) => t.text.toLowerCase());
  let first = 0;
  if (lower[0] === 'no' || lower[0] === 'default') first = 1;
  const head = lower[first] ?? '';
  const restFrom = (i: number): void => {
    if (i < toks.length) spans.push([toks[i]!.start, toks[toks.length - 1]!.end]);
  };
  const one = (i: number): void => {
    if (i < toks.length) spans.push([toks[i]!.start, toks[i]!.end]);
  };
  /** Index of the value after keyword at k: skips a lone encryption-type digit when a value follows it. */
  const valueAfter = (k: number): number => {
    let i = k + 1;
    if (lower[i] === 'level' && /^\d+$/.test(lower[i + 1] ?? '') && i + 2 < toks.length) i += 2;
    if (i + 1 < toks.length && ENCRYPTION_TYPE.test(lower[i]!)) i++;
    return i;
  };

  // credentials inside a token: user:password@host, scheme://user:password@host
  for (const t of toks) {
    const at = t.text.indexOf('@');
    if (at <= 0) continue;
    const slash = t.text.lastIndexOf('/', at);
    const colon = t.text.indexOf(':', slash + 1);
    if (colon > slash && colon < at && colon > slash + 1) spans.push([t.start + colon + 1, t.start + at]);
  }

  if (head === 'snmp-server') {
    const sub = lower[first + 1];
    if (sub === 'community') one(first + 2);
    else if (sub === 'host') {
      // snmp-server host H [vrf V] [informs|traps] [version {1|2c|3 {auth|noauth|priv}}] COMMUNITY …
      let i = first + 3;
      for (;;) {
        const w = lower[i];
        if (w === 'vrf') i += 2;
        else if (w === 'informs' || w === 'traps') i += 1;
        else if (w === 'version') i += lower[i + 1] === '3' ? 3 : 2;
        else break;
      }
      one(i);
    } else if (sub === 'user') {
      for (let i = first + 2; i < toks.length; i++) {
        if ((lower[i] === 'md5' || lower[i] === 'sha') && lower[i - 1] === 'auth') one(i + 1);
        if (lower[i] === 'priv' && SNMP_PRIV_ALGOS.has(lower[i + 1] ?? '')) one(/^(128|192|256)$/.test(lower[i + 2] ?? '') ? i + 3 : i + 2);
      }
    }
    return spans;
  }
  if (head === 'pre-shared-key') {
    // pre-shared-key [local|remote] [0|6] KEY ; pre-shared-key address A key KEY
    if (toks.length > first + 1) one(toks.length - 1);
    return spans;
  }
  if (head === 'password' && lower[first + 1] === 'encryption') return spans;
  if (head === 'key' && (lower[first + 1] === 'chain' || lower[first + 1] === 'config-key')) {
    for (let i = first + 2; i < toks.length; i++) if (REST_OF_LINE.has(lower[i]!)) restFrom(valueAfter(i));
    return spans;
  }

  for (let i = first; i < toks.length; i++) {
    const w = lower[i]!;
    if (REST_OF_LINE.has(w)) {
      restFrom(valueAfter(i));
      break;
    }
    if (ONE_TOKEN.has(w)) {
      if (w === 'authentication-key' && /^\d+$/.test(lower[i + 1] ?? '') && (lower[i + 2] === 'md5' || lower[i + 2] === 'sha')) continue;
      if ((w === 'md5' || w === 'sha') && (i === toks.length - 1 || REST_OF_LINE.has(lower[i + 1]!) || lower[i + 1] === 'key-chain')) continue;
      let v = valueAfter(i);
      if (w === 'wpa-psk' && (lower[v] === 'ascii' || lower[v] === 'hex')) v = valueAfter(v);
      one(v);
      i = v;
      continue;
    }
    if (w === 'key' && KEY_CONTEXT.has(head)) {
      // key chain member `key 1` has a numeric id and nothing else
      if (i === first && toks.length === first + 2 && /^\d+$/.test(lower[first + 1]!)) continue;
      if (head === 'crypto' && !(lower[first + 1] === 'isakmp' || lower[first + 1] === 'ikev2')) continue;
      if (head === 'crypto' && lower[i + 1] === 'generate') continue;
      const v = valueAfter(i);
      one(v);
      i = v;
    }
  }
  return spans;
}

function applySpans(line: string, spans: Array<[number, number]>): { line: string; count: number } {
  if (spans.length === 0) return { line, count: 0 };
  spans.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  let out = '';
  let pos = 0;
  let count = 0;
  for (const [s, e] of spans) {
    if (s < pos) continue; // nested in the previous span
    out += line.slice(pos, s) + REMOVED;
    pos = e;
    count++;
  }
  return { line: out + line.slice(pos), count };
}

const IPV4 = /(?<![\w.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?!\.?\w)/g;
const IPV6 = /(?<![\w:.])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?:(?<=:)\d{1,3}(?:\.\d{1,3}){3})?(?:\/\d{1,3})?(?![\w:])/g;
const DOMAIN_RUN = /[A-Za-z0-9_][A-Za-z0-9_.-]*/g;
const NOT_TLDS = new Set([
  'bin', 'pkg', 'conf', 'cfg', 'txt', 'log', 'tar', 'gz', 'tgz', 'zip', 'xml', 'json', 'lic', 'pem', 'crt', 'cer', 'der', 'key',
  'p12', 'pfx', 'img', 'spa', 'sig', 'dat', 'tcl', 'py', 'sh', 'html', 'htm', 'js', 'css', 'png', 'jpg', 'gif', 'md5', 'sha', 'sbin',
  'pkt', 'pcap', 'db', 'old', 'bak', 'tmp', 'csv', 'yaml', 'yml', 'lua', 'rpm', 'ova', 'iso', 'qcow2', 'vmdk', 'cap', 'x', 'a', 'so',
]);

/** An address mask (contiguous ones, or its inverse), which is not identifying and is kept. */
function isMask(o: number[]): boolean {
  const v = ((o[0]! << 24) | (o[1]! << 16) | (o[2]! << 8) | o[3]!) >>> 0;
  const inv = ~v >>> 0;
  const contiguous = (x: number): boolean => ((x + 1) & x) >>> 0 === 0; // x = 0…01…1
  return contiguous(inv) || contiguous(v);
}

function scrubAddresses(line: string): { line: string; count: number } {
  let count = 0;
  let out = line.replace(IPV4, (m, a: string, b: string, c: string, d: string) => {
    const o = [a, b, c, d].map(Number);
    if (o.some((x) => x > 255)) return m;
    if (isMask(o)) return m;
    count++;
    return REMOVED;
  });
  out = out.replace(IPV6, (m: string) => {
    const body = m.replace(/\/\d+$/, '');
    const colons = body.split(':').length - 1;
    if (!/[0-9A-Fa-f]/.test(body)) return m;
    if (!(body.includes('::') || colons === 7 || (colons === 6 && body.includes('.')))) return m;
    count++;
    return REMOVED;
  });
  return { line: out, count };
}

function isDomain(run: string): boolean {
  if (!run.includes('.')) return false;
  const labels = run.split('.');
  if (labels.length < 2 || labels.some((l) => l === '' || l.length > 63 || l.startsWith('-') || l.endsWith('-'))) return false;
  const tld = labels[labels.length - 1]!;
  if (!/^[A-Za-z][A-Za-z0-9-]{1,62}$/.test(tld) || /^\d/.test(tld)) return false;
  if (NOT_TLDS.has(tld.toLowerCase())) return false;
  // MAC address in Cisco notation (aabb.ccdd.eeff)
  if (labels.length === 3 && labels.every((l) => /^[0-9A-Fa-f]{4}$/.test(l))) return false;
  // the label before the TLD must look like a name
  return labels.slice(0, -1).some((l) => /[A-Za-z]/.test(l)) || labels.length > 2;
}

function scrubDomains(line: string, domains: readonly string[]): { line: string; count: number } {
  let count = 0;
  const out = line.replace(DOMAIN_RUN, (run: string) => {
    let e = run.length;
    while (e > 0 && (run.charCodeAt(e - 1) === 46 || run.charCodeAt(e - 1) === 45)) e--;
    const r = run.slice(0, e);
    const tail = run.slice(r.length);
    const lower = r.toLowerCase();
    if (isDomain(r) || domains.some((d) => lower === d || lower.endsWith(`.${d}`))) {
      count++;
      return REMOVED + tail;
    }
    return run;
  });
  return { line: out, count };
}

/** Values of `ip domain name X`, `ip domain-name X`, `ip domain list X`, `ip domain-list X` in the text. */
function domainNamesIn(lines: readonly string[]): string[] {
  const out = new Set<string>();
  for (const line of lines) {
    const t = tokenize(line).map((x) => x.text);
    let i = t[0] === 'no' ? 1 : 0;
    if (t[i] !== 'ip') continue;
    i++;
    if (t[i] === 'domain' && (t[i + 1] === 'name' || t[i + 1] === 'list')) i += 2;
    else if (t[i] === 'domain-name' || t[i] === 'domain-list') i += 1;
    else continue;
    if (t[i] === 'vrf') i += 2;
    const d = t[i];
    if (d !== undefined && d.length > 0) out.add(d.toLowerCase().replace(/\.$/, ''));
  }
  return [...out];
}

/** Replaces whole-word occurrences of `word` (case-insensitive) in `s`. Linear: indexOf over a lower-cased copy. */
function replaceWord(s: string, word: string): { text: string; count: number } {
  if (word === '') return { text: s, count: 0 };
  const hay = s.toLowerCase();
  const needle = word.toLowerCase();
  const isWordChar = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 45;
  let out = '';
  let pos = 0;
  let from = 0;
  let count = 0;
  for (;;) {
    const i = hay.indexOf(needle, from);
    if (i < 0) break;
    const j = i + needle.length;
    if ((i === 0 || !isWordChar(hay.charCodeAt(i - 1))) && (j >= hay.length || !isWordChar(hay.charCodeAt(j)))) {
      out += s.slice(pos, i) + REMOVED;
      pos = j;
      count++;
    }
    from = j;
  }
  return { text: out + s.slice(pos), count };
}

/** Replaces every occurrence of a literal (no word boundaries). */
function replaceLiteral(s: string, lit: string): { text: string; count: number } {
  if (lit.length === 0) return { text: s, count: 0 };
  const parts = s.split(lit);
  return { text: parts.join(REMOVED), count: parts.length - 1 };
}

/**
 * Scrubs configuration text (or command output) at a data-privacy level. Passwords, secrets, keys and SNMP
 * communities are always removed; `high` also removes IP addresses and domain names; `hostname` the host name.
 */
export function scrubConfig(text: string, options: ScrubOptions): ScrubResult {
  const lines = text.split('\n');
  let count = 0;
  const domains = options.level === 'high' ? domainNamesIn(lines) : [];
  let inBanner: string | undefined;
  for (let n = 0; n < lines.length; n++) {
    let line = lines[n]!;
    // Banner bodies are free text: leave them to the address/host-name passes.
    if (inBanner !== undefined) {
      if (line.includes(inBanner)) inBanner = undefined;
    } else {
      const b = /^\s*banner\s+\S+\s+(\S)/.exec(line);
      if (b !== null) {
        const delim = b[1] === '^' && line[b.index + b[0].length] === 'C' ? '^C' : b[1]!;
        const after = line.slice(b.index + b[0].length + (delim.length - 1));
        if (!after.includes(delim)) inBanner = delim;
      } else {
        const r = applySpans(line, secretSpans(line));
        line = r.line;
        count += r.count;
      }
    }
    if (options.level === 'high') {
      const a = scrubAddresses(line);
      const d = scrubDomains(a.line, domains);
      line = d.line;
      count += a.count + d.count;
    }
    if (options.hostname) {
      const h = /^(\s*hostname\s+)(\S+)/.exec(line);
      if (h !== null && h[2] !== REMOVED) {
        line = h[1] + REMOVED + line.slice(h[0].length);
        count++;
      }
    }
    lines[n] = line;
  }
  let out = lines.join('\n');
  if (options.hostname && options.hostName !== undefined && options.hostName !== '' && options.hostName !== REMOVED) {
    const r = replaceWord(out, options.hostName);
    out = r.text;
    count += r.count;
  }
  for (const s of options.secrets ?? []) {
    if (s.length < 3) continue;
    const r = replaceLiteral(out, s);
    out = r.text;
    count += r.count;
  }
  return { text: out, count };
}

/** Removes literal secrets (at least 3 characters) from any text, e.g. a message description. */
export function removeSecrets(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const s of secrets) if (s.length >= 3) out = replaceLiteral(out, s).text;
  return out;
}
