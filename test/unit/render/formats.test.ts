// Every format × every alert group (SPEC §4), the long-text layout of the 004 sample (004 §6.1, L1413–L1474),
// short text (000 §F.2), CiscoTAC-1's XML-only rule (000:L549) and passwords that must never appear.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  ALERT_GROUP_NAMES,
  DEFAULT_TEST_MESSAGE,
  GROUP_COMMANDS,
  LONG_TEXT_ATTACHMENT_FIELDS,
  LONG_TEXT_FIELDS,
  MESSAGE_FORMATS,
  loadDeviceFacts,
  parseAml,
  render,
  RenderError,
  type AlertGroupName,
} from '../../../server/src/render';
import { deviceFacts, fixture, MAIL_PASSWORD, modelOf, NOW, routerConfig } from './helpers';

const config = routerConfig();
const model = modelOf(config);
const facts = deviceFacts(model);

function commandsOf(group: AlertGroupName): readonly string[] {
  return group === 'snapshot' ? ['show version', 'show clock'] : GROUP_COMMANDS[group];
}

/** `Field : value` lines of a long-text body up to the first attachment's output. */
function longTextFields(body: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const line of body.split('\n')) {
    const i = line.indexOf(' : ');
    if (i < 0) break;
    out.push([line.slice(0, i), line.slice(i + 3)]);
    if (line.startsWith('Command Output Text :')) break;
  }
  return out;
}

describe('each format × each alert group', () => {
  for (const group of ALERT_GROUP_NAMES) {
    for (const format of MESSAGE_FORMATS) {
      it(`${group} as ${format}`, () => {
        const r = render(model, { profile: 'noc', group, format, facts, now: NOW, sequence: 3, config });
        assert.equal(r.format, format);
        assert.equal(r.contentType, format === 'xml' ? 'application/soap+xml; charset=utf-8' : 'text/plain; charset=utf-8');
        assert.equal(r.messageId, 'M3:FOX105101DH:4B17680A');
        assert.equal(r.truncated, false);
        assert.ok(r.subject.includes('edge-rtr-01') && r.subject.includes(group) && /severity \d/.test(r.subject), r.subject);
        assert.ok(!r.body.includes(MAIL_PASSWORD), 'the mail-server password never appears');
        const cmds = commandsOf(group);
        if (format === 'xml') {
          const f = parseAml(r.body);
          assert.equal(f.type, `http://www.cisco.com/2005/05/callhome/${group}`);
          assert.equal(f.event.type, group);
          assert.equal(f.messageId, 'M3:FOX105101DH:4B17680A');
          assert.equal(f.groupId, 'G4:FOX105101DH:4B17680A');
          assert.equal(f.creationDate, '2009-12-03 12:26:02 GMT+05:00');
          assert.equal(f.deviceId, 'ASR1006@C@FOX105101DH');
          assert.equal(f.name, 'edge-rtr-01');
          assert.equal(f.contactEmail, 'noc@example.com');
          assert.equal(f.customerId, 'CUST-42');
          assert.equal(f.siteId, 'SITE-7');
          assert.equal(f.contractId, '123456789');
          assert.equal(f.contactPhoneNumber, '+14085551234');
          assert.equal(f.streetAddress, '170 West Tasman Drive, San Jose, CA 95134');
          assert.equal(f.event.series, 'ASR1000 Series Routers');
          assert.deepEqual(
            f.attachments.map((a) => a.name),
            cmds,
          );
          for (const a of f.attachments) assert.equal(a.cdata, true);
        } else if (format === 'long-text') {
          const fields = longTextFields(r.body);
          assert.deepEqual(
            fields.slice(0, LONG_TEXT_FIELDS.length).map(([k]) => k),
            [...LONG_TEXT_FIELDS],
          );
          const map = new Map(fields);
          assert.equal(map.get('Message Name'), group);
          assert.equal(map.get('Message Type'), 'Call Home');
          assert.equal(map.get('Device ID'), 'ASR1006@C@FOX105101DH');
          assert.equal(map.get('TimeStamp'), '2009-12-03 12:26:02 GMT+05:00');
          const names = [...r.body.matchAll(/^Command Output Name : (.*)$/gm)].map((m) => m[1]);
          assert.deepEqual(names, cmds);
          assert.equal([...r.body.matchAll(/^Command Output Text : $/gm)].length, cmds.length);
        } else {
          const lines = r.body.trimEnd().split('\n');
          assert.equal(lines.length, 4);
          assert.equal(lines[0], 'Device: edge-rtr-01');
          assert.equal(lines[1], 'Time: 2009-12-03 12:26:02 GMT+05:00');
          assert.match(lines[2]!, /^Message: \S/);
          assert.match(lines[3]!, /^Urgency: \d \([a-z]+\)$/);
          assert.ok(r.body.length < 400, 'pager-sized');
        }
      });
    }
  }
});

