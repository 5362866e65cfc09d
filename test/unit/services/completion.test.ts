// Completion by mode (SPEC §3.4): keywords of the mode at the cursor, enum values, and the names the document
// defines. The mode comes from the core's own mode tracking (indentation, flat input, prompts).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { complete, modeAtLine } from '../../../server/src/services';
import fs from 'node:fs';
import { after, analysisOf, configFiles } from './util';

const labels = (text: string, offset: number): string[] => complete(analysisOf(text), offset).items.map((i) => i.label);

const CONFIG = `hostname R1
service call-home
call-home
 contact-email-addr noc@example.com
 profile "CiscoTAC-1"
  active
 profile NOC
  destination transport-method email
  
 
crypto pki trustpoint SLA-TrustPoint
 enrollment terminal
 
crypto pki authenticate 
call-home test profile 
`;

describe('completion', () => {
  it('offers profile-mode keywords, with documentation, on an indented line in a profile', () => {
    const off = after(CONFIG, 'transport-method email\n  ');
    const r = complete(analysisOf(CONFIG), off);
    assert.equal(r.mode, 'profile');
    const l = r.items.map((i) => i.label);
    for (const k of ['active', 'destination', 'subscribe-to-alert-group', 'reporting', 'exit']) assert.ok(l.includes(k), k);
    assert.ok(!l.includes('contact-email-addr'), 'call-home keywords are not offered inside a profile');
    const sub = r.items.find((i) => i.label === 'subscribe-to-alert-group')!;
    assert.match(sub.documentation ?? '', /subscribe-to-alert-group \{all/);
    assert.match(sub.documentation ?? '', /003:L1106/);
    assert.deepEqual(sub.replace, { start: off, end: off });
  });

  it('offers call-home keywords one level up, and global keywords at column 0', () => {
    const ch = complete(analysisOf(CONFIG), after(CONFIG, 'email\n  \n '));
    assert.equal(ch.mode, 'call-home');
    assert.ok(ch.items.some((i) => i.label === 'mail-server'));
    const t = `call-home\n profile A\n  active\n`;
    const g = complete(analysisOf(t), t.length);
    assert.equal(g.mode, 'global');
    assert.ok(g.items.some((i) => i.label === 'call-home') && g.items.some((i) => i.label === 'crypto'));
  });

  it('completes a partial keyword and replaces only that word; abbreviations before it resolve', () => {
    const t = `call-home\n profile P\n  dest pre`;
    const r = complete(analysisOf(t), t.length);
    assert.deepEqual(r.items.map((i) => i.label), ['preferred-msg-format']);
    assert.deepEqual(r.items[0]!.replace, { start: t.length - 3, end: t.length });
    const v = `call-home\n profile P\n  destination preferred-msg-format `;
    assert.deepEqual(labels(v, v.length).sort(), ['long-text', 'short-text', 'xml']);
  });

  it('offers alert groups and the ten severity names in order', () => {
    const t = `call-home\n profile P\n  subscribe-to-alert-group `;
    const groups = complete(analysisOf(t), t.length).items;
    assert.ok(groups.every((g) => g.kind === 'alert-group'));
    assert.deepEqual(groups.map((g) => g.label).sort(), ['all', 'configuration', 'crash', 'diagnostic', 'environment', 'inventory', 'snapshot', 'syslog']);
    assert.match(groups.find((g) => g.label === 'inventory')!.documentation!, /000:L2797/);
    const s = `${t}syslog severity `;
    const sev = complete(analysisOf(s), s.length).items;
    assert.deepEqual(sev.map((i) => i.label), ['catastrophic', 'disaster', 'fatal', 'critical', 'major', 'minor', 'warning', 'notification', 'normal', 'debugging']);
    assert.match(sev[0]!.detail!, /Level 9/);
    const p = `${t}inventory periodic weekly `;
    assert.ok(labels(p, p.length).includes('monday'));
    const k = `${t}syslog `;
    assert.deepEqual(labels(k, k.length).sort(), ['pattern', 'periodic', 'severity']);
  });

  it('offers profile names for EXEC commands and trustpoint names for crypto pki authenticate', () => {
    const r = complete(analysisOf(CONFIG), after(CONFIG, 'call-home test profile ')).items;
    assert.deepEqual(r.map((i) => i.label), ['CiscoTAC-1', 'NOC']);
    assert.ok(r.every((i) => i.kind === 'profile'));
    const tp = complete(analysisOf(CONFIG), after(CONFIG, 'crypto pki authenticate ')).items;
    assert.deepEqual(tp.map((i) => i.label), ['SLA-TrustPoint']);
    const quoted = `call-home\n profile "My Profile"\ncall-home test profile `;
    const q = complete(analysisOf(quoted), quoted.length).items.find((i) => i.label === 'My Profile');
    assert.equal(q?.insertText, '"My Profile"');
  });

  it('offers trustpoint keywords inside a trustpoint', () => {
    const r = complete(analysisOf(CONFIG), after(CONFIG, 'enrollment terminal\n '));
    assert.equal(r.mode, 'trustpoint');
    assert.ok(r.items.some((i) => i.label === 'revocation-check'));
  });

  it('keeps the mode in flat configure-terminal input', () => {
    const t = `call-home\nprofile X\n`;
    const r = complete(analysisOf(t), t.length);
    assert.equal(r.mode, 'profile');
    assert.ok(r.items.some((i) => i.label === 'destination'));
    const e = `call-home\nprofile X\nexit\n`;
    assert.equal(complete(analysisOf(e), e.length).mode, 'call-home');
  });

  it('reads the mode from a transcript prompt', () => {
    const t = `Router(config)# call-home\nRouter(cfg-call-home)# profile P\nRouter(cfg-call-home-profile)# dest`;
    const r = complete(analysisOf(t), t.length);
    assert.equal(r.mode, 'profile');
    assert.deepEqual(r.items.map((i) => i.label), ['destination']);
  });

  it('completes after `no` and `default` without offering `no` again', () => {
    const t = `call-home\n profile P\n  no `;
    const l = labels(t, t.length);
    assert.ok(l.includes('active'));
    assert.ok(!l.includes('no'));
  });

  it('offers nothing in comments, quoted values and certificate bodies', () => {
    const c = `call-home\n ! a comment `;
    assert.deepEqual(labels(c, c.length), []);
    const q = `call-home\n contact-email-addr "x y`;
    assert.deepEqual(labels(q, q.length), []);
    const hex = `crypto pki certificate chain T\n certificate ca 01\n  30820122 3082`;
    assert.deepEqual(labels(hex, hex.length), []);
  });

  it('reports the mode of each line like the device reads it', () => {
    const t = `call-home\n profile A\n  active\n alert-group-config snapshot\n  add-command "show version"\n\ncrypto pki certificate chain T\n certificate ca 01\n`;
    const a = analysisOf(t);
    assert.equal(modeAtLine(a, 2).mode, 'profile');
    assert.equal(modeAtLine(a, 2).name, 'A');
    assert.equal(modeAtLine(a, 4).mode, 'snapshot');
    assert.equal(modeAtLine(a, 7).mode, 'cert-chain');
  });

  it('reads only from the last global command before the line, with the same result as from the top', () => {
    for (const f of configFiles().filter((x) => /corpus/.test(x) || /-L(507|2113|2323)-/.test(x))) {
      const a = analysisOf(fs.readFileSync(f, 'utf8'));
      // A transcript flag makes modeAtLine read from the top: the reference.
      const fromTop = { ...a, model: { ...a.model, transcript: true } };
      for (let line = 0; line < a.lineStarts.length; line += 3) assert.deepEqual(modeAtLine(a, line), modeAtLine(fromTop, line), `${f}:${line + 1}`);
    }
  });
});
