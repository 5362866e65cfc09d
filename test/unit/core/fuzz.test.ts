// Robustness (SPEC §8): the core never throws on random or mutated input, every span it reports lies inside
// the text, and its running time grows linearly with the input (checked as a ratio, with a wide margin: a
// quadratic step would show as 8× the linear ratio, not 1.5×).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { validate } from '../../../server/src/language';
import { fixturesDir, sharedDir } from '../../helpers/paths';
import { rng } from '../../helpers/random';


const VOCAB = [
  'call-home', 'service call-home', 'profile', 'CiscoTAC-1', '"CiscoTAC-1"', 'active', 'no', 'default', 'exit', 'end', 'destination', 'address', 'email', 'http',
  'transport-method', 'preferred-msg-format', 'xml', 'long-text', 'message-size-limit', '3145728', '49', 'subscribe-to-alert-group', 'syslog', 'severity', 'debug',
  'pattern', '".*CALL_LOOP.*"', 'periodic', 'daily', 'weekly', 'monthly', '14:30', '25:99', 'monday', 'contact-email-addr', 'a@b.com', 'mail-server', 'priority',
  'secure', 'tls', 'user:pw@smtp.example.com', 'rate-limit', 'http-proxy', 'port', '65536', 'crypto', 'pki', 'trustpoint', 'certificate', 'chain', 'ca', 'quit',
  'enrollment', 'terminal', 'revocation-check', 'none', 'authenticate', 'Router(config)#', 'Device(cfg-call-home-profile)#', 'R1#', 'banner', 'motd', '^C', '!',
  '“quoted”', '"', '“', '{{ x }}', '$VAR', '30820321', 'A0030201', 'deadbeef', 'interface', 'GigabitEthernet1/0/1', 'hostname', 'conf', 't', 'do', 'show', '\t', '\u00a0',
  'alert-group-config', 'snapshot', 'add-command', 'data-privacy', 'level', 'high', 'copy', 'rename', 'reporting', 'smart-licensing-data', 'anonymous-reporting-only',
  'MIIDAjCCAmsCEH3Z/gfPqB63EHln+6eJNMYwDQYJKoZIhvcNAQEFBQAwgcExCzAJ', '-----BEGIN CERTIFICATE-----', '\u0000', '\ud83d\ude00', 'x'.repeat(300),
];

function randomConfig(r: () => number): string {
  const lines: string[] = [];
  const n = 1 + Math.floor(r() * 40);
  for (let i = 0; i < n; i++) {
    const indent = [' ', '  ', '', '', '\t', '   '][Math.floor(r() * 6)]!;
    const words: string[] = [];
    const w = Math.floor(r() * 7);
    for (let j = 0; j < w; j++) words.push(VOCAB[Math.floor(r() * VOCAB.length)]!);
    lines.push(indent + words.join(r() < 0.1 ? '' : ' '));
  }
  return lines.join(r() < 0.2 ? '\r\n' : '\n');
}

function mutate(text: string, r: () => number): string {
  let t = text;
  const ops = 1 + Math.floor(r() * 6);
  for (let k = 0; k < ops && t.length > 0; k++) {
    const at = Math.floor(r() * t.length);
    switch (Math.floor(r() * 6)) {
      case 0: // delete a range
        t = t.slice(0, at) + t.slice(Math.min(t.length, at + Math.floor(r() * 40)));
        break;
      case 1: // insert a vocabulary word
        t = `${t.slice(0, at)}${VOCAB[Math.floor(r() * VOCAB.length)]}${t.slice(at)}`;
        break;
      case 2: // duplicate a line
        {
          const s = t.lastIndexOf('\n', at) + 1;
          const e = t.indexOf('\n', at);
          const line = t.slice(s, e < 0 ? t.length : e);
          t = `${t.slice(0, s)}${line}\n${t.slice(s)}`;
        }
        break;
      case 3: // random character
        t = t.slice(0, at) + String.fromCharCode(Math.floor(r() * 0x3000)) + t.slice(at + 1);
        break;
      case 4: // strip indentation of a line
        t = t.slice(0, at) + t.slice(at).replace(/\n[ \t]+/, '\n');
        break;
      default: // truncate
        t = t.slice(0, at);
    }
  }
  return t;
}

function checkInvariants(text: string, label: string): void {
  let result;
  try {
    result = validate(text, { now: new Date('2026-11-22T00:00:00Z') });
  } catch (e) {
    assert.fail(`${label}: validate threw ${e instanceof Error ? e.stack : String(e)}\n--- input ---\n${JSON.stringify(text.slice(0, 2000))}`);
  }
  for (const d of result.diagnostics) {
    assert.ok(d.span.start >= 0 && d.span.end <= text.length && d.span.start <= d.span.end, `${label}: span ${JSON.stringify(d.span)} outside the text (${d.code})`);
    assert.ok(['error', 'warning', 'information', 'hint'].includes(d.severity), `${label}: bad severity`);
    assert.notEqual(d.code, 'internal-error', `${label}: ${d.message}\n--- input ---\n${JSON.stringify(text.slice(0, 2000))}`);
    for (const f of d.fixes ?? []) for (const e of f.edits) assert.ok(e.span.start >= 0 && e.span.end <= text.length && e.span.start <= e.span.end, `${label}: fix edit outside the text`);
  }
}