describe('long text', () => {
  it('reproduces the 004 sample (L1413–L1474) field by field, in the same order', () => {
    const sample = fixture('seed-long-text-sample.txt');
    const cfg = [
      'hostname mcp-6ru-3',
      'service call-home',
      'call-home',
      ' contact-email-addr username@example.com',
      ' phone-number +12223334444',
      ' street-address "1234 Any Street Any City Any State 12345"',
      ' customer-id username@example.com',
      ' site-id example.com',
      ' contract-id 123456789',
      ' profile campus-noc',
      '  destination preferred-msg-format long-text',
      '  destination address email noc@example.com',
      '  subscribe-to-alert-group syslog',
      '',
    ].join('\n');
    const m = modelOf(cfg);
    const output = sample.slice(sample.indexOf('Command Output Text : \n') + 'Command Output Text : \n'.length);
    const loaded = loadDeviceFacts(
      { model: 'ASR1006', serialNumber: 'FOX105101DH', partNumber: '68-2584-05', hardwareVersion: '2.1', platformId: 'ASR1000', series: 'ASR1000 Series Routers', utcOffsetMinutes: '+05:00', captures: { 'show logging': output } },
      { model: m },
    );
    assert.ok(loaded.ok);
    const r = render(m, {
      profile: 'campus-noc',
      group: 'syslog',
      text: '*Dec  3 12:26:02.319 IST: %CLEAR-5-COUNTERS: Clear counter on all interfaces by console',
      facts: loaded.facts,
      now: new Date('2009-12-03T07:26:02Z'),
    });
    assert.equal(r.format, 'long-text');
    const want = longTextFields(sample);
    const got = longTextFields(r.body);
    assert.deepEqual(
      got.map(([k]) => k),
      want.map(([k]) => k),
    );
    assert.deepEqual(
      want.slice(-4).map(([k]) => k),
      [...LONG_TEXT_ATTACHMENT_FIELDS],
    );
    // The sample's time stamp has no seconds; Table 4 (000:L2858) and the XML have them.
    assert.equal(got[0]![1], '2009-12-03 12:26:02 GMT+05:00');
    assert.deepEqual(got.slice(1), want.slice(1));
    // …and the whole body is the sample but for that time stamp.
    assert.equal(r.body.trimEnd(), sample.replace('TimeStamp : 2009-12-03 12:26 GMT+05:00', 'TimeStamp : 2009-12-03 12:26:02 GMT+05:00').trimEnd());
  });
});

