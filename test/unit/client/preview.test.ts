// The host side of the preview without VS Code: what renderPreview gives the webview, the message checks, and
// the device facts merge shared with Send Test Alert.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { analyze } from '../../../server/src/language';
import { ALERT_GROUP_NAMES, MESSAGE_FORMATS, defaultDeviceFacts } from '../../../server/src/render';
import { factsDocument, resolveDeviceFacts } from '../../../client/src/deviceFacts';
import { PREVIEW_FORMATS, PREVIEW_GROUPS, infoText, parsePersistedState, parseWebviewMessage } from '../../../client/src/preview/messages';
import { defaultProfile, profileAtLine, profileNames, renderPreview, type PreviewSelection } from '../../../client/src/preview/renderPreview';

const NOW = new Date('2026-11-22T10:00:00Z');
const CONFIG = `hostname LAB1
call-home
 contact-email-addr noc@example.com
 mail-server admin:S3cret@smtp.example.com priority 1
 mail-server ops@192.0.2.25 priority 2
 profile LAB
  destination transport-method email
  destination transport-method http
  destination address email noc@example.com
  destination address http http://127.0.0.1:8089/callhome
  destination preferred-msg-format long-text
 profile Other
  destination address email other@example.com
!
snmp-server community PUBLICS3cret RO
username admin secret 5 $1$abc$S3cretHash
`;

function preview(selection: PreviewSelection, text = CONFIG) {
  const model = analyze(text).model;
  return renderPreview({ uri: 'file:///w/lab-confg', text, model, selection, facts: defaultDeviceFacts(model), now: NOW });
}

describe('preview lists', () => {
  it('offer exactly the renderer’s formats and alert groups', () => {
    assert.deepEqual([...PREVIEW_FORMATS], [...MESSAGE_FORMATS]);
    assert.deepEqual([...PREVIEW_GROUPS], [...ALERT_GROUP_NAMES]);
  });
});

describe('renderPreview', () => {
  it('renders the profile’s preferred format unless one is picked', () => {
    const r = preview({ profile: 'LAB', group: 'test' });
    assert.equal(r.error, undefined);
    assert.equal(r.format, 'long-text');
    assert.equal(r.profile, 'LAB');
    assert.deepEqual(r.profiles, ['CiscoTAC-1', 'LAB', 'Other']);
    assert.match(r.body, /Message Type\s*:/);
    assert.match(r.messageId, /^M1:SIM00000001:[0-9A-F]{8}$/);
    assert.equal(r.bytes, Buffer.byteLength(r.body));
    assert.match(infoText(r), /^long-text · \d+ bytes · M1:/);
    const xml = preview({ profile: 'LAB', group: 'inventory', format: 'xml' });
    assert.equal(xml.format, 'xml');
    assert.match(xml.body, /<aml-block:Type>http:\/\/www.cisco.com\/2005\/05\/callhome\/inventory<\/aml-block:Type>/);
  });

  it('never shows a password, secret or community, in any group or format', () => {
    for (const group of PREVIEW_GROUPS) {
      for (const format of PREVIEW_FORMATS) {
        const r = preview({ profile: 'LAB', group, format });
        assert.equal(r.error, undefined, `${group}/${format}: ${r.error}`);
        assert.ok(!r.body.includes('S3cret'), `${group}/${format} leaks a secret`);
        assert.ok(!r.warnings.join('\n').includes('S3cret'), `${group}/${format} warnings leak a secret`);
      }
    }
    // The configuration group does attach the config, so the scrubbing really was exercised.
    assert.match(preview({ profile: 'LAB', group: 'configuration', format: 'xml' }).body, /mail-server .*smtp\.example\.com/);
  });

  it('falls back to the default profile when the picked one is gone (renamed while typing)', () => {
    const r = preview({ profile: 'Gone', group: 'test' });
    assert.equal(r.profile, 'LAB');
    assert.equal(r.error, undefined);
  });

  it('turns a refused render into an error message, never a throw', () => {
    const r = preview({ profile: 'LAB', group: 'test', format: 'bogus' as never });
    assert.match(r.error ?? '', /Cannot render the message: unknown message format/);
    assert.equal(r.body, '');
  });

  it('picks the default profile and the profile under the cursor', () => {
    const model = analyze(CONFIG).model;
    assert.equal(defaultProfile(model), 'LAB');
    assert.equal(defaultProfile(analyze('hostname R\n').model), 'CiscoTAC-1');
    assert.deepEqual(profileNames(analyze('hostname R\n').model), ['CiscoTAC-1']);
    const lines = CONFIG.split('\n');
    assert.equal(profileAtLine(model, lines.indexOf('  destination preferred-msg-format long-text')), 'LAB');
    assert.equal(profileAtLine(model, lines.indexOf(' profile Other')), 'Other');
    assert.equal(profileAtLine(model, 0), undefined);
  });
});