function seedTexts(): string[] {
  const texts: string[] = [];
  const corpus = path.join(sharedDir, 'corpus');
  if (fs.existsSync(corpus)) for (const f of fs.readdirSync(corpus).filter((x) => x.endsWith('.cfg'))) texts.push(fs.readFileSync(path.join(corpus, f), 'utf8'));
  const seeds = path.join(fixturesDir, 'seed-examples');
  for (const f of fs.readdirSync(seeds).filter((x) => x.endsWith('.cfg')).slice(0, 200)) texts.push(fs.readFileSync(path.join(seeds, f), 'utf8'));
  return texts;
}

describe('fuzz: the core never throws and keeps its invariants', () => {
  it('3,000 random configurations', () => {
    for (let seed = 1; seed <= 3000; seed++) checkInvariants(randomConfig(rng(seed)), `random seed ${seed}`);
  });

  it('3,000 mutations of real configurations and guide examples', () => {
    const texts = seedTexts();
    assert.ok(texts.length > 10);
    for (let seed = 1; seed <= 3000; seed++) {
      const r = rng(seed * 7919);
      checkInvariants(mutate(texts[seed % texts.length]!, r), `mutation seed ${seed}`);
    }
  });

  it('degenerate inputs', () => {
    for (const t of ['', '\n', '\r', '\r\n\r\n', '"', '“', '!', ' ', '\t\t', '\u0000\u0001', 'call-home', 'call-home\n', 'Router(config)#', '#', '>', '^C', 'banner motd', 'banner motd ^C', 'crypto pki certificate chain', 'crypto pki certificate chain X\n certificate ca', 'quit', '\ud800']) {
      checkInvariants(t, JSON.stringify(t));
    }
  });
});

/** Fastest of `reps` runs of validate on `text`, in ms (the minimum is the least noisy estimate). */
function timeIt(text: string, reps = 7): number {
  const times: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now();
    validate(text);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[0]!;
}

const PATHOLOGICAL: Record<string, (n: number) => string> = {
  'unterminated quotes': (n) => 'call-home\n'.concat(' contact-email-addr "abc\n'.repeat(n)),
  'one very long line': (n) => `call-home\n contact-email-addr ${'a'.repeat(n * 40)}\n`,
  'long line of quotes': (n) => `call-home\n street-address ${'" '.repeat(n * 20)}\n`,
  'many profiles and EXEC references': (n) => `call-home\n${Array.from({ length: n }, (_, i) => ` profile P${i}\n  destination address email a${i}@b.com\n`).join('')}${Array.from({ length: n }, (_, i) => `call-home test profile P${i}\n`).join('')}`,
  'alternating modes, flat': (n) => 'call-home\nprofile P\nactive\nexit\ncrypto pki trustpoint T\nenrollment terminal\nexit\n'.repeat(n),
  'wrapped comments and blank lines': (n) => 'call-home\n ! comment\nwrapped text\n\n\n contact-email-addr a@b.com\n'.repeat(n),
  'certificate hex without quit': (n) => `crypto pki certificate chain T\n certificate ca 01\n${'  30820321 30820209 A0030201 02020101 300D0609 2A864886 F70D0101 0B050030\n'.repeat(n)}`,
  'unclosed banner': (n) => `banner motd ^C\n${'call-home\n'.repeat(n)}`,
  'transcript prompts': (n) => 'Router(config)# call-home\nRouter(cfg-call-home)# profile X\nRouter(cfg-call-home-profile)# destination transport-method http\nsome output line\n'.repeat(n),
  'many mail servers and patterns': (n) => `call-home\n${' mail-server 10.0.0.1 priority 1\n'.repeat(n)} profile P\n${'  subscribe-to-alert-group syslog pattern "x"\n'.repeat(n)}`,
  'many CiscoTAC-1 transport switches': (n) => `call-home\n profile CiscoTAC-1\n${'  destination transport-method http\n  no destination transport-method http\n  destination transport-method email\n'.repeat(n)}`,
};

describe('linear time: 8× the input takes about 8× the time', () => {
  for (const [name, make] of Object.entries(PATHOLOGICAL)) {
    it(name, () => {
      const small = make(500);
      const large = make(4000);
      timeIt(small, 3); // warm up the JIT
      const ts = Math.max(timeIt(small), 1);
      const tl = timeIt(large);
      const ratio = tl / ts;
      // Linear ≈ 8; quadratic ≈ 64. 24 leaves room for GC and a busy machine without hiding a quadratic step.
      assert.ok(ratio < 24, `${name}: ${ts.toFixed(2)} ms → ${tl.toFixed(2)} ms for 8× the input (ratio ${ratio.toFixed(1)})`);
    });
  }
});