describe('profiles, texts, severities, identifiers', () => {
  it('CiscoTAC-1 is rendered as XML even when another format is asked for, with a warning', () => {
    for (const format of ['long-text', 'short-text'] as const) {
      const r = render(model, { profile: 'CiscoTAC-1', group: 'test', format, facts, now: NOW });
      assert.equal(r.format, 'xml');
      assert.equal(r.contentType, 'application/soap+xml; charset=utf-8');
      assert.ok(r.body.startsWith('<?xml'));
      assert.ok(r.warnings.some((w) => /XML only/.test(w) && w.includes(format)), r.warnings.join('\n'));
    }
    // profile names are case-insensitive (000:L541)
    assert.equal(render(model, { profile: 'ciscotac-1', group: 'test', facts, now: NOW }).format, 'xml');
  });

  it("uses the profile's preferred format when none is asked for", () => {
    assert.equal(render(model, { profile: 'noc', group: 'test', facts, now: NOW }).format, 'long-text');
  });

  it('test messages get a default text when none is given, and the given text otherwise', () => {
    assert.equal(parseAml(render(model, { profile: 'CiscoTAC-1', group: 'test', facts, now: NOW }).body).messageDescription, DEFAULT_TEST_MESSAGE);
    assert.equal(parseAml(render(model, { profile: 'CiscoTAC-1', group: 'test', text: '   ', facts, now: NOW }).body).messageDescription, DEFAULT_TEST_MESSAGE);
    const f = parseAml(render(model, { profile: 'CiscoTAC-1', group: 'test', text: 'test of the day <&>', facts, now: NOW }).body);
    assert.equal(f.messageDescription, 'test of the day <&>');
    assert.equal(f.event.type, 'test');
    assert.equal(f.event.subType, 'test');
    assert.equal(f.attachments.length, 0);
  });

  it('syslog severity follows the syslog level (Call Home = 7 − syslog), unless given', () => {
    const sev = (text: string, severity?: number): number | undefined =>
      parseAml(render(model, { profile: 'CiscoTAC-1', group: 'syslog', text, facts, now: NOW, ...(severity === undefined ? {} : { severity }) }).body).severity;
    assert.equal(sev('%LINK-3-UPDOWN: Interface Gi1, changed state to down'), 4);
    assert.equal(sev('%SYS-0-EMERG: boom'), 7);
    assert.equal(sev('%SYS-7-DEBUG: x'), 0);
    assert.equal(sev('no level here'), 2);
    assert.equal(sev('%LINK-3-UPDOWN: x', 9), 9);
  });

  it('formats times at the device offset and ids from the epoch seconds', () => {
    const at = (utcOffsetMinutes: number) => parseAml(render(model, { profile: 'CiscoTAC-1', group: 'test', facts: { ...facts, utcOffsetMinutes }, now: new Date('2013-06-05T03:11:36Z'), sequence: 41 }).body);
    assert.equal(at(0).creationDate, '2013-06-05 03:11:36 GMT+00:00');
    assert.equal(at(-210).eventTime, '2013-06-04 23:41:36 GMT-03:30');
    assert.equal(at(330).eventTime, '2013-06-05 08:41:36 GMT+05:30');
    assert.equal(at(330).messageId, 'M41:FOX105101DH:51AEAC68');
    assert.equal(at(330).groupId, 'G42:FOX105101DH:51AEAC68');
  });

  it('rejects what cannot be rendered with a RenderError, not a crash', () => {
    assert.throws(() => render(model, { profile: 'nope', group: 'test', facts, now: NOW }), (e: unknown) => e instanceof RenderError && /profile "nope" is not configured \(profiles: CiscoTAC-1, noc\)/.test(e.message));
    assert.throws(() => render(model, { profile: 'noc', group: 'test', severity: 10, facts, now: NOW }), RenderError);
    assert.throws(() => render(model, { profile: 'noc', group: 'bogus' as AlertGroupName, facts, now: NOW }), RenderError);
    assert.throws(() => render(model, { profile: 'noc', group: 'test', facts, now: new Date('x') }), RenderError);
    assert.throws(() => render(model, { profile: 'noc', group: 'test', facts: { ...facts, serialNumber: 'A:B' }, now: NOW }), /serialNumber/);
  });

  it('escapes markup in every text field of the XML', () => {
    const m = modelOf(routerConfig().replace('site-id SITE-7', 'site-id "<b>&amp;</b>"'));
    const r = render(m, { profile: 'CiscoTAC-1', group: 'test', text: ']]> <x> & "q"', facts: { ...facts, systemDescription: 'a "b" <c> & d' }, now: NOW });
    const f = parseAml(r.body);
    assert.equal(f.siteId, '<b>&amp;</b>');
    assert.equal(f.messageDescription, ']]> <x> & "q"');
    assert.equal(f.chassis.ad.find((a) => a.name === 'SystemDescription')?.value, 'a "b" <c> & d');
  });
});

