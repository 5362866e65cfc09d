// Semantic tokens (SPEC §3.4): keywords as the core resolved them (abbreviations too), values, numbers, names,
// prompts and comments, encoded as LSP's relative integers.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TOKEN_MODIFIERS, TOKEN_TYPES, encodeTokens, semanticTokens, type SemanticToken } from '../../../server/src/services';
import { analysisOf } from './util';

const T = `! comment
call-home
 rate-limit 30
 profile NOC
  dest add email noc@example.com
  subscribe-to-alert-group syslog severity major
interface Gi1
 description not ours
`;

const show = (text: string, toks: SemanticToken[]): string[] => {
  const lines = text.split('\n');
  return toks.map((t) => `${lines[t.line]!.slice(t.character, t.character + t.length)}:${t.type}${t.modifiers.length > 0 ? `+${t.modifiers.join('+')}` : ''}`);
};

describe('semantic tokens', () => {
  it('classifies every word of interpreted commands and nothing else', () => {
    assert.deepEqual(show(T, semanticTokens(analysisOf(T))), [
      '! comment:comment',
      'call-home:keyword',
      'rate-limit:keyword',
      '30:number',
      'profile:keyword',
      'NOC:variable+declaration',
      'dest:keyword+abbreviation',
      'add:keyword+abbreviation',
      'email:keyword',
      'noc@example.com:string',
      'subscribe-to-alert-group:keyword',
      'syslog:enumMember',
      'severity:keyword',
      'major:enumMember',
    ]);
  });

  it('marks CiscoTAC-1 as predefined, negations as keywords and transcript prompts as macros', () => {
    const t = 'Router(config)# call-home\nRouter(cfg-call-home)# no profile CiscoTAC-1\n';
    assert.deepEqual(show(t, semanticTokens(analysisOf(t))), ['Router(config)#:macro', 'call-home:keyword', 'Router(cfg-call-home)#:macro', 'no:keyword', 'profile:keyword', 'CiscoTAC-1:variable+defaultLibrary']);
  });

  it('encodes relative positions with the legend indices', () => {
    const data = encodeTokens([
      { line: 1, character: 0, length: 9, type: 'keyword', modifiers: [] },
      { line: 2, character: 1, length: 10, type: 'keyword', modifiers: [] },
      { line: 2, character: 12, length: 2, type: 'number', modifiers: ['declaration', 'abbreviation'] },
    ]);
    const kw = TOKEN_TYPES.indexOf('keyword');
    const num = TOKEN_TYPES.indexOf('number');
    const mods = (1 << TOKEN_MODIFIERS.indexOf('declaration')) | (1 << TOKEN_MODIFIERS.indexOf('abbreviation'));
    assert.deepEqual(data, [1, 0, 9, kw, 0, 1, 1, 10, kw, 0, 0, 11, 2, num, mods]);
  });
});
