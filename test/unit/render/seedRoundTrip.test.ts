// The guide's syslog sample must round-trip (SPEC §4): reference/000 §F.7 (L3156–3253), verbatim in
// test/fixtures/render/seed-syslog-sample.xml. Its fields are read with parseAml, turned into device facts and a
// configuration, and the renderer must produce the same message: same element paths in the same order, same
// attribute names and namespaces, MessageId M8:9S1NMSF22DW:51AEAC68 / GroupId G9:… (000 §F.6), severity 2.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkAml } from '../../../server/src/agent/amlCheck';
import { loadDeviceFacts, parseAml, render, xmlStructure, type AmlFields } from '../../../server/src/render';
import { fixture, modelOf } from './helpers';

const sample = fixture('seed-syslog-sample.xml');
const NOW = new Date('2013-06-05T03:11:36Z');

/** Blank runs collapsed: the sample's text was re-wrapped by the document it was copied from. */
const squash = (s: string): string => s.split(/\s+/).filter((w) => w !== '').join(' ');

function configFrom(f: AmlFields): string {
  return [`hostname ${f.name}`, 'service call-home', 'call-home', ` contact-email-addr ${f.contactEmail}`, ' profile "CiscoTAC-1"', '  active', ''].join('\n');
}

function renderLikeSample(f: AmlFields) {
  const config = configFrom(f);
  const model = modelOf(config);
  const ad = Object.fromEntries(f.chassis.ad.map((a) => [a.name, a.value]));
  const loaded = loadDeviceFacts(
    {
      model: f.chassis.model,
      serialNumber: f.chassis.serialNumber,
      hardwareVersion: f.chassis.hardwareVersion,
      partNumber: ad['PartNumber'],
      softwareVersion: ad['SoftwareVersion'],
      systemObjectId: ad['SystemObjectId'],
      systemDescription: ad['SystemDescription'],
      series: f.event.series,
      platformId: f.builderName,
      captures: Object.fromEntries(f.attachments.map((a) => [a.name, a.output])),
    },
    { model },
  );
  assert.ok(loaded.ok, loaded.ok ? '' : loaded.errors.join('\n'));
  // No severity is passed: it must come from the syslog line (%CLEAR-5-… → 7 − 5 = 2, 000 §E.4).
  return render(model, { profile: 'CiscoTAC-1', group: 'syslog', text: f.messageDescription, facts: loaded.facts, now: NOW, sequence: 8, config });
}