describe('webview messages', () => {
  it('accepts ready and well-formed picks only', () => {
    assert.deepEqual(parseWebviewMessage({ type: 'ready' }), { type: 'ready' });
    assert.deepEqual(parseWebviewMessage({ type: 'select', format: 'short-text' }), { type: 'select', format: 'short-text' });
    assert.deepEqual(parseWebviewMessage({ type: 'select', group: 'syslog', profile: 'LAB', extra: 1 }), { type: 'select', group: 'syslog', profile: 'LAB' });
    for (const bad of [null, 'select', { type: 'select' }, { type: 'select', format: 'html' }, { type: 'select', group: '<x>' }, { type: 'run', command: 'x' }, { type: 'select', profile: 'p'.repeat(300) }]) {
      assert.equal(parseWebviewMessage(bad), undefined, JSON.stringify(bad));
    }
  });

  it('restores a persisted state only with a document URI', () => {
    assert.deepEqual(parsePersistedState({ uri: 'file:///a', profile: 'LAB', group: 'crash', format: 'xml' }), { uri: 'file:///a', profile: 'LAB', group: 'crash', format: 'xml' });
    assert.deepEqual(parsePersistedState({ uri: 'file:///a', group: 'nope', format: 1 }), { uri: 'file:///a' });
    assert.equal(parsePersistedState({ profile: 'LAB' }), undefined);
    assert.equal(parsePersistedState(undefined), undefined);
  });
});

describe('device facts from settings and the facts file', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'callhome-facts-'));
    fs.writeFileSync(path.join(dir, 'show-version.txt'), 'Cisco IOS XE Software, Version 17.09.04a\n');
    fs.writeFileSync(path.join(dir, 'device.json'), JSON.stringify({ pid: 'ISR4451-X/K9', serial: 'FDO1', softwareVersion: '17.9.4a', captures: { 'show version': { file: 'show-version.txt' } } }));
    fs.writeFileSync(path.join(dir, 'bad.json'), '{ nope');
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('is nothing when nothing is configured', () => {
    assert.deepEqual(factsDocument({ settings: {} }), { errors: [] });
  });

  it('lays the settings over the file (whatever alias the file used) and makes capture paths absolute', () => {
    const { doc, errors } = factsDocument({ settings: { serialNumber: 'FDO21234ABC' }, file: path.join(dir, 'device.json') });
    assert.deepEqual(errors, []);
    assert.deepEqual(doc, { pid: 'ISR4451-X/K9', softwareVersion: '17.9.4a', captures: { 'show version': { file: path.join(dir, 'show-version.txt') } }, serialNumber: 'FDO21234ABC' });
    const model = analyze(CONFIG).model;
    const { facts, warnings } = resolveDeviceFacts(model, { settings: { serialNumber: 'FDO21234ABC' }, file: path.join(dir, 'device.json') });
    assert.deepEqual(warnings, []);
    assert.equal(facts.hostname, 'LAB1');
    assert.equal(facts.model, 'ISR4451-X/K9');
    assert.equal(facts.serialNumber, 'FDO21234ABC');
    assert.match(facts.captures?.['show version'] ?? '', /17\.09\.04a/);
  });

  it('reports a missing or broken file and invalid settings, and renders with the defaults', () => {
    const model = analyze(CONFIG).model;
    assert.match(factsDocument({ settings: {}, file: path.join(dir, 'missing.json') }).errors[0] ?? '', /missing\.json: no such file/);
    assert.match(factsDocument({ settings: {}, file: path.join(dir, 'bad.json') }).errors[0] ?? '', /not valid JSON/);
    const r = resolveDeviceFacts(model, { settings: { serialNumber: 'has space' } });
    assert.equal(r.facts.serialNumber, 'SIM00000001');
    assert.match(r.warnings[0] ?? '', /serialNumber.*using default device facts/);
  });
});
