// Deterministic Cisco IOS XE `show running-config` generator for the benchmark.
//
// A faithful TypeScript port of ../shared/tools/gen_running_config.py: for the same size, seed, hostname and
// preamble setting it produces BYTE-IDENTICAL text, so the benchmark does not need ../shared (or Python) at
// run time. The Python tool draws only on random.Random(seed).random(); this file therefore carries its own
// copy of CPython's Mersenne Twister (MT19937 seeded through init_by_array with the 32-bit words of
// abs(seed), exactly like CPython's random_seed() does for an int, and random() = genrand_res53).
//
//   generateRunningConfig({ size: parseSize('1M'), seed: 1 })            same as  --size 1M --seed 1
//   generateRunningConfig({ size, seed, hostname: 'X', preamble: false })  same as  --hostname X --no-preamble
//
// Keep it in step with the Python tool: test/unit/genRunningConfig.test.ts pins SHA-256 hashes of the Python
// output for a few seeds and sizes.

// ------------------------------------------------------------------------------------ CPython's MT19937

const N = 624;
const M = 397;
const MATRIX_A = 0x9908b0df;
const UPPER_MASK = 0x80000000;
const LOWER_MASK = 0x7fffffff;

/** random.Random(seed).random() of CPython, bit for bit, for an integer seed. */
export class PyRandom {
  private readonly mt = new Uint32Array(N);
  private mti = N + 1;

  constructor(seed: number | bigint) {
    let n: bigint;
    if (typeof seed === 'bigint') n = seed;
    else {
      if (!Number.isInteger(seed)) throw new TypeError(`seed must be an integer, got ${seed}`);
      n = BigInt(seed);
    }
    if (n < 0n) n = -n; // CPython seeds with abs(n)
    // Little-endian 32-bit words of n; at least one word (seed 0 gives the key [0]).
    const key: number[] = [];
    do {
      key.push(Number(n & 0xffffffffn));
      n >>= 32n;
    } while (n > 0n);
    this.initByArray(key);
  }

  private initGenrand(s: number): void {
    const mt = this.mt;
    mt[0] = s >>> 0;
    for (let i = 1; i < N; i++) {
      const prev = mt[i - 1]!;
      mt[i] = (Math.imul(1812433253, (prev ^ (prev >>> 30)) >>> 0) + i) >>> 0;
    }
    this.mti = N;
  }

  private initByArray(key: readonly number[]): void {
    const mt = this.mt;
    this.initGenrand(19650218);
    let i = 1;
    let j = 0;
    for (let k = Math.max(N, key.length); k > 0; k--) {
      const prev = mt[i - 1]!;
      mt[i] = (((mt[i]! ^ Math.imul((prev ^ (prev >>> 30)) >>> 0, 1664525)) >>> 0) + key[j]! + j) >>> 0;
      i++;
      j++;
      if (i >= N) {
        mt[0] = mt[N - 1]!;
        i = 1;
      }
      if (j >= key.length) j = 0;
    }
    for (let k = N - 1; k > 0; k--) {
      const prev = mt[i - 1]!;
      mt[i] = (((mt[i]! ^ Math.imul((prev ^ (prev >>> 30)) >>> 0, 1566083941)) >>> 0) - i) >>> 0;
      i++;
      if (i >= N) {
        mt[0] = mt[N - 1]!;
        i = 1;
      }
    }
    mt[0] = 0x80000000; // MSB is 1, assuring a non-zero initial array
  }

