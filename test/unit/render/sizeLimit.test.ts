// `destination message-size` (000:L654, 50–3,145,728 bytes, default 3,145,728): the rendered body never exceeds
// it; attachments are cut first and marked (SPEC §4).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseAml, render, truncationMarker, type DeviceFacts } from '../../../server/src/render';
import { deviceFacts, modelOf, NOW, routerConfig } from './helpers';

const bytes = (s: string): number => Buffer.byteLength(s, 'utf8');

function setup(limit?: number) {
  const config = routerConfig([], limit === undefined ? [] : [`destination message-size ${limit}`]);
  const model = modelOf(config);
  const big = Array.from({ length: 2000 }, (_, i) => `*Dec  3 07:17:${String(i % 60).padStart(2, '0')}.000: %LINK-3-UPDOWN: Interface Gi${i}, changed state to down`).join('\n');
  const facts: DeviceFacts = { ...deviceFacts(model), captures: { 'show logging': big, 'show version': 'Cisco IOS XE Software, Version 17.3.4a\n'.repeat(50) } };
  return { config, model, facts, big };
}

describe('message-size-limit', () => {
  it("uses the profile's destination message-size: XML under the limit, attachment cut and marked, still valid AML", () => {
    const { config, model, facts } = setup(6000);
    assert.equal(model.profiles.find((p) => p.name === 'noc')!.messageSizeLimit, 6000);
    const r = render(model, { profile: 'noc', group: 'syslog', format: 'xml', text: '%LINK-3-UPDOWN: x', facts, now: NOW, config });
    assert.equal(r.sizeLimit, 6000);
    assert.ok(bytes(r.body) <= 6000, `${bytes(r.body)} bytes`);
    assert.equal(r.bytes, bytes(r.body));
    assert.equal(r.truncated, true);
    const f = parseAml(r.body);
    const a = f.attachments[0]!;
    assert.equal(a.name, 'show logging');
    assert.ok(a.output.startsWith('*Dec  3 07:17:00.000: %LINK-3-UPDOWN: Interface Gi0,'));
    assert.ok(a.output.endsWith(`\n${truncationMarker(6000)}`), a.output.slice(-80));
    assert.equal(truncationMarker(6000), '[truncated by Call Home message-size-limit 6000]');
    assert.ok(r.body.length > 5000, 'the budget is used, not wasted');
    assert.ok(r.warnings.some((w) => /message-size-limit 6000: attachment output cut \(show logging\)/.test(w)));
  });

  it('long text: cuts the largest attachments first', () => {
    const { config, model, facts } = setup();
    const r = render(model, { profile: 'noc', group: 'crash', format: 'long-text', facts, now: NOW, config, messageSizeLimit: 4000 });
    assert.ok(bytes(r.body) <= 4000, `${bytes(r.body)}`);
    assert.equal(r.truncated, true);
    assert.ok(r.body.includes(truncationMarker(4000)));
    // show version (small) is intact; show logging (large) was cut
    assert.ok(r.body.includes('Cisco IOS XE Software, Version 17.3.4a\n'.repeat(50)));
    assert.match(r.body, /Command Output Name : show logging\n[^]*\[truncated by Call Home message-size-limit 4000\]/);
  });

  it('never splits a multi-byte character', () => {
    const { config, model, facts } = setup();
    const f2: DeviceFacts = { ...facts, captures: { 'show logging': 'é€😀'.repeat(5000) } };
    const base = render(model, { profile: 'noc', group: 'syslog', format: 'xml', facts: { ...facts, captures: { 'show logging': '' } }, now: NOW, config }).bytes;
    for (const limit of [base + 100, base + 101, base + 102, base + 103, base + 1004]) {
      const r = render(model, { profile: 'noc', group: 'syslog', format: 'xml', facts: f2, now: NOW, config, messageSizeLimit: limit });
      assert.ok(bytes(r.body) <= limit);
      assert.ok(!r.body.includes('\uFFFD'));
      const out = parseAml(r.body).attachments[0]!.output;
      assert.match(out, /^(é€😀)*(é|é€)?\n\[truncated/u);
    }
  });

  it('keeps CDATA valid when the output contains "]]>"', () => {
    const { config, model, facts } = setup();
    const text = 'a]]>b\n'.repeat(3000);
    const r = render(model, { profile: 'noc', group: 'syslog', format: 'xml', facts: { ...facts, captures: { 'show logging': text } }, now: NOW, config, messageSizeLimit: 6000 });
    assert.ok(bytes(r.body) <= 6000);
    assert.ok(bytes(r.body) > 5900, `the budget is used: ${bytes(r.body)}`);
    const out = parseAml(r.body).attachments[0]!.output;
    assert.match(out, /^(a\]\]>b\n)+(a|a\]|a\]\]|a\]\]>|a\]\]>b)?\n?\[truncated by Call Home message-size-limit 6000\]$/);
    const full = render(model, { profile: 'noc', group: 'syslog', format: 'xml', facts: { ...facts, captures: { 'show logging': text } }, now: NOW, config });
    assert.equal(full.truncated, false);
    assert.equal(parseAml(full.body).attachments[0]!.output, text);
  });

  it('when even the message without attachments does not fit, cuts the description and says so', () => {
    const { config, model, facts } = setup();
    const text = `%SYS-5-CONFIG_I: ${'x'.repeat(5000)}`;
    const r = render(model, { profile: 'noc', group: 'syslog', format: 'long-text', text, facts, now: NOW, config, messageSizeLimit: 1500 });
    assert.ok(bytes(r.body) <= 1500, `${bytes(r.body)}`);
    assert.ok(r.warnings.some((w) => /attachments left out/.test(w)));
    assert.ok(r.warnings.some((w) => /event description was cut/.test(w)));
    assert.match(r.body, /^Event Description : %SYS-5-CONFIG_I: x+ \[truncated by Call Home message-size-limit 1500\]$/m);
    assert.doesNotMatch(r.body, /Command Output Name/);
  });

  it('short text: the description is cut to the limit', () => {
    const { config, model, facts } = setup();
    const r = render(model, { profile: 'noc', group: 'test', format: 'short-text', text: 'y'.repeat(1000), facts, now: NOW, config, messageSizeLimit: 200 });
    assert.ok(bytes(r.body) <= 200);
    assert.match(r.body, /^Device: edge-rtr-01\nTime: .*\nMessage: y+ \[truncated by Call Home message-size-limit 200\]\nUrgency: 2 \(notification\)\n$/);
  });

  it('the smallest limit (50 bytes) still holds, with a clear warning that the message is incomplete', () => {
    const { config, model, facts } = setup();
    for (const format of ['xml', 'long-text', 'short-text'] as const) {
      const r = render(model, { profile: 'noc', group: 'test', format, facts, now: NOW, config, messageSizeLimit: 50 });
      assert.ok(bytes(r.body) <= 50, format);
      assert.equal(r.truncated, true);
      assert.ok(r.warnings.some((w) => /no longer a complete message/.test(w)), format);
    }
  });

  it('does nothing under the default limit', () => {
    const { config, model, facts, big } = setup();
    const r = render(model, { profile: 'noc', group: 'syslog', format: 'xml', facts, now: NOW, config });
    assert.equal(r.sizeLimit, 3145728);
    assert.equal(r.truncated, false);
    assert.equal(parseAml(r.body).attachments[0]!.output, big);
    assert.ok(!r.warnings.some((w) => w.includes('message-size-limit')));
  });
});
