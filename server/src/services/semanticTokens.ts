// Semantic tokens from the core's reading of each command: resolved keywords (abbreviations included, which a
// TextMate grammar cannot know), enum values, numbers, free values, profile/trustpoint names, transcript prompts
// and comments. Lines the core does not interpret get no tokens, so the grammar's colouring shows through.
import { CISCO_TAC, type Analysis, type CommandNode } from '../language';
import { PROMPT, lineSpan } from './text';

export const TOKEN_TYPES = ['keyword', 'string', 'number', 'comment', 'variable', 'enumMember', 'macro'] as const;
export const TOKEN_MODIFIERS = ['declaration', 'defaultLibrary', 'abbreviation'] as const;

export type TokenType = (typeof TOKEN_TYPES)[number];
export type TokenModifier = (typeof TOKEN_MODIFIERS)[number];

export interface SemanticToken {
  line: number;
  character: number;
  length: number;
  type: TokenType;
  modifiers: TokenModifier[];
}

const NUMERIC = /^(?:\d+|\d{1,2}:\d{2})$/;

export function semanticTokens(analysis: Analysis): SemanticToken[] {
  const out: SemanticToken[] = [];
  const nodes = new Map<number, CommandNode>();
  for (const n of analysis.model.commands) nodes.set(n.line, n);
  const refs = new Map<number, { definition: boolean; name: string }>();
  for (const r of analysis.model.references) refs.set(r.word.span.start, { definition: r.definition, name: r.name });
  const banner = new Set<number>();
  for (const b of analysis.blocks) if (b.kind === 'banner') for (let l = b.startLine; l <= b.endLine; l++) banner.add(l);

  for (let line = 0; line < analysis.lineStarts.length; line++) {
    if (banner.has(line)) continue;
    const span = lineSpan(analysis, line);
    const node = nodes.get(line);
    if (node === undefined) {
      const text = analysis.text.slice(span.start, span.end);
      const lead = /^[ \t]*/.exec(text)![0].length;
      if (text.charCodeAt(lead) === 33 /* ! */) out.push({ line, character: lead, length: text.length - lead, type: 'comment', modifiers: [] });
      continue;
    }
    if (node.prompted === true) {
      const m = PROMPT.exec(analysis.text.slice(span.start, node.span.start));
      if (m !== null) {
        const lead = /^[ \t\u00a0]*/.exec(m[0])![0].length;
        out.push({ line, character: lead, length: m[0].length - lead, type: 'macro', modifiers: [] });
      }
    }
    if (node.id === 'unknown') continue;
    const kinds = new Map<number, { type: TokenType; modifiers: TokenModifier[] }>();
    for (const [name, w] of node.match.args) {
      const rest = node.match.rest.get(name) ?? [w];
      const resolved = node.match.enums.get(name);
      for (const x of rest) kinds.set(x.span.start, { type: resolved !== undefined ? 'enumMember' : NUMERIC.test(x.value) ? 'number' : 'string', modifiers: [] });
    }
    for (const k of node.match.keywords) kinds.set(k.word.span.start, { type: 'keyword', modifiers: k.keyword !== k.word.value.toLowerCase() ? ['abbreviation'] : [] });
    const first = node.words[0];
    if (node.negated !== undefined && first !== undefined) kinds.set(first.span.start, { type: 'keyword', modifiers: [] });
    for (const w of node.words) {
      const ref = refs.get(w.span.start);
      if (ref !== undefined) {
        const mods: TokenModifier[] = [];
        if (ref.definition) mods.push('declaration');
        if (ref.name.toLowerCase() === CISCO_TAC.toLowerCase()) mods.push('defaultLibrary');
        kinds.set(w.span.start, { type: 'variable', modifiers: mods });
      }
    }
    for (const w of node.words) {
      const k = kinds.get(w.span.start);
      if (k === undefined || w.span.end <= w.span.start) continue;
      // A token never spans lines (an unterminated quote runs to the end of its line only).
      out.push({ line, character: w.span.start - span.start, length: Math.min(w.span.end, span.end) - w.span.start, type: k.type, modifiers: k.modifiers });
    }
  }
  return out;
}

/** LSP's relative encoding: [deltaLine, deltaStart, length, type, modifier bits] per token, in document order. */
export function encodeTokens(tokens: readonly SemanticToken[]): number[] {
  const data: number[] = [];
  let prevLine = 0;
  let prevChar = 0;
  const sorted = [...tokens].sort((a, b) => a.line - b.line || a.character - b.character);
  for (const t of sorted) {
    const dl = t.line - prevLine;
    data.push(dl, dl === 0 ? t.character - prevChar : t.character, t.length, TOKEN_TYPES.indexOf(t.type), t.modifiers.reduce((bits, m) => bits | (1 << TOKEN_MODIFIERS.indexOf(m)), 0));
    prevLine = t.line;
    prevChar = t.character;
  }
  return data;
}