describe('seed syslog sample (000 §F.7) round trip', () => {
  const f = parseAml(sample);

  it('parseAml extracts the sample fields', () => {
    assert.equal(f.messageId, 'M8:9S1NMSF22DW:51AEAC68');
    assert.equal(f.groupId, 'G9:9S1NMSF22DW:51AEAC68');
    assert.equal(f.type, 'http://www.cisco.com/2005/05/callhome/syslog');
    assert.equal(f.group, 'syslog');
    assert.equal(f.creationDate, '2013-06-05 03:11:36 GMT+00:00');
    assert.equal(f.eventTime, '2013-06-05 03:11:36 GMT+00:00');
    assert.equal(f.severity, 2);
    assert.equal(f.builderName, 'CSR1000v');
    assert.equal(f.builderVersion, '2.0');
    assert.equal(squash(f.messageDescription), '*Jun 5 03:11:36.041: %CLEAR-5-COUNTERS: Clear counter on all interfaces by console');
    assert.deepEqual(f.event, { type: 'syslog', subType: '', brand: 'Cisco Systems', series: 'CSR1000v Cloud\nServices Router' });
    assert.equal(f.deviceId, 'CSR1000V@C@9S1NMSF22DW');
    assert.equal(f.name, 'qiang-vm');
    assert.equal(f.userEmail, 'weijuhua@cisco.com');
    assert.equal(f.contactEmail, 'weijuhua@cisco.com');
    assert.equal(f.chassis.model, 'CSR1000V');
    assert.equal(f.chassis.serialNumber, '9S1NMSF22DW');
    assert.deepEqual(
      f.chassis.ad.map((a) => a.name),
      ['PartNumber', 'SoftwareVersion', 'SystemObjectId', 'SystemDescription', 'ServiceNumber', 'ForwardAddress'],
    );
    assert.equal(f.chassis.ad[1]!.value, '15.4(20130604:093915)');
    assert.equal(f.attachments.length, 1);
    const a = f.attachments[0]!;
    assert.equal(a.name, 'show logging');
    assert.equal(a.type, 'inline');
    assert.equal(a.encoding, 'plain');
    assert.equal(a.cdata, true);
    assert.ok(a.data.startsWith('show logging Syslog logging: enabled (0'));
    assert.ok(a.output.startsWith('Syslog logging: enabled (0'));
    assert.ok(a.output.endsWith('qiang-vm#'));
    assert.deepEqual(f.namespaces, {
      'soap-env': 'http://www.w3.org/2003/05/soap-envelope',
      'aml-session': 'http://www.cisco.com/2004/01/aml-session',
      'aml-block': 'http://www.cisco.com/2004/01/aml-block',
      ch: 'http://www.cisco.com/2005/05/callhome',
      rme: 'http://www.cisco.com/rme/4.0',
    });
  });

  it('renders a message with the same structure: element paths and order, attribute names, namespaces', () => {
    const r = renderLikeSample(f);
    assert.equal(r.format, 'xml');
    assert.equal(r.contentType, 'application/soap+xml; charset=utf-8');
    assert.deepEqual(xmlStructure(r.body), xmlStructure(sample));
    assert.deepEqual(parseAml(r.body).namespaces, f.namespaces);
    assert.ok(r.body.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<soap-env:Envelope xmlns:soap-env="http://www.w3.org/2003/05/soap-envelope">'));
    assert.match(r.body, /<aml-session:Session xmlns:aml-session="http:\/\/www\.cisco\.com\/2004\/01\/aml-session" soap-env:mustUnderstand="true" soap-env:role="http:\/\/www\.w3\.org\/2003\/05\/soap-envelope\/role\/next">/);
    assert.deepEqual(r.warnings, []);
    assert.equal(r.truncated, false);
  });

  it('renders the same identifiers, times, severity, device and attachment', () => {
    const r = renderLikeSample(f);
    const g = parseAml(r.body);
    assert.equal(r.messageId, 'M8:9S1NMSF22DW:51AEAC68');
    assert.equal(g.messageId, 'M8:9S1NMSF22DW:51AEAC68');
    assert.equal(g.groupId, 'G9:9S1NMSF22DW:51AEAC68');
    assert.equal(g.creationDate, '2013-06-05 03:11:36 GMT+00:00');
    assert.equal(g.eventTime, '2013-06-05 03:11:36 GMT+00:00');
    assert.equal(g.severity, 2);
    assert.equal(g.deviceId, 'CSR1000V@C@9S1NMSF22DW');
    // every other field equal to the sample's (the series only re-wrapped by the document)
    for (const k of ['to', 'via', 'from', 'type', 'builderName', 'builderVersion', 'messageDescription', 'userEmail', 'customerId', 'siteId', 'contractId', 'name', 'contact', 'contactEmail', 'contactPhoneNumber', 'streetAddress', 'ccoid', 'idToken'] as const) {
      assert.equal(g[k], f[k], k);
    }
    assert.deepEqual({ ...g.event, series: squash(g.event.series) }, { ...f.event, series: squash(f.event.series) });
    assert.deepEqual(g.chassis, f.chassis);
    assert.equal(g.attachments.length, 1);
    const [a, b] = [g.attachments[0]!, f.attachments[0]!];
    assert.equal(a.name, 'show logging');
    assert.equal(a.type, 'inline');
    assert.equal(a.encoding, 'plain');
    assert.equal(a.cdata, true);
    assert.match(r.body, /<aml-block:Data encoding="plain"><!\[CDATA\[show logging\nSyslog logging: enabled \(0/);
    assert.equal(a.output, b.output);
    assert.equal(squash(a.data), squash(b.data));
  });

  it('is accepted by the local receiver check and is stable when rendered again from its own fields', () => {
    const r = renderLikeSample(f);
    const check = checkAml(r.body);
    assert.equal(check.ok, true, check.reason);
    const again = renderLikeSample(parseAml(r.body));
    assert.equal(again.body, r.body);
  });
});