  private genrandUint32(): number {
    const mt = this.mt;
    if (this.mti >= N) {
      let kk = 0;
      let y: number;
      for (; kk < N - M; kk++) {
        y = (mt[kk]! & UPPER_MASK) | (mt[kk + 1]! & LOWER_MASK);
        mt[kk] = mt[kk + M]! ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
      }
      for (; kk < N - 1; kk++) {
        y = (mt[kk]! & UPPER_MASK) | (mt[kk + 1]! & LOWER_MASK);
        mt[kk] = mt[kk + (M - N)]! ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
      }
      y = (mt[N - 1]! & UPPER_MASK) | (mt[0]! & LOWER_MASK);
      mt[N - 1] = mt[M - 1]! ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
      this.mti = 0;
    }
    let y = mt[this.mti++]!;
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  /** genrand_res53: a float in [0, 1) with 53 random bits. */
  random(): number {
    const a = this.genrandUint32() >>> 5;
    const b = this.genrandUint32() >>> 6;
    return (a * 67108864 + b) / 9007199254740992;
  }
}

// ------------------------------------------------------------------------------------------ constants

// The clean CA certificate fixture (shared/reference/001-002-software-activation-and-call-home.md §2.3 (c)):
// VeriSign Class 3 Public Primary CA - G2, serial 7DD9FE07CFA81EB7107967FBA78934C6, valid 1998-05-18..2028-08-01.
const CA_CERT_B64 =
  'MIIDAjCCAmsCEH3Z/gfPqB63EHln+6eJNMYwDQYJKoZIhvcNAQEFBQAwgcExCzAJ' +
  'BgNVBAYTAlVTMRcwFQYDVQQKEw5WZXJpU2lnbiwgSW5jLjE8MDoGA1UECxMzQ2xh' +
  'c3MgMyBQdWJsaWMgUHJpbWFyeSBDZXJ0aWZpY2F0aW9uIEF1dGhvcml0eSAtIEcy' +
  'MTowOAYDVQQLEzEoYykgMTk5OCBWZXJpU2lnbiwgSW5jLiAtIEZvciBhdXRob3Jp' +
  'emVkIHVzZSBvbmx5MR8wHQYDVQQLExZWZXJpU2lnbiBUcnVzdCBOZXR3b3JrMB4X' +
  'DTk4MDUxODAwMDAwMFoXDTI4MDgwMTIzNTk1OVowgcExCzAJBgNVBAYTAlVTMRcw' +
  'FQYDVQQKEw5WZXJpU2lnbiwgSW5jLjE8MDoGA1UECxMzQ2xhc3MgMyBQdWJsaWMg' +
  'UHJpbWFyeSBDZXJ0aWZpY2F0aW9uIEF1dGhvcml0eSAtIEcyMTowOAYDVQQLEzEo' +
  'YykgMTk5OCBWZXJpU2lnbiwgSW5jLiAtIEZvciBhdXRob3JpemVkIHVzZSBvbmx5' +
  'MR8wHQYDVQQLExZWZXJpU2lnbiBUcnVzdCBOZXR3b3JrMIGfMA0GCSqGSIb3DQEB' +
  'AQUAA4GNADCBiQKBgQDMXtERXVxp0KvTuWpMmR9ZmDCOFoUgRm1HP9SFIIThbbP4' +
  'pO0M8RcPO/mn+SXXwc+EY/J8Y8+iR/LGWzOOZEAEaMGAuWQcRXfH2G71lSk8UOg0' +
  '13gfqLptQ5GVj0VXXn7F+8qkBOvqlzdUMG+7AUcyM83cV5tkaWH4mx0ciU9cZwID' +
  'AQABMA0GCSqGSIb3DQEBBQUAA4GBAFFNzb5cy5gZnBWyATl4Lk0PZ3BwmcYQWpSk' +
  'U01UbSuvDV1Ai2TT1+7eVmGSX6bEHRBhNtMsJzzoKQm5EWR0zLVznxxIqbxhAe7i' +
  'F6YM40AIOw7n60RzKprxaZLvcRTDOaxxp5EJb+RxBrO6WVcmeQD2+A2iMzAo1KpY' +
  'oJ2daZH9';
const CA_CERT_SERIAL = '7DD9FE07CFA81EB7107967FBA78934C6';

// Shares of the byte budget for the sections that scale with the size (the rest is fixed text).
const SHARES = {
  vlans: 0.08,
  qos: 0.02,
  interfaces: 0.46,
  bgp: 0.09,
  static: 0.04,
  acls: 0.16,
  prefix_lists: 0.06,
  route_maps: 0.06,
  snmp_logging: 0.01,
} as const;

const DEPARTMENTS = ['FINANCE', 'HR', 'ENG', 'SALES', 'OPS', 'LAB', 'VOICE', 'PRINT', 'CCTV', 'GUEST', 'IOT',
  'WLAN', 'DMZ', 'MGMT', 'BACKUP', 'STORAGE', 'VDI', 'DEV', 'QA', 'LEGAL'];
const BUILDINGS = ['BLD-A', 'BLD-B', 'BLD-C', 'HQ', 'DC1', 'DC2', 'WH-NORTH', 'WH-SOUTH'];
const PORT_USES = ['user desk', 'printer', 'AP', 'IP phone', 'camera', 'badge reader', 'lab bench', 'kiosk',
  'meeting room', 'spare'];
const SERVICES: ReadonlyArray<readonly [string, string]> = [['tcp', 'eq 443'], ['tcp', 'eq 22'], ['tcp', 'eq 80'],
  ['udp', 'eq 53'], ['tcp', 'eq 53'], ['udp', 'eq 123'], ['udp', 'eq 161'], ['tcp', 'eq 389'], ['tcp', 'eq 636'],
  ['tcp', 'eq 3389'], ['tcp', 'range 8000 8080'], ['udp', 'range 16384 32767'], ['tcp', 'eq 5060'],
  ['udp', 'eq 514'], ['tcp', 'eq 1433'], ['tcp', 'eq 3306'], ['icmp', 'echo'], ['icmp', 'echo-reply']];
const COMMUNITIES = ['65001:100', '65001:200', '65001:300', '65001:666', '65001:1000', 'no-export'];

const MIN_SIZE = 16 * 1024;

// ------------------------------------------------------------------------------------------ parseSize

// Python's str.isspace() set (what str.strip() and float() skip).
const PY_WS = '[\\t\\n\\v\\f\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]';
const PY_STRIP = new RegExp(`^${PY_WS}+|${PY_WS}+$`, 'g');
// Python's float() syntax for finite decimal numbers (digits may be grouped with single underscores).
const DIGITS = '\\d(?:_?\\d)*';
const PY_FLOAT = new RegExp(`^[+-]?(?:${DIGITS}(?:\\.(?:${DIGITS})?)?|\\.${DIGITS})(?:[eE][+-]?${DIGITS})?$`);

/**
 * The --size argument of the Python tool: bytes, or a number with K (1024) or M (1024*1024), an optional
 * trailing B, case-insensitive; fractions allowed ("1.5M"). Throws below 16K, like the tool.
 */
export function parseSize(text: string): number {
  let t = text.replace(PY_STRIP, '').toUpperCase().replace(/B+$/, '');
  let mult = 1;
  if (t.endsWith('K')) {
    mult = 1024;
    t = t.slice(0, -1);
  } else if (t.endsWith('M')) {
    mult = 1024 * 1024;
    t = t.slice(0, -1);
  }
  const num = t.replace(PY_STRIP, '');
  if (!PY_FLOAT.test(num)) throw new Error(`could not convert string to float: '${t}'`);
  const f = Number(num.replace(/_/g, ''));
  if (!Number.isFinite(f * mult)) throw new Error('cannot convert float infinity to integer');
  const value = Math.trunc(f * mult) + 0; // + 0 turns -0 into 0
  if (value < MIN_SIZE) {
    throw new Error('--size must be at least 16K: the fixed parts of the config (header, certificate ' +
      'chain, call-home, lines) alone take about 11 KB');
  }
  return value;
}

// ------------------------------------------------------------------------------------------ helpers

class Rng {
  private readonly r: PyRandom;

  constructor(seed: number) {
    this.r = new PyRandom(seed);
  }

  below(n: number): number {
    return Math.floor(this.r.random() * n);
  }

