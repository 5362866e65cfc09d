// The configuration mode at a line, for completion. The core tracks modes while it reads a document but does not
// expose the mode of an arbitrary line, so this asks the core itself: it analyses the text before the line plus a
// probe line (the line's own indentation or prompt + a word no table knows) and reads which blocks the probe
// stayed in. That keeps every subtlety of the core's mode tracking (indentation, exit/end, parent-mode pops,
// prompts, flat input) in one place.
import { analyze, type Analysis, type Block, type ModeId } from '../language';
import { PROMPT, lineText } from './text';

const PROBE = 'zz-callhome-probe';

const BLOCK_MODES: Partial<Record<Block['kind'], ModeId>> = {
  'call-home': 'call-home',
  profile: 'profile',
  snapshot: 'snapshot',
  'diag-sign': 'diag-sign',
  trustpoint: 'trustpoint',
  'cert-chain': 'cert-chain',
  'pki-other': 'pki-other',
};

export interface LineMode {
  mode: ModeId;
  /** The profile / trustpoint / chain name of the innermost block, when it has one. */
  name?: string;
}

/** The mode a command typed on `line` would be read in. */
export function modeAtLine(analysis: Analysis, line: number): LineMode {
  const text = analysis.text;
  const current = lineText(analysis, line);
  const prompt = PROMPT.exec(current);
  const lead = prompt !== null ? `${prompt[0]} ` : /^[ \t]*/.exec(current)![0];
  const from = restartLine(analysis, line);
  const prefix = text.slice(analysis.lineStarts[from] ?? 0, analysis.lineStarts[line] ?? text.length);
  const nl = prefix.length === 0 || prefix.endsWith('\n') ? '' : '\n';
  const probeLine = line - from + (nl === '' ? 0 : 1);

  const first = probe(prefix + nl + lead + PROBE, probeLine);
  if (first.mode !== 'global' || prompt !== null || lead.length > 0) return first;
  // Flat `configure terminal` input: an unknown line at column 0 ends a block in the core (it is most likely a
  // global command), but while typing there the engineer is still in the block. When the last command line is
  // not indented either, ask again as if the new line were indented one level.
  if (!lastContentLineFlat(analysis, line)) return first;
  return probe(prefix + nl + ' ' + PROBE, probeLine);
}

/**
 * Where re-reading can start: the last command before `line` that the core read at global level in column 0
 * (the device's state there is plain global configuration). Keeps completion fast in megabyte running-configs.
 * Transcripts carry state across prompts, so they are always read from the top.
 */
function restartLine(analysis: Analysis, line: number): number {
  const model = analysis.model;
  if (model.transcript) return 0;
  const cmds = model.commands;
  let lo = 0;
  let hi = cmds.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cmds[mid]!.line < line) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0; i--) {
    const c = cmds[i]!;
    if (c.depth === 0 && c.mode === 'global' && c.prompted !== true && c.span.start === analysis.lineStarts[c.line]) return c.line;
  }
  return 0;
}

function probe(text: string, probeLine: number): LineMode {
  const a = analyze(text);
  let best: Block | undefined;
  for (const b of a.blocks) {
    if (b.endLine !== probeLine || b.startLine > probeLine || BLOCK_MODES[b.kind] === undefined) continue;
    if (best === undefined || b.startLine > best.startLine) best = b;
  }
  if (best === undefined) return { mode: 'global' };
  const out: LineMode = { mode: BLOCK_MODES[best.kind]! };
  if (best.name !== undefined) out.name = best.name;
  return out;
}

function lastContentLineFlat(analysis: Analysis, line: number): boolean {
  for (let l = line - 1; l >= 0; l--) {
    const t = lineText(analysis, l);
    const trimmed = t.trim();
    if (trimmed.length === 0 || trimmed.startsWith('!')) continue;
    return !/^[ \t]/.test(t);
  }
  return false;
}