describe('attachments', () => {
  it('come from captures, verbatim, and are "not collected" otherwise — never invented', () => {
    const f = parseAml(render(model, { profile: 'CiscoTAC-1', group: 'crash', facts, now: NOW }).body);
    const byName = new Map(f.attachments.map((a) => [a.name, a]));
    assert.deepEqual([...byName.keys()], ['show version', 'show logging', 'show region', 'show stack']);
    assert.ok(byName.get('show logging')!.output.startsWith('Syslog logging: enabled (1 messages dropped'));
    assert.ok(byName.get('show version')!.output.includes('Processor board ID FOX105101DH'));
    for (const n of ['show region', 'show stack']) assert.match(byName.get(n)!.output, /^\[not collected: no capture of "show (region|stack)"/);
    const r = render(model, { profile: 'CiscoTAC-1', group: 'crash', facts, now: NOW });
    assert.ok(r.warnings.some((w) => w.includes('not collected') && w.includes('show region; show stack')));
  });

  it('drop a captured echo of the command (`Router#show clock`)', () => {
    const f = parseAml(render(model, { profile: 'CiscoTAC-1', group: 'snapshot', facts, now: NOW }).body);
    const clock = f.attachments.find((a) => a.name === 'show clock')!;
    assert.equal(clock.output, '*12:26:02.319 IST Thu Dec 3 2009\n');
    assert.equal(clock.data, 'show clock\n*12:26:02.319 IST Thu Dec 3 2009\n');
  });

  it('the configuration group attaches the configuration itself as show running-config all, scrubbed', () => {
    const r = render(model, { profile: 'noc', group: 'configuration', format: 'xml', facts, now: NOW, config });
    const run = parseAml(r.body).attachments.find((a) => a.name === 'show running-config all')!;
    assert.ok(run.output.includes('hostname edge-rtr-01'));
    assert.ok(run.output.includes('enable secret 5 <removed>'));
    assert.ok(!run.output.includes('$1$mERr$'));
    assert.ok(!r.body.includes(MAIL_PASSWORD));
    // without the configuration text it is not collected either
    const r2 = render(model, { profile: 'noc', group: 'configuration', format: 'xml', facts, now: NOW });
    assert.match(parseAml(r2.body).attachments.find((a) => a.name === 'show running-config all')!.output, /^\[not collected/);
  });

  it('snapshot attaches the add-command list; without one it warns', () => {
    const f = parseAml(render(model, { profile: 'CiscoTAC-1', group: 'snapshot', facts, now: NOW }).body);
    assert.deepEqual(
      f.attachments.map((a) => a.name),
      ['show version', 'show clock'],
    );
    const m = modelOf('service call-home\ncall-home\n contact-email-addr a@b.c\n profile p\n  destination address email a@b.c\n');
    const r = render(m, { profile: 'p', group: 'snapshot', format: 'xml', facts, now: NOW });
    assert.equal(parseAml(r.body).attachments.length, 0);
    assert.ok(r.warnings.some((w) => w.includes('add-command')));
  });
});

describe('passwords and warnings', () => {
  it('the mail-server password never appears, even when a text or a capture carries it', () => {
    const leaky = { ...facts, captures: { ...facts.captures, 'show logging': `mail-server admin:${MAIL_PASSWORD}@smtp.corp.example.com\nlogin with ${MAIL_PASSWORD} failed` } };
    for (const format of MESSAGE_FORMATS) {
      for (const group of ['test', 'syslog', 'configuration'] as const) {
        const r = render(model, { profile: 'noc', group, format, text: `pw ${MAIL_PASSWORD}`, facts: leaky, now: NOW, config });
        assert.ok(!r.body.includes(MAIL_PASSWORD), `${group} ${format}`);
        assert.ok(!r.subject.includes(MAIL_PASSWORD));
        assert.ok(!r.warnings.join('\n').includes(MAIL_PASSWORD));
      }
    }
  });

  it('says what the device would do differently', () => {
    const m = modelOf('hostname r1\ncall-home\n profile p\n  destination address email a@b.c\n  subscribe-to-alert-group syslog severity major\n  no active\n');
    const w = render(m, { profile: 'p', group: 'syslog', text: '%LINK-3-UPDOWN: x', format: 'xml', facts, now: NOW }).warnings.join('\n');
    assert.match(w, /service call-home/);
    assert.match(w, /not active/);
    assert.match(w, /below the profile's threshold major/);
    assert.match(w, /contact-email-addr/);
    const w2 = render(m, { profile: 'p', group: 'inventory', format: 'xml', facts, now: NOW }).warnings.join('\n');
    assert.match(w2, /not subscribed to alert group inventory/);
    const w3 = render(m, { profile: 'CiscoTAC-1', group: 'inventory', facts, now: NOW }).warnings.join('\n');
    assert.match(w3, /CiscoTAC-1 is inactive by default/);
    assert.doesNotMatch(w3, /not subscribed/);
  });
});