  pick<T>(seq: readonly T[]): T {
    return seq[this.below(seq.length)]!;
  }

  chance(p: number): boolean {
    return this.r.random() < p;
  }

  hexstr(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += '0123456789ABCDEF'[this.below(16)];
    return s;
  }

  b64ish(n: number): string {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789./';
    let s = '';
    for (let i = 0; i < n; i++) s += alphabet[this.below(alphabet.length)];
    return s;
  }
}

function cost(block: readonly string[]): number {
  let n = 0;
  for (const line of block) n += line.length + 1;
  return n;
}

/** Collects lines of one section until its byte budget is used up. */
class Budget {
  lines: string[] = [];
  size = 0;

  constructor(readonly limit: number) {}

  /** Add a block (list of lines) if it fits; return false (and add nothing) if it does not. */
  add(block: readonly string[]): boolean {
    const c = cost(block);
    if (this.size + c > this.limit) return false;
    for (const line of block) this.lines.push(line);
    this.size += c;
    return true;
  }
}

function ip4(a: number, b: number, c: number, d: number): string {
  return `${a}.${b}.${c}.${d}`;
}

/** Python's "%0Nd" for a non-negative integer. */
function pad0(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function certHexLines(b64: string): string[] {
  const der = Buffer.from(b64, 'base64');
  const words: string[] = [];
  for (let i = 0; i < der.length; i += 4) words.push(der.subarray(i, i + 4).toString('hex').toUpperCase());
  const lines: string[] = [];
  // IOS prints 32 bytes per line in 8-digit groups, indented two spaces, with a trailing space.
  for (let i = 0; i < words.length; i += 8) lines.push('  ' + words.slice(i, i + 8).join(' ') + ' ');
  return lines;
}

function maskedSecret(rng: Rng, kind: number): string {
  if (kind === 9) {
    const salt = rng.b64ish(14);
    return '9 $9$' + salt + '$' + rng.b64ish(43);
  }
  return '7 ' + rng.hexstr(22);
}

/** Names shared between sections, sized to the target so references and definitions match. */
class Model {
  readonly nVrfs: number;
  readonly vrfs: string[];
  readonly nAcls: number;
  readonly aclsExt: string[];
  readonly aclMgmt = 'ACL-MGMT-VTY';
  readonly aclSnmp = 'ACL-SNMP-RO';
  readonly nPrefixLists: number;
  readonly prefixLists: string[];
  readonly nRouteMaps: number;
  readonly routeMaps: string[];
  readonly policyIn = 'PM-ACCESS-IN';
  readonly policyOut = 'PM-UPLINK-OUT';

  constructor(readonly rng: Rng, size: number, readonly hostname: string, readonly preamble: boolean) {
    const scale = Math.max(1.0, size / 100_000.0);
    this.nVrfs = Math.min(40, 2 + Math.trunc(4 * Math.sqrt(scale)));
    this.vrfs = Array.from({ length: this.nVrfs }, (_, i) => `CUST-${pad0(i + 1, 3)}`);
    this.nAcls = Math.max(4, Math.trunc(6 * scale));
    this.aclsExt = Array.from({ length: this.nAcls },
      (_, i) => `ACL-${DEPARTMENTS[i % DEPARTMENTS.length]}-${pad0(i + 1, 3)}-IN`);
    const kinds = ['CUST', 'PEER', 'TRANSIT', 'LOCAL'];
    this.nPrefixLists = Math.max(3, Math.trunc(4 * scale));
    this.prefixLists = Array.from({ length: this.nPrefixLists }, (_, i) => `PL-${kinds[i % 4]}-${pad0(i + 1, 2)}`);
    this.nRouteMaps = Math.max(3, Math.trunc(4 * scale));
    this.routeMaps = Array.from({ length: this.nRouteMaps },
      (_, i) => `RM-${kinds[i % 4]}-${pad0(i + 1, 2)}-${i % 2 === 0 ? 'IN' : 'OUT'}`);
  }
}

// ------------------------------------------------------------------------------------------ sections

function sectionHeader(m: Model, size: number, certLines: readonly string[]): string[] {
  const h = m.hostname;
  const out: string[] = m.preamble ? ['Building configuration...', '', `Current configuration : ${size} bytes`] : [];
  out.push(
    '!',
    '! Last configuration change at 14:02:11 UTC Tue Nov 4 2025 by netadmin',
    '! NVRAM config last updated at 14:02:15 UTC Tue Nov 4 2025 by netadmin',
    '!',
    'version 17.9',
    'service timestamps debug datetime msec localtime show-timezone',
    'service timestamps log datetime msec localtime show-timezone',
    'service password-encryption',
    'service call-home',
    'no platform punt-keepalive disable-kernel-core',
    'platform shell',
    '!',
    `hostname ${h}`,
    '!',
    '!',
    'vrf definition Mgmt-vrf',
    ' !',
    ' address-family ipv4',
    ' exit-address-family',
    ' !',
    ' address-family ipv6',
    ' exit-address-family',
    '!',
  );
  m.vrfs.forEach((vrf, i) => {
    out.push(
      `vrf definition ${vrf}`,
      ` description Customer ${i + 1} L3VPN`,
      ` rd 65001:${100 + i}`,
      ' !',
      ' address-family ipv4',
      `  route-target export 65001:${100 + i}`,
      `  route-target import 65001:${100 + i}`,
      ' exit-address-family',
      '!',
    );
  });
  out.push(
    'logging buffered 131072 informational',
    'logging console critical',
    'no logging monitor',
    `enable secret ${maskedSecret(m.rng, 9)}`,
    '!',
    'aaa new-model',
    '!',
    '!',
    'aaa group server tacacs+ ISE-TACACS',
    ' server name ISE-01',
    ' server name ISE-02',
    ' ip vrf forwarding Mgmt-vrf',
    ' ip tacacs source-interface GigabitEthernet0/0',
    '!',
    'aaa authentication login default group ISE-TACACS local',
    'aaa authentication enable default group ISE-TACACS enable',
    'aaa authorization console',
    'aaa authorization config-commands',
    'aaa authorization exec default group ISE-TACACS local if-authenticated ',
    'aaa authorization commands 15 default group ISE-TACACS local if-authenticated ',
    'aaa accounting exec default start-stop group ISE-TACACS',
    'aaa accounting commands 15 default start-stop group ISE-TACACS',
    '!',
    '!',
    'aaa session-id common',
    'clock timezone CET 1 0',
    'clock summer-time CEST recurring last Sun Mar 2:00 last Sun Oct 3:00',
    'switch 1 provision c9300-48p',
    'switch 2 provision c9300-48p',
    '!',
    '!',
    '!',
    '!',
    'ip routing',
    '!',
    '!',
    '!',
    '!',
    '!',
    'ip name-server vrf Mgmt-vrf 10.10.0.53 10.10.1.53',
    'ip domain name corp.example.net',
    '!',
    '!',
    '!',
    'login on-success log',
    'ipv6 unicast-routing',
    '!',
    '!',
    '!',
    '!',
    '!',
    '!',
    '!',
    'crypto pki trustpoint cisco',
    ' enrollment terminal',
    ' revocation-check crl',
    '!',
    '!',
    'crypto pki certificate chain cisco',
    ` certificate ca ${CA_CERT_SERIAL}`,
  );
  out.push(...certLines);
  out.push(
    '  \tquit',
    '!',
    'license boot level network-advantage addon dna-advantage',
    '!',
    '!',
    'diagnostic bootup level minimal',
    '!',
    'spanning-tree mode rapid-pvst',
    'spanning-tree portfast bpduguard default',
    'spanning-tree extend system-id',
    '!',
    '!',
    'errdisable recovery cause bpduguard',
    'errdisable recovery interval 300',
    'memory free low-watermark processor 134344',
    '!',
    `username netadmin privilege 15 secret ${maskedSecret(m.rng, 9)}`,
    `username breakglass privilege 15 secret ${maskedSecret(m.rng, 9)}`,
    '!',
    'redundancy',
    ' mode sso',
    '!',
    '!',
    'transceiver type all',
    ' monitoring',
    'lldp run',
    '!',
  );
  return out;
}

function sectionVlans(budget: number, vlanIds: readonly number[]): string[] {
  const b = new Budget(budget);
  for (const v of vlanIds) {
    const dept = DEPARTMENTS[v % DEPARTMENTS.length];
    if (!b.add([`vlan ${v}`, ` name ${dept}-${BUILDINGS[v % BUILDINGS.length]}-${pad0(v, 4)}`, '!'])) break;
  }
  return b.lines;
}

function sectionQos(m: Model, budget: number): string[] {
  if (!(budget > 0)) return [];
  return [
    'class-map match-any CM-VOICE',
    ' match dscp ef ',
    'class-map match-any CM-VIDEO',
    ' match dscp af41  af42  af43 ',
    'class-map match-any CM-SIGNALING',
    ' match dscp cs3 ',
    'class-map match-any CM-CRITICAL-DATA',
    ' match dscp af21  af22  af23 ',
    ` match access-group name ${m.aclsExt[0]}`,
    'class-map match-any CM-SCAVENGER',
    ' match dscp cs1 ',
    '!',
    `policy-map ${m.policyIn}`,
    ' class CM-VOICE',
    '  set dscp ef',
    '  police rate percent 10',
    ' class CM-VIDEO',
    '  set dscp af41',
    ' class CM-SIGNALING',
    '  set dscp cs3',
    ' class CM-CRITICAL-DATA',
    '  set dscp af21',
    ' class CM-SCAVENGER',
    '  set dscp cs1',
    ' class class-default',
    '  set dscp default',
    `policy-map ${m.policyOut}`,
    ' class CM-VOICE',
    '  priority level 1 percent 20',
    ' class CM-VIDEO',
    '  bandwidth remaining percent 30',
    ' class CM-SIGNALING',
    '  bandwidth remaining percent 5',
    ' class CM-CRITICAL-DATA',
    '  bandwidth remaining percent 25',
    '  queue-buffers ratio 10',
    ' class CM-SCAVENGER',
    '  bandwidth remaining percent 1',
    ' class class-default',
    '  bandwidth remaining percent 25',
    'policy-map system-cpp-policy',
    '!',
  ];
}

/**
 * Physical ports take at most 35 % of the budget, so SVIs (which reference the ACLs and VRFs) are present at
 * every size; IOS XE prints them in this order too.
 */
function sectionInterfaces(m: Model, budget: number, vlanIds: readonly number[]): string[] {
  const rng = m.rng;
  const phys = new Budget(Math.trunc(budget * 0.35));
  let aclRr = 0;
  const nextAcl = (): string => m.aclsExt[aclRr++ % m.aclsExt.length]!;

  // Port-channels and management first, as IOS XE sorts them.
  for (let pc = 1; pc < 5; pc++) {
    phys.add([
      `interface Port-channel${pc}`,
      ` description Uplink bundle ${pc} to DIST-${pad0(pc, 2)}`,
      ' switchport trunk native vlan 999',
      ` switchport trunk allowed vlan ${vlanIds[0]}-${vlanIds[Math.min(vlanIds.length - 1, 200)]}`,
      ' switchport mode trunk',
      ` service-policy output ${m.policyOut}`,
      '!',
    ]);
  }
  phys.add([
    'interface GigabitEthernet0/0',
    ' description OOB management',
    ' vrf forwarding Mgmt-vrf',
    ' ip address 10.10.255.11 255.255.255.0',
    ' negotiation auto',
    '!',
  ]);
  // Access ports on every stack member; trunks on the uplink modules.
  outer: for (let sw = 1; sw < 9; sw++) {
    for (let port = 1; port < 49; port++) {
      const v = vlanIds[(sw * 48 + port) % vlanIds.length]!;
      const use = PORT_USES[(sw + port) % PORT_USES.length];
      const block = [`interface GigabitEthernet${sw}/0/${port}`];
      if (use === 'spare') {
        block.push(' description SPARE', ' switchport access vlan 999', ' switchport mode access', ' shutdown');
      } else {
        block.push(` description ${BUILDINGS[sw % BUILDINGS.length]} ${use} port ${sw}/${port}`,
          ` switchport access vlan ${v}`,
          ' switchport mode access');
        if (use === 'IP phone') block.push(` switchport voice vlan ${vlanIds[(v + 1) % vlanIds.length]}`);
        block.push(' spanning-tree portfast', ' spanning-tree bpduguard enable');
        if (rng.chance(0.3)) block.push(' storm-control broadcast level 5.00', ' storm-control action trap');
        block.push(` service-policy input ${m.policyIn}`);
      }
      block.push('!');
      if (!phys.add(block)) break outer;
    }
    for (let up = 1; up < 9; up++) {
      const block = [`interface TenGigabitEthernet${sw}/1/${up}`];
      if (up <= 2) {
        block.push(` description Uplink to DIST-${pad0(up, 2)} Te${sw}/1/${up}`,
          ' switchport trunk native vlan 999',
          ' switchport mode trunk',
          ` channel-group ${up} mode active`);
      } else {
        block.push(' shutdown');
      }
      block.push('!');
      if (!phys.add(block)) break outer;
    }
  }
  const b = new Budget(budget - phys.size);
  for (let lo = 0; lo < 3; lo++) {
    b.add([`interface Loopback${lo}`,
      ` description Router-ID and management loopback ${lo}`,
      ` ip address 10.255.${lo}.1 255.255.255.255`, '!']);
  }
  // SVIs, one per VLAN, then routed sub-interfaces once VLANs are used up.
  let done = false;
  for (let idx = 0; idx < vlanIds.length; idx++) {
    const v = vlanIds[idx]!;
    const vrf = idx % 3 === 0 ? m.vrfs[idx % m.vrfs.length] : undefined;
    const b2 = 100 + (v >> 8); // 10.100.0.0/12 holds one /24 per VLAN
    const c = v & 0xff;
    const block = [`interface Vlan${v}`,
      ` description SVI ${DEPARTMENTS[v % DEPARTMENTS.length]} ${BUILDINGS[v % BUILDINGS.length]}`];
    if (vrf) block.push(` vrf forwarding ${vrf}`);
    block.push(` ip address ${ip4(10, b2, c, 1)} 255.255.255.0`,
      ' ip helper-address 10.10.0.67',
      ' ip helper-address 10.10.1.67',
      ' no ip redirects',
      ` ip access-group ${nextAcl()} in`);
    if (rng.chance(0.25)) {
      block.push(' standby version 2', ` standby ${v % 256} ip ${ip4(10, b2, c, 254)}`,
        ` standby ${v % 256} priority 110`, ` standby ${v % 256} preempt`);
    }
    block.push('!');
    if (!b.add(block)) {
      done = true;
      break;
    }
  }
  if (!done) {
    let parent = 1;
    let sub = 1;
    for (;;) {
      const vrf = m.vrfs[sub % m.vrfs.length]!;
      const block = [`interface TenGigabitEthernet${parent}/1/8.${sub}`,
        ` description L3VPN ${vrf} circuit ${sub}`,
        ` encapsulation dot1Q ${sub}`,
        ` vrf forwarding ${vrf}`,
        ` ip address ${ip4(172, 15 + parent, (sub >> 6) & 0xff, (sub & 0x3f) * 4 + 1)} 255.255.255.252`,
        ` ip access-group ${nextAcl()} in`,
        '!'];
      if (!b.add(block)) break;
      sub += 1;
      if (sub > 4094) {
        parent += 1;
        sub = 1;
        if (parent > 8) break;
      }
    }
  }
  return phys.lines.concat(b.lines);
}

function sectionRouting(m: Model, budgetBgp: number): string[] {
  const rng = m.rng;
  const out = [
    'router ospf 1',
    ' router-id 10.255.0.1',
    ' auto-cost reference-bandwidth 100000',
    ' passive-interface default',
    ' no passive-interface Port-channel1',
    ' no passive-interface Port-channel2',
    ' network 10.0.0.0 0.255.255.255 area 0',
    ' network 10.255.0.1 0.0.0.0 area 0',
    '!',
  ];
  const b = new Budget(budgetBgp);
  const head = [
    'router bgp 65001',
    ' bgp router-id 10.255.0.1',
    ' bgp log-neighbor-changes',
    ' bgp graceful-restart',
  ];
  const af = [' !', ' address-family ipv4'];
  let n = 0;
  let rmRr = 0;
  // Grow the neighbor list until the budget is used: each neighbor costs lines in both places.
  const tail = [' exit-address-family', ' !'];
  const vrfAf: string[] = [];
  for (const vrf of m.vrfs) {
    vrfAf.push(` address-family ipv4 vrf ${vrf}`, '  redistribute connected', '  redistribute static');
    vrfAf.push(' exit-address-family', ' !');
  }
  b.add([...head, ...af, ...tail, ...vrfAf, '!']);
  const linesNei: string[] = [];
  const linesAf: string[] = [];
  for (;;) {
    const peer = ip4(172, 20 + (Math.floor(n / 32512) % 8), Math.floor(n / 127) % 256, (n % 127) * 2 + 1);
    const asn = 64512 + (n % 1000);
    const rmIn = m.routeMaps[rmRr % m.routeMaps.length];
    const rmOut = m.routeMaps[(rmRr + 1) % m.routeMaps.length];
    rmRr += 2;
    const nei = [` neighbor ${peer} remote-as ${asn}`,
      ` neighbor ${peer} description eBGP peer AS${asn} site ${n + 1}`];
    if (rng.chance(0.5)) nei.push(` neighbor ${peer} password 7 ${rng.hexstr(18)}`);
    const afl = [`  neighbor ${peer} activate`,
      `  neighbor ${peer} send-community both`,
      `  neighbor ${peer} route-map ${rmIn} in`,
      `  neighbor ${peer} route-map ${rmOut} out`];
    if (!b.add([...nei, ...afl])) break;
    for (const l of nei) linesNei.push(l);
    for (const l of afl) linesAf.push(l);
    n += 1;
  }
  const networks = ['  network 10.0.0.0', '  network 10.255.0.1 mask 255.255.255.255'];
  return out.concat(head, linesNei, af, networks, linesAf, tail, vrfAf, ['!']);
}

function sectionStaticAndHttp(m: Model, budget: number): string[] {
  const b = new Budget(budget);
  b.add([
    'ip forward-protocol nd',
    'ip http server',
    'ip http authentication local',
    'ip http secure-server',
    'ip http client source-interface GigabitEthernet0/0',
    'ip tacacs source-interface GigabitEthernet0/0 vrf Mgmt-vrf',
    'ip ssh version 2',
    'ip ssh server algorithm encryption aes256-gcm aes256-ctr',
    'ip route 0.0.0.0 0.0.0.0 10.0.0.1',
    'ip route vrf Mgmt-vrf 0.0.0.0 0.0.0.0 10.10.255.1',
  ]);
  for (let i = 0; ; i++) {
    const vrf = m.vrfs[i % m.vrfs.length]!;
    const net = ip4(100 + (Math.floor(i / 65536) % 100), Math.floor(i / 256) & 0xff, i & 0xff, 0);
    const line = `ip route vrf ${vrf} ${net} 255.255.255.0 ${ip4(172, 16, Math.floor(i / 64) & 0xff, (i & 0x3f) * 4 + 2)}` +
      ` name ${vrf.toLowerCase()}-site-${i + 1}`;
    if (!b.add([line])) break;
  }
  return b.lines;
}

function sectionAcls(m: Model, budget: number): string[] {
  const rng = m.rng;
  const out = [
    `ip access-list standard ${m.aclMgmt}`,
    ' 10 permit 10.10.0.0 0.0.255.255',
    ' 20 permit 10.20.0.0 0.0.255.255',
    ' 30 deny   any log',
    `ip access-list standard ${m.aclSnmp}`,
    ' 10 permit 10.10.0.40',
    ' 20 permit 10.10.0.41',
    ' 30 deny   any log',
  ];
  const b = new Budget(budget - cost(out));
  // Round-robin over the ACLs so every one gets entries and keeps its header.
  const perAcl: string[][] = m.aclsExt.map(() => []);
  const seq: number[] = m.aclsExt.map(() => 10);
  let headerCost = 0;
  for (const name of m.aclsExt) headerCost += `ip access-list extended ${name}`.length + 1;
  b.size += headerCost + 2;
  let full = false;
  while (!full) {
    for (let k = 0; k < m.aclsExt.length; k++) {
      const [proto, port] = rng.pick(SERVICES);
      const s1 = rng.below(250) + 1;
      const s2 = rng.below(16) * 16;
      const src = `${ip4(10, s1, s2, 0)} 0.0.15.255`;
      let dst: string;
      if (rng.chance(0.3)) {
        const d1 = rng.below(250) + 1;
        const d2 = rng.below(250) + 2;
        dst = `host ${ip4(10, 10, d1, d2)}`;
      } else {
        const d1 = rng.below(250) + 1;
        const d2 = rng.below(250) + 1;
        dst = `${ip4(10, d1, d2, 0)} 0.0.0.255`;
      }
      const action = rng.chance(0.1) ? 'deny  ' : 'permit'; // IOS pads "deny" to the width of "permit"
      let entry = proto === 'icmp'
        ? ` ${seq[k]} ${action} icmp ${src} ${dst} ${port}`
        : ` ${seq[k]} ${action} ${proto} ${src} ${dst} ${port}`;
      if (rng.chance(0.05)) entry += ' log';
      if (!b.add([entry])) {
        full = true;
        break;
      }
      perAcl[k]!.push(entry);
      seq[k]! += 10;
    }
  }
  m.aclsExt.forEach((name, k) => {
    out.push(`ip access-list extended ${name}`);
    for (const e of perAcl[k]!) out.push(e);
  });
  out.push('!');
  return out;
}

function sectionPrefixLists(m: Model, budget: number): string[] {
  const rng = m.rng;
  const b = new Budget(budget);
  const seqs: number[] = m.prefixLists.map(() => 5);
  const entries: string[][] = m.prefixLists.map(() => []);
  let full = false;
  while (!full) {
    for (let k = 0; k < m.prefixLists.length; k++) {
      const p = m.prefixLists[k]!;
      const plen = 16 + rng.below(9);
      const a = rng.below(200) + 11;
      const bb = rng.below(256);
      const net = ip4(a, bb, 0, 0);
      const line = `ip prefix-list ${p} seq ${seqs[k]} permit ${net}/${plen} le ${Math.min(32, plen + 8)}`;
      if (!b.add([line])) {
        full = true;
        break;
      }
      entries[k]!.push(line);
      seqs[k]! += 5;
    }
  }
  const out: string[] = [];
  m.prefixLists.forEach((p, k) => {
    const e = entries[k]!;
    if (e.length > 0) for (const l of e) out.push(l);
    else out.push(`ip prefix-list ${p} seq 5 permit 10.0.0.0/8 le 24`);
  });
  out.push('!');
  return out;
}

function sectionLogging(budget: number): string[] {
  const b = new Budget(budget);
  b.add([
    'ip radius source-interface GigabitEthernet0/0 vrf Mgmt-vrf',
    'logging trap notifications',
    'logging origin-id hostname',
    'logging source-interface GigabitEthernet0/0 vrf Mgmt-vrf',
  ]);
  let i = 0;
  while (i < 16 && b.add([`logging host ${ip4(10, 10, 0, 20 + i)} vrf Mgmt-vrf`])) i += 1;
  b.add(['!']);
  return b.lines;
}

function sectionRouteMaps(m: Model, budget: number): string[] {
  const rng = m.rng;
  const b = new Budget(budget);
  const blocks: string[][] = m.routeMaps.map(() => []);
  const seqs: number[] = m.routeMaps.map(() => 10);
  let full = false;
  let plRr = 0;
  // Make sure the first entry of every route-map references a prefix-list so every prefix-list is used.
  while (!full) {
    for (let k = 0; k < m.routeMaps.length; k++) {
      const r = m.routeMaps[k]!;
      const pl = m.prefixLists[plRr % m.prefixLists.length];
      plRr += 1;
      const block = [`route-map ${r} permit ${seqs[k]} `, ` match ip address prefix-list ${pl}`];
      if (r.endsWith('-IN')) {
        block.push(` set local-preference ${100 + 10 * rng.below(20)}`);
        if (rng.chance(0.5)) block.push(` set community ${rng.pick(COMMUNITIES)} additive`);
      } else if (rng.chance(0.3)) {
        block.push(' set as-path prepend 65001 65001');
      } else {
        block.push(` set metric ${rng.below(500) + 10}`);
      }
      if (!b.add(block)) {
        full = true;
        break;
      }
      for (const l of block) blocks[k]!.push(l);
      seqs[k]! += 10;
    }
  }
  const out: string[] = [];
  m.routeMaps.forEach((r, k) => {
    const bl = blocks[k]!;
    if (bl.length > 0) for (const l of bl) out.push(l);
    else out.push(`route-map ${r} permit 10 `, ` match ip address prefix-list ${m.prefixLists[0]}`);
    out.push(`route-map ${r} deny ${seqs[k]! + 1000} `);
    out.push('!');
  });
  return out;
}

function sectionTail(m: Model): string[] {
  const h = m.hostname;
  const rng = m.rng;
  return [
    `snmp-server group NMS-GROUP v3 priv read NMS-VIEW access ${m.aclSnmp}`,
    'snmp-server view NMS-VIEW iso included',
    `snmp-server community ${'c0mmun1ty-' + rng.hexstr(6).toLowerCase()} RO ${m.aclSnmp}`,
    'snmp-server trap-source Loopback0',
    `snmp-server location ${BUILDINGS[0]} rack R12 row 4`,
    'snmp-server contact netops@example.com',
    'snmp-server enable traps snmp authentication linkdown linkup coldstart warmstart',
    'snmp-server enable traps config',
    'snmp-server enable traps bgp',
    'snmp-server enable traps ospf state-change',
    'snmp-server enable traps call-home message-send-fail server-fail',
    'snmp-server host 10.10.0.40 vrf Mgmt-vrf version 3 priv nms-user ',
    'snmp-server host 10.10.0.41 vrf Mgmt-vrf version 3 priv nms-user ',
    '!',
    'tacacs server ISE-01',
    ' address ipv4 10.10.0.70',
    ` key 7 ${rng.hexstr(22)}`,
    'tacacs server ISE-02',
    ' address ipv4 10.10.1.70',
    ` key 7 ${rng.hexstr(22)}`,
    '!',
    '!',
    'control-plane',
    ' service-policy input system-cpp-policy',
    '!',
    'banner motd ^C',
    '***************************************************************************',
    `*  ${`${h} - property of Example Corp.`.padEnd(71)}*`,
    '*                                                                         *',
    '*  WARNING: Unauthorized access to this device is prohibited. All access  *',
    '*  is logged and monitored. Disconnect now if you are not an authorized   *',
    '*  user. Contact netops@example.com, +1-222-333-4444, for access.         *',
    '*  Change window: see CAB ticket; interface vlan 1 is not used here.      *',
    '***************************************************************************',
    '^C',
    '!',
    'line con 0',
    ' exec-timeout 15 0',
    ' logging synchronous',
    ' stopbits 1',
    'line aux 0',
    'line vty 0 4',
    ` access-class ${m.aclMgmt} in vrf-also`,
    ' exec-timeout 15 0',
    ' logging synchronous',
    ' transport input ssh',
    'line vty 5 15',
    ` access-class ${m.aclMgmt} in vrf-also`,
    ' exec-timeout 15 0',
    ' transport input ssh',
    '!',
    'call-home',
    ' ! If contact email address in call-home is configured as sch-smart-licensing@cisco.com',
    ' ! the email address configured in Cisco Smart License Portal will be used as contact email address to send SCH notifications.',
    ' contact-email-addr netops@example.com',
    ' phone-number +1-222-333-4444',
    ' street-address "1234 Any Street, Any City, Any State, 12345"',
    ' customer-id Customer1234',
    ' site-id Site1ManhattanNY',
    ' contract-id Company1234',
    ' source-interface GigabitEthernet0/0',
    ' vrf Mgmt-vrf',
    ' mail-server smtp.example.com priority 1',
    ' mail-server 192.168.0.1 priority 2',
    ` sender from ${h.toLowerCase()}@example.com`,
    ' sender reply-to netops@example.com',
    ' rate-limit 20',
    ' profile "CiscoTAC-1"',
    '  active',
    '  destination transport-method http',
    ' profile "NetOps-Email"',
    '  destination transport-method email',
    '  destination address email netops@example.com',
    '  destination address email noc-oncall@example.com',
    '  destination preferred-msg-format long-text',
    '  destination message-size 3145728',
    '  subscribe-to-alert-group configuration periodic daily 02:30',
    '  subscribe-to-alert-group diagnostic severity minor',
    '  subscribe-to-alert-group environment severity warning',
    '  subscribe-to-alert-group inventory periodic weekly monday 03:00',
    '  subscribe-to-alert-group syslog severity major pattern "%LINK-3-UPDOWN"',
    '  subscribe-to-alert-group crash',
    '!',
    'ntp source Loopback0',
    'ntp server vrf Mgmt-vrf 10.10.0.123 prefer',
    'ntp server vrf Mgmt-vrf 10.10.1.123',
    '!',
    '!',
    '!',
    '!',
    '!',
    'end',
    '',
  ];
}

// ------------------------------------------------------------------------------------------ generate

/** One generation for a given budget target (the Python tool's generate()). */
function generate(size: number, seed: number, hostname: string, preamble: boolean): string {
  const certLines = certHexLines(CA_CERT_B64);
  // Fixed parts first, to learn how much the scaled sections may take.
  let m = new Model(new Rng(seed), size, hostname, preamble);
  const probe = [...sectionHeader(m, size, certLines), ...sectionTail(m), ...sectionQos(m, 1)];
  const fixed = cost(probe) + 200;
  const scaled = Math.max(0, size - fixed);

  // Start again from the seed so the output does not depend on the probing above.
  m = new Model(new Rng(seed), size, hostname, preamble);
  const nVlans = Math.min(4000, Math.max(20, Math.trunc(scaled * SHARES.interfaces / 250)));
  const vlanIds: number[] = [];
  for (let i = 0; i < nVlans; i++) if (10 + i !== 999 && 10 + i < 4090) vlanIds.push(10 + i);

  const parts: string[] = [];
  const put = (lines: readonly string[]): void => {
    for (const l of lines) parts.push(l);
  };
  put(sectionHeader(m, size, certLines));
  put(sectionVlans(Math.trunc(scaled * SHARES.vlans), [...vlanIds, 999]));
  put(sectionQos(m, Math.trunc(scaled * SHARES.qos)));
  put(sectionInterfaces(m, Math.trunc(scaled * SHARES.interfaces), vlanIds));
  put(sectionRouting(m, Math.trunc(scaled * SHARES.bgp)));
  put(sectionStaticAndHttp(m, Math.trunc(scaled * SHARES.static)));
  put(sectionAcls(m, Math.trunc(scaled * SHARES.acls)));
  put(sectionPrefixLists(m, Math.trunc(scaled * SHARES.prefix_lists)));
  put(sectionLogging(Math.trunc(scaled * SHARES.snmp_logging)));
  put(sectionRouteMaps(m, Math.trunc(scaled * SHARES.route_maps)));
  put(sectionTail(m));
  const text = parts.join('\n');
  // The preamble states the real size, like IOS does (same digit count, so the length is unchanged).
  const n = text.length;
  const stated = `Current configuration : ${size} bytes`;
  const real = `Current configuration : ${String(n).length === String(size).length ? n : size} bytes`;
  const at = text.indexOf(stated);
  return at < 0 ? text : text.slice(0, at) + real + text.slice(at + stated.length);
}

/** Bit length of a positive bigint. */
function bitLength(x: bigint): number {
  return x.toString(2).length;
}

/**
 * Python's `int(a / b)` for ints a and b > 0: `/` is the correctly rounded (half-even) double of
 * the exact quotient, even when a or b is beyond 2**53; then truncation.
 */
function pyIntTrueDiv(a: bigint, b: bigint): number {
  if (a === 0n) return 0;
  if (a < 0n) return -pyIntTrueDiv(-a, b) + 0; // rounding is symmetric, int() truncates towards zero
  const s = 55 - (bitLength(a) - bitLength(b)); // scale so that the quotient has 55 or 56 bits
  const num = s >= 0 ? a << BigInt(s) : a;
  const den = s >= 0 ? b : b << BigInt(-s);
  const q = num / den;
  const sticky = num % den !== 0n;
  const extra = bitLength(q) - 53;
  const low = q & ((1n << BigInt(extra)) - 1n);
  const half = 1n << BigInt(extra - 1);
  let top = q >> BigInt(extra);
  if (low > half || (low === half && (sticky || (top & 1n) === 1n))) top += 1n;
  return Math.trunc(Number(top) * 2 ** (extra - s));
}

export interface RunningConfigOptions {
  /** Target size in bytes (see parseSize); the output is never larger and within about 0.5 % of it. */
  size: number;
  /** Random seed (default 1); like Python, a negative seed gives the same output as its absolute value. */
  seed?: number;
  /** The `hostname` line (default SW-CORE-01); ASCII only, as the Python tool encodes its output as ASCII. */
  hostname?: string;
  /** Print the "Building configuration..." / "Current configuration : N bytes" lines (default true). */
  preamble?: boolean;
}

/**
 * The Python tool's fit(): generate, then rescale the budget so the output lands just under `size` bytes.
 * Byte-identical to `gen_running_config.py --size <size> --seed <seed> --hostname <hostname> [--no-preamble]`.
 */
export function generateRunningConfig(opts: RunningConfigOptions): string {
  const size = opts.size;
  const seed = opts.seed ?? 1;
  const hostname = opts.hostname ?? 'SW-CORE-01';
  const preamble = opts.preamble ?? true;
  if (!Number.isSafeInteger(size) || size < 1) throw new RangeError(`size must be a positive integer, got ${size}`);
  if (!Number.isInteger(seed)) throw new TypeError(`seed must be an integer, got ${seed}`);
   
  if (/[^\x00-\x7f]/.test(hostname)) throw new RangeError('hostname must be ASCII (the tool writes ASCII)');

  let target = size;
  let text = generate(target, seed, hostname, preamble);
  for (let k = 0; k < 6; k++) {
    const n = text.length;
    if (n <= size && size - n <= Math.max(64, Math.floor(size / 200))) break;
    target = pyIntTrueDiv(BigInt(target) * BigInt(size), BigInt(Math.max(1, n))) - (n < size ? 0 : 32);
    text = generate(target, seed, hostname, preamble);
  }
  while (text.length > size && target > 4096) {
    target -= Math.max(64, Math.floor(size / 500));
    text = generate(target, seed, hostname, preamble);
  }
  return text;
}
