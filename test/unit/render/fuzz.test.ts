// Robustness (SPEC §8): whatever the configuration, texts and captures contain, rendering either succeeds with
// well-formed output or fails with a RenderError — never another exception, never broken XML.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ALERT_GROUP_NAMES, MESSAGE_FORMATS, parseAml, render, RenderError, utf8Length } from '../../../server/src/render';
import { deviceFacts, modelOf, NOW, routerConfig } from './helpers';
import { rng } from '../../helpers/random';


const PIECES = ['<', '>', '&', '"', "'", ']]>', '<![CDATA[', '\u0000', '\u0007', '\r\n', '\n', '\t', '\uD800', '\uDC00', '😀', 'é', '\uFFFE', '&amp;', ' password 7 x', 'snmp-server community c RO', '10.1.2.3', 'a.example.com', 'edge-rtr-01', '%SYS-3-X: y', ' ', 'call-home', ' profile noc', '  destination message-size 60'];

function junk(r: () => number, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += r() < 0.5 ? PIECES[Math.floor(r() * PIECES.length)]! : String.fromCharCode(32 + Math.floor(r() * 95));
  return s;
}

describe('render fuzz', () => {
  it('renders random texts, captures and configurations into well-formed messages within the size limit', () => {
    const r = rng(20130605);
    for (let round = 0; round < 150; round++) {
      const privacy = [[], ['data-privacy level high'], ['data-privacy hostname'], ['data-privacy level high', 'data-privacy hostname']][round % 4]!;
      const config = routerConfig(privacy, r() < 0.3 ? [`destination message-size ${50 + Math.floor(r() * 6000)}`] : []) + junk(r, 20);
      const model = modelOf(config);
      const facts = { ...deviceFacts(model), captures: { 'show logging': junk(r, 200), 'show version': junk(r, 50) } };
      const group = ALERT_GROUP_NAMES[round % ALERT_GROUP_NAMES.length]!;
      const format = MESSAGE_FORMATS[Math.floor(r() * 3)]!;
      let res;
      try {
        res = render(model, { profile: r() < 0.8 ? 'noc' : 'CiscoTAC-1', group, format, text: junk(r, 30), facts, now: NOW, sequence: round, config });
      } catch (e) {
        assert.ok(e instanceof RenderError, `round ${round}: ${String(e)}`);
        continue;
      }
      assert.ok(utf8Length(res.body) <= res.sizeLimit, `round ${round}`);
      assert.ok(!/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(res.body), `round ${round}: control character in body`);
      if (res.format === 'xml' && !res.warnings.some((w) => /no longer a complete message/.test(w))) {
        const f = parseAml(res.body);
        assert.equal(f.messageId, res.messageId);
        assert.equal(f.group, group);
      }
    }
  });
});
