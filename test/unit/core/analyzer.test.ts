// How the analyzer reads the input forms of SPEC §3.1: modes, indentation, transcripts, banners, certificates.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, findProfile, validate } from '../../../server/src/language';

const codes = (text: string): string[] => validate(text, { now: new Date('2026-11-22T00:00:00Z') }).diagnostics.map((d) => d.code);

describe('analyzer: input forms', () => {
  it('reads an indented running-config block', () => {
    const m = analyze('call-home\n contact-email-addr a@b.com\n profile P1\n  destination address email x@y.com\n  active\n mail-server 10.0.0.1 priority 1\n!\n').model;
    assert.equal(m.callHome.contactEmail?.value, 'a@b.com');
    assert.equal(findProfile(m, 'P1')?.destinations[0]?.value, 'x@y.com');
    assert.equal(m.callHome.mailServers.length, 1, 'mail-server after the profile belongs to call-home');
  });

  it('reads flat configure-terminal input and pops to the parent mode as IOS does', () => {
    const m = analyze('conf t\ncall-home\ncontact-email-addr a@b.com\nprofile P1\ndestination address email x@y.com\nmail-server 10.0.0.1 priority 1\nprofile P2\nactive\nend\n').model;
    assert.equal(m.callHome.mailServers.length, 1);
    assert.deepEqual(m.profiles.map((p) => p.name), ['CiscoTAC-1', 'P1', 'P2']);
    assert.equal(findProfile(m, 'P1')?.destinations.length, 1);
  });

  it('ends a flat call-home block at a line it does not know (a global command), silently', () => {
    const r = validate('call-home\ncontact-email-addr a@b.com\ninterface GigabitEthernet1\n description uplink\n ip address 10.0.0.1 255.255.255.0\n');
    assert.deepEqual(r.diagnostics, []);
  });

  it('warns "did you mean" for a close misspelling in a flat call-home block', () => {
    const r = validate('call-home\ncontact-emial-addr a@b.com\n');
    const d = r.diagnostics.find((x) => x.code === 'unknown-command');
    assert.ok(d, 'expected an unknown-command warning');
    assert.match(d.message, /did you mean `contact-email-addr`/);
    assert.equal(d.severity, 'warning');
  });

  it('warns (never errors) on an unknown indented line inside call-home', () => {
    const r = validate('call-home\n contact-email-addr a@b.com\n frobnicate 1\n');
    assert.deepEqual(r.diagnostics.map((d) => [d.code, d.severity]), [['unknown-command', 'warning']]);
  });

  it('follows pasted transcripts: the prompt gives the mode', () => {
    const m = analyze('Router# configure terminal\nRouter(config)# call-home\nRouter(cfg-call-home)# profile TG\nRouter(cfg-call-home-profile)# destination transport-method http\nRouter(cfg-call-home-profile)# exit\nRouter(cfg-call-home)# contact-email-addr x@y.com\n').model;
    assert.equal(findProfile(m, 'TG')?.transport.http, true);
    assert.equal(m.callHome.contactEmail?.value, 'x@y.com');
    assert.equal(m.transcript, true);
  });

  it('accepts OCR-spaced prompts and ignores device output between prompts', () => {
    const m = analyze('Device# configure terminal\n\nEnter configuration commands, one per line.  End with CNTL/Z.\nDevice (cfg-call-home) # contact-email-addr a@b.com\n').model;
    assert.equal(m.callHome.contactEmail?.value, 'a@b.com');
  });

  it('treats a `show running-config` capture after a prompt as configuration', () => {
    const m = analyze('R1#show running-config\nBuilding configuration...\n\nhostname R1\ncall-home\n contact-email-addr a@b.com\n').model;
    assert.equal(m.hostname?.word.value, 'R1');
    assert.equal(m.callHome.contactEmail?.value, 'a@b.com');
    assert.equal(m.transcript, false);
  });

  it('resolves abbreviated keywords to any unique prefix', () => {
    const m = analyze('call-home\n contact a@b.com\n prof P\n  dest add email x@y.com\n  dest pref long\n  dest trans http\n  subscribe syslog sev debug\n').model;
    const p = findProfile(m, 'P')!;
    assert.equal(m.callHome.contactEmail?.value, 'a@b.com');
    assert.equal(p.destinations[0]?.value, 'x@y.com');
    assert.equal(p.format, 'long-text');
    assert.equal(p.transport.http, true);
    assert.equal(p.subscriptions[0]?.severity?.level, 'debugging');
  });

  it('does not read unrelated global commands as abbreviations (`call application voice`)', () => {
    const m = analyze('call application voice x flash:x.tcl\n').model;
    assert.equal(m.callHome.openers.length, 0);
  });

  it('handles no/default forms and does not enter a mode on `no`', () => {
    const m = analyze('call-home\n no profile CiscoTAC-1\n profile P\n  no active\n  default active\n').model;
    assert.equal(findProfile(m, 'P')?.active, true, 'default active restores a user profile to active');
    const t = analyze('call-home\n profile CiscoTAC-1\n  active\n  default active\n').model;
    assert.equal(t.profiles[0]!.active, false, 'default active restores CiscoTAC-1 to inactive');
  });

  it('skips banners, whatever they contain', () => {
    const r = validate('banner motd ^C\ncall-home\n contact-email-addr not-an-email\n^C\nhostname R1\n');
    assert.deepEqual(r.diagnostics, []);
    assert.equal(r.analysis.model.hostname?.word.value, 'R1');
  });

  it('handles single-line banners and other delimiters', () => {
    const m = analyze('banner login # hello #\nbanner exec %\ncall-home\n%\nhostname H\n').model;
    assert.equal(m.hostname?.word.value, 'H');
    assert.equal(m.callHome.openers.length, 0);
  });

  it('reads certificate hex blocks, nvram references, quit at any indentation or with a tab, lower-case hex', () => {
    const text = 'crypto pki certificate chain TP\n certificate self-signed 01 nvram:IOS-Self-Sig#2.cer\n certificate ca 02\n  3082aa\n\tquit\nhostname X\n';
    const m = analyze(text).model;
    const chain = m.chains[0]!;
    assert.equal(chain.certificates.length, 2);
    assert.equal(chain.certificates[0]!.fileRef?.value, 'nvram:IOS-Self-Sig#2.cer');
    assert.equal(chain.certificates[1]!.endedByQuit, true);
    assert.equal(m.hostname?.word.value, 'X');
  });

  it('accepts an empty certificate body without an error', () => {
    const r = validate('crypto pki certificate chain TP\n certificate ca 01\n  quit\n');
    assert.deepEqual(r.diagnostics, []);
  });

  it('keeps a block going across a comment that wrapped to column 0', () => {
    const text = 'call-home\n ! If contact email address in call-home is configured as x\n ! the email address configured in the portal will be used as contact email address\nto send SCH notifications.\n contact-email-addr sch@cisco.com\n profile "CiscoTAC-1"\n  active\n  destination transport-method http\n';
    const r = validate(text);
    assert.equal(r.analysis.model.callHome.contactEmail?.value, 'sch@cisco.com');
    assert.deepEqual(r.diagnostics.map((d) => d.code), []);
  });

  it('treats blank lines as neutral and a column-0 line as the end of an indented block', () => {
    const m = analyze('call-home\n mail-server 10.0.0.1 priority 1\n\n profile P\n  active\n\ncrypto pki trustpoint T\n enrollment terminal\n\ncrypto pki authenticate T\n').model;
    assert.equal(findProfile(m, 'P')?.configured, true);
    assert.equal(m.trustpoints[0]?.enrollment?.method, 'terminal');
    assert.equal(m.authentications.length, 1);
  });

  it('does not let template placeholders derail the lines that follow', () => {
    const r = validate('call-home\n contact-email-addr {{ contact_email }}\n phone-number $PHONE\n profile {{ name }}\n  destination address email {{ dest }}\n mail-server {{ smtp }} priority 1\nhostname R9\n');
    assert.deepEqual(r.diagnostics.filter((d) => d.severity === 'error'), []);
    assert.equal(r.analysis.model.hostname?.word.value, 'R9');
  });

  it('tolerates trailing spaces, tabs, CRLF and NBSP', () => {
    const m = analyze('call-home \r\n\tcontact-email-addr a@b.com  \r\n profile\u00a0P\r\n').model;
    assert.equal(m.callHome.contactEmail?.value, 'a@b.com');
    assert.ok(findProfile(m, 'P'));
  });

  it('reads a base64 CA certificate pasted after crypto pki authenticate (transcript and flat)', () => {
    const b64 = 'MIIBszCCAVmgAwIBAgIU'; // too short and invalid on purpose: it must be reported, not crash
    const r = validate(`crypto pki trustpoint cisco\n enrollment terminal\ncrypto pki authenticate cisco\n${b64}AAAA\nquit\n`);
    assert.deepEqual(r.diagnostics.map((d) => d.code), ['certificate-invalid']);
  });

  it('accepts EXEC commands in snippets', () => {
    const r = validate('call-home\n contact-email-addr a@b.com\n profile P\n  destination address email x@y.com\n mail-server 1.1.1.1 priority 1\nend\ncall-home test "hello world" profile P\ncall-home send alert-group inventory profile CiscoTAC-1\nshow call-home profile all\n');
    assert.deepEqual(r.diagnostics.map((d) => d.code), []);
    assert.equal(r.analysis.model.execCommands.length, 2);
  });

  it('recognises IOS XR call-home without reading XR commands as IOS abbreviations', () => {
    assert.ok(!codes('call-home\n service active\n contact smart-licensing\n').includes('contact-email-invalid'));
  });

  it('gives folding blocks for call-home, profiles, trustpoints, chains, certificates and banners', () => {
    const a = analyze('banner motd ^C\nhi\n^C\ncall-home\n contact-email-addr a@b.com\n profile P\n  active\n!\ncrypto pki trustpoint T\n enrollment terminal\n!\n');
    const kinds = a.blocks.map((b) => `${b.kind}:${b.startLine}-${b.endLine}`).sort();
    assert.deepEqual(kinds, ['banner:0-2', 'call-home:3-6', 'profile:5-6', 'trustpoint:8-9']);
  });
});

describe('analyzer: blocks and banners after crypto pki', () => {
  it('reads a banner that follows a flat certificate chain as a banner', () => {
    const r = validate('crypto pki certificate chain TP\ncertificate ca 01\nquit\nbanner motd ^C\ncall-home\ncontact-email-addr not-an-email\n^C\nhostname AFTER\n');
    assert.deepEqual(r.diagnostics, []);
    assert.equal(r.analysis.model.hostname?.word.value, 'AFTER');
  });

  it('extends a certificate chain block over its hex lines and quit', () => {
    const a = analyze('crypto pki certificate chain TP\n certificate ca 01\n  3082aa 3082bb\n  3082cc\n  quit\n!\nhostname H\n');
    const chain = a.blocks.find((b) => b.kind === 'cert-chain')!;
    assert.deepEqual([chain.startLine, chain.endLine], [0, 4]);
  });
});

describe('analyzer: an indented comment makes its block indented', () => {
  it('a column-0 line after `call-home` + indented comment is outside the block (no did-you-mean)', () => {
    const r = validate('call-home\n ! generated by Smart Licensing\ncontact-emial-addr x\n');
    assert.deepEqual(r.diagnostics.map((d) => d.code), ['contact-email-missing']);
  });
});
