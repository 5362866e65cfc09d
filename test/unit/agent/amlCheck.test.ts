// The receiver's message checks. The valid sample is reference/000-configuring-call-home.md §F.7
// (L3156–3253), verbatim; the required elements are those of §F.6.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkAml, checkLongText, checkMessage, checkShortText, detectFormat } from '../../../server/src/agent/amlCheck';
import { readFixture } from '../../helpers/loopback';

const sample = readFixture('aml/syslog-sample.xml');

describe('amlCheck', () => {
  it('accepts the syslog sample of the guide and extracts its identifiers', () => {
    const r = checkAml(sample);
    assert.equal(r.ok, true, r.reason);
    assert.equal(r.messageId, 'M8:9S1NMSF22DW:51AEAC68');
    assert.equal(r.deviceId, 'CSR1000V@C@9S1NMSF22DW');
    assert.equal(r.blockType, 'http://www.cisco.com/2005/05/callhome/syslog');
  });

  it('rejects XML that is not well-formed, with line and column', () => {
    const r = checkAml(sample.replace('</aml-session:From>', '</aml-session:Frm>'));
    assert.equal(r.ok, false);
    assert.match(r.reason ?? '', /^XML is not well-formed: .*\(line \d+, column \d+\)$/);
  });

  const missing: Array<[string, string, RegExp]> = [
    ['MessageId', '<aml-session:MessageId>M8:9S1NMSF22DW:51AEAC68</aml-session:MessageId>', /missing soap-env:Envelope\/soap-env:Header\/aml-session:Session\/aml-session:MessageId/],
    ['aml-block:Type', '<aml-block:Type>http://www.cisco.com/2005/05/callhome/syslog</aml-block:Type>', /missing .*aml-block:Header\/aml-block:Type$/],
    ['CreationDate', '<aml-block:CreationDate>2013-06-05 03:11:36 GMT+00:00</aml-block:CreationDate>', /missing .*aml-block:CreationDate$/],
    ['EventTime', '<ch:EventTime>2013-06-05 03:11:36 GMT+00:00</ch:EventTime>', /missing .*ch:CallHome\/ch:EventTime$/],
    ['Event/Type', '<ch:Type>syslog</ch:Type>', /missing .*ch:Event\/ch:Type$/],
    ['DeviceId', '<ch:DeviceId>CSR1000V@C@9S1NMSF22DW</ch:DeviceId>', /missing .*ch:CustomerData\/ch:ContractData\/ch:DeviceId$/],
  ];
  for (const [name, element, reason] of missing) {
    it(`rejects a message without ${name}`, () => {
      assert.ok(sample.includes(element));
      const r = checkAml(sample.replace(element, ''));
      assert.equal(r.ok, false);
      assert.match(r.reason ?? '', reason);
    });
  }

  it('rejects empty identifiers and badly formatted times', () => {
    assert.match(checkAml(sample.replace('M8:9S1NMSF22DW:51AEAC68</aml-session', '</aml-session')).reason ?? '', /aml-session:MessageId is empty/);
    assert.match(checkAml(sample.replace('CSR1000V@C@9S1NMSF22DW', '')).reason ?? '', /ch:DeviceId is empty/);
    assert.match(
      checkAml(sample.replace('<aml-block:CreationDate>2013-06-05 03:11:36 GMT+00:00', '<aml-block:CreationDate>2013-06-05T03:11:36Z')).reason ?? '',
      /aml-block:CreationDate "2013-06-05T03:11:36Z" is not YYYY-MM-DD HH:MM:SS GMT\+HH:MM/,
    );
    assert.match(
      checkAml(sample.replace('http://www.cisco.com/2005/05/callhome/syslog</aml-block:Type>', 'http://example.com/syslog</aml-block:Type>')).reason ?? '',
      /aml-block:Type "http:\/\/example.com\/syslog" does not start with http:\/\/www.cisco.com\/2005\/05\/callhome\//,
    );
  });

  it('matches namespaces, not just prefixes', () => {
    const wrongNs = sample.replace('xmlns:ch="http://www.cisco.com/2005/05/callhome"', 'xmlns:ch="http://example.com/not-callhome"');
    assert.match(checkAml(wrongNs).reason ?? '', /missing .*ch:CallHome$/);
    const otherPrefix = sample.replace(/soap-env:/g, 's:').replace('xmlns:soap-env=', 'xmlns:s=');
    assert.equal(checkAml(otherPrefix).ok, true, checkAml(otherPrefix).reason);
    assert.match(checkAml('<?xml version="1.0"?><root/>').reason ?? '', /root element is root .*expected soap-env:Envelope/);
  });

  it('long-text needs TimeStamp, Message Name and Device ID lines', () => {
    const lt = 'TimeStamp : 2024-01-12 10:00:03 GMT+00:00\nMessage Name : test\nMessage Type : test\nDevice ID : C9300@C@FOC1\n';
    assert.equal(checkLongText(lt).ok, true);
    assert.equal(checkLongText(lt).deviceId, 'C9300@C@FOC1');
    assert.match(checkLongText(lt.replace('Message Name : test\n', '')).reason ?? '', /no "Message Name :" line/);
    assert.match(checkLongText(lt.replace('Device ID : C9300@C@FOC1', 'Device ID :')).reason ?? '', /"Device ID :" line is empty/);
  });

  it('short-text must be non-empty with a time stamp', () => {
    assert.equal(checkShortText('sw1 2024-01-12 10:00:03 GMT+00:00 test message urgency 2').ok, true);
    assert.equal(checkShortText('sw1 *Jun  5 03:11:36.041: %CLEAR-5-COUNTERS').ok, true);
    assert.match(checkShortText('   ').reason ?? '', /empty/);
    assert.match(checkShortText('sw1 test message').reason ?? '', /no time stamp/);
  });

  it('detects the format from a hint, the content type or the text', () => {
    assert.equal(detectFormat('x', { format: 'long-text' }), 'long-text');
    assert.equal(detectFormat('x', { contentType: 'application/soap+xml; charset=utf-8' }), 'xml');
    assert.equal(detectFormat('  <a/>'), 'xml');
    assert.equal(detectFormat('TimeStamp : now'), 'long-text');
    assert.equal(detectFormat('sw1 2024-01-12 10:00:03'), 'short-text');
    assert.equal(checkMessage('not xml at all', { contentType: 'application/xml' }).ok, false);
  });
});
