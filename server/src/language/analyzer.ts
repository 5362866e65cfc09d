// Reads a document the way the device would: line by line, tracking the configuration mode, and builds the
// typed model. It accepts whole running-configs (banners, certificate hex blocks, thousands of unrelated lines),
// indented and flat snippets, and pasted `Router(config)#` transcripts. One pass, linear in the text; lines
// outside call-home and crypto pki are recognised by their first word and skipped without tokenizing.
import { parseCommandLine, type CommandLine } from './lineParser';
import { dispatch, suggestKeyword, universalWord, type DispatchResult } from './dispatch';
import { applyCommand, applyCertificateBody, createModel, ensureProfile, finishModel, type BuildState } from './modelBuilder';
import { emptyMatch } from './grammar';
import { PARENT, PROMPT_MODES, UNKNOWN_POLICY, type ModeId } from './modes';
import type { CommandNode, ConfigModel, CertificateEntry, Profile, Trustpoint, CertificateChain } from './model';
import type { Span, Word } from './types';

/** One open configuration mode. */
interface Frame {
  mode: ModeId;
  /** Indentation of the line that opened it; -1 for a mode set by a transcript prompt. */
  openerIndent: number;
  /** Whether its children are indented deeper than the opener (undefined until the first child). */
  indented?: boolean;
  openerLine: number;
  lastLine: number;
  context?: Profile | Trustpoint | CertificateChain;
}

export interface Block {
  kind: 'call-home' | 'profile' | 'snapshot' | 'diag-sign' | 'trustpoint' | 'cert-chain' | 'certificate' | 'banner' | 'pki-other';
  name?: string;
  startLine: number;
  endLine: number;
}

/** `lineKinds` values: how the analyzer treated a line. */
export const LINE_INTERPRETED = 0;
/** A child of a block the core does not interpret (interface, router, …): skipped without tokenizing. */
export const LINE_SKIPPED_CHILD = 1;

export interface Analysis {
  text: string;
  /** Offset of the first character of each line. */
  lineStarts: number[];
  /** Per line, LINE_INTERPRETED or LINE_SKIPPED_CHILD (lets an editor skip re-analysis for edits there). */
  lineKinds: Uint8Array;
  model: ConfigModel;
  blocks: Block[];
}

const TRIGGER_WORDS = ['call-home', 'service', 'crypto', 'hostname', 'no', 'default', 'configure', 'conf', 'config', 'end', 'exit', 'show', 'sh', 'do', 'enable', 'banner'];

/** Whether text[from, to) is exactly `word` (case-insensitive ASCII), without allocating. */
function wordIs(text: string, from: number, to: number, word: string): boolean {
  if (to - from !== word.length) return false;
  for (let i = 0; i < word.length; i++) if ((text.charCodeAt(from + i) | 0x20) !== word.charCodeAt(i) && text.charCodeAt(from + i) !== word.charCodeAt(i)) return false;
  return true;
}

/** The first word (from, to) concerns us at global level: a trigger word, or `ip http …`. */
function relevantAtGlobal(text: string, from: number, to: number, lineEnd: number): boolean {
  for (const w of TRIGGER_WORDS) if (wordIs(text, from, to, w)) return true;
  if (wordIs(text, from, to, 'ip')) {
    let p = to;
    while (p < lineEnd && isBlank(text.charCodeAt(p))) p++;
    return text.startsWith('http', p);
  }
  return false;
}
const CONFIG_CAPTURE = /^(?:sh(?:o(?:w)?)?\s+(?:run|runn|running|running-config|start|startup|startup-config|conf|config|configuration|tech)|more\s+\S*(?:confg|config)|write\s+term)/i;

function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 13 || c === 12 || c === 11;
}

function isHexLine(text: string, from: number, to: number): boolean {
  let digits = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102)) digits++;
    else if (!isBlank(c)) return false;
  }
  return digits > 0;
}

/** A line of a pasted base64 certificate: one run of base64 characters (the first line of a paste is long). */
function isBase64Line(text: string, from: number, to: number, first: boolean): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 43 || c === 47 || c === 61)) return false;
  }
  return to - from >= (first ? 16 : 2);
}

/** Analyzes a document. Never throws: on an internal error it returns the model built so far. */
export function analyze(text: string): Analysis {
  let result = analyzeOnce(text, false);
  // IOS XR writes call-home commands of its own (`contact smart-licensing`): read such a file again with exact
  // keywords so XR's `contact` is not taken as an abbreviation of `contact-email-addr`. Rare, so a second pass is fine.
  if (result.model.dialect === 'ios-xr' && result.model.callHome.openers.length > 0) result = analyzeOnce(text, true);
  return result;
}

function analyzeOnce(text: string, exact: boolean): Analysis {
  const state: BuildState = { model: createModel(), lastProfile: undefined, lastTrustpoint: undefined, lastChain: undefined };
  const lineStarts: number[] = [];
  const blocks: Block[] = [];
  const hints: DialectHints = { xr: false, nxos: false, asa: false };
  const kinds = { skipped: [] as number[] };
  try {
    run(text, state, lineStarts, blocks, exact, hints, kinds.skipped);
    finishModel(state);
  } catch {
    // The core never throws: whatever was read so far stands. (Covered by the fuzz test.)
    if (lineStarts.length === 0) lineStarts.push(0);
  }
  state.model.dialect = dialectOf(hints);
  const lineKinds = new Uint8Array(lineStarts.length);
  for (const l of kinds.skipped) lineKinds[l] = LINE_SKIPPED_CHILD;
  return { text, lineStarts, lineKinds, model: state.model, blocks };
}

// IOS XR and NX-OS write call-home commands of their own (`service active`, `contact smart-licensing`); in those
// dialects keywords are matched exactly so XR's `contact` is not read as an abbreviation of `contact-email-addr`.
/** Dialect evidence collected while scanning (no extra pass over the text). */
interface DialectHints {
  xr: boolean;
  nxos: boolean;
  asa: boolean;
}

/**
 * Notes lines that only IOS XR, NX-OS or ASA write. Called for lines at global level and for unknown lines in
 * call-home mode; each check is a few character comparisons.
 */
function noteDialect(text: string, from: number, to: number, lineEnd: number, hints: DialectHints): void {
  const c = text.charCodeAt(from);
  let p = to;
  while (p < lineEnd && isBlank(text.charCodeAt(p))) p++;
  switch (c) {
    case 100: // domain vrf …
      if (wordIs(text, from, to, 'domain') && text.startsWith('vrf ', p)) hints.xr = true;
      return;
    case 105: // interface MgmtEth…
      if (wordIs(text, from, to, 'interface') && text.startsWith('MgmtEth', p)) hints.xr = true;
      return;
    case 99: // crypto ca trustpoint (XR), callhome (NX-OS), contact smart-licensing (XR call-home)
      if (wordIs(text, from, to, 'crypto') && text.startsWith('ca trustpoint', p)) hints.xr = true;
      else if (wordIs(text, from, to, 'callhome')) hints.nxos = true;
      else if (wordIs(text, from, to, 'contact') && text.startsWith('smart-licensing', p)) hints.xr = true;
      return;
    case 115: // service active (XR call-home)
      if (wordIs(text, from, to, 'service') && text.startsWith('active', p)) hints.xr = true;
      return;
    case 102: // feature …
      if (wordIs(text, from, to, 'feature')) hints.nxos = true;
      return;
    case 118: // vrf context …
      if (wordIs(text, from, to, 'vrf') && text.startsWith('context ', p)) hints.nxos = true;
      return;
    case 65: // ASA Version …
      if (wordIs(text, from, to, 'ASA') && text.startsWith('Version', p)) hints.asa = true;
      return;
    case 33: // !! IOS XR Configuration
      if (text.startsWith('!! IOS XR', from)) hints.xr = true;
      return;
    case 82: // RP/0/RSP0/CPU0:router# prompt
      if (text.startsWith('RP/', from)) hints.xr = true;
      return;
  }
}

function dialectOf(h: DialectHints): 'ios' | 'ios-xr' | 'nx-os' | 'asa' {
  return h.xr ? 'ios-xr' : h.nxos ? 'nx-os' : h.asa ? 'asa' : 'ios';
}

function run(text: string, state: BuildState, lineStarts: number[], blocks: Block[], exact: boolean, hints: DialectHints, skipped: number[]): void {
  const model = state.model;
  let stack: Frame[] = [{ mode: 'global', openerIndent: -1, openerLine: 0, lastLine: 0 }];
  let banner: { delimiter: string; startLine: number } | undefined;
  let cert: { entry: CertificateEntry; start: number; end: number; startLine: number; endLine: number; encoding: 'hex' | 'base64'; started: boolean; transcript: boolean } | undefined;
  let transcript = false;
  let prevIndentedComment = false;
  let lineNo = -1;

  const top = (): Frame => stack[stack.length - 1]!;
  const closeFrame = (f: Frame): void => {
    const kind = f.mode;
    if (kind === 'global' || kind === 'other') return;
    const ctx = f.context;
    const name = ctx !== undefined ? ctx.name : undefined;
    blocks.push(name === undefined ? { kind, startLine: f.openerLine, endLine: f.lastLine } : { kind, name, startLine: f.openerLine, endLine: f.lastLine });
    if (ctx !== undefined && f.openerIndent >= 0) {
      const span: Span = { start: lineStarts[f.openerLine]!, end: lineEnd(text, lineStarts[f.lastLine]!) };
      const range = { startLine: f.openerLine, endLine: f.lastLine, span };
      if (ctx.range === undefined || ctx.range.startLine > range.startLine) ctx.range = range;
      else ctx.range = { startLine: ctx.range.startLine, endLine: Math.max(ctx.range.endLine, range.endLine), span: { start: ctx.range.span.start, end: Math.max(ctx.range.span.end, span.end) } };
    }
    if (kind === 'call-home' && f.openerIndent >= 0) {
      const span: Span = { start: lineStarts[f.openerLine]!, end: lineEnd(text, lineStarts[f.lastLine]!) };
      if (model.callHome.range === undefined) model.callHome.range = { startLine: f.openerLine, endLine: f.lastLine, span };
    }
  };
  const popTo = (depth: number): void => {
    while (stack.length > depth) closeFrame(stack.pop()!);
  };
  const touch = (line: number): void => {
    for (const f of stack) f.lastLine = line;
  };
  const finishCert = (): void => {
    if (cert === undefined) return;
    if (cert.started) {
      cert.entry.body = { span: { start: cert.start, end: cert.end }, startLine: cert.startLine, endLine: cert.endLine, encoding: cert.encoding };
      applyCertificateBody(cert.entry, text.slice(cert.start, cert.end));
      blocks.push({ kind: 'certificate', startLine: cert.startLine, endLine: cert.endLine });
    }
    cert = undefined;
  };

  let pos = 0;
  const n = text.length;
  while (pos <= n) {
    lineNo++;
    lineStarts.push(pos);
    let end = text.indexOf('\n', pos);
    if (end < 0) end = n;
    const next = end + 1;
    let contentEnd = end;
    while (contentEnd > pos && isBlank(text.charCodeAt(contentEnd - 1))) contentEnd--;
    let first = pos;
    while (first < contentEnd && isBlank(text.charCodeAt(first))) first++;
    const ind = first - pos;
    const blank = first >= contentEnd;

    // ── multi-line constructs first: banner text, certificate bodies, pasted CA certificates ──
    if (banner !== undefined) {
      const at = text.slice(pos, end).indexOf(banner.delimiter);
      if (at >= 0) {
        blocks.push({ kind: 'banner', startLine: banner.startLine, endLine: lineNo });
        banner = undefined;
      }
      pos = next;
      continue;
    }
    if (cert !== undefined) {
      const word = blank ? '' : text.slice(first, contentEnd);
      if (word.toLowerCase() === 'quit') {
        cert.entry.endedByQuit = true;
        touch(lineNo); // the chain block (folding, outline) ends after its certificates' `quit`
        finishCert();
        pos = next;
        continue;
      }
      const bodyLine = !blank && (cert.encoding === 'hex' ? isHexLine(text, first, contentEnd) : isBase64Line(text, first, contentEnd, !cert.started) || /^-----(BEGIN|END) /.test(word));
      if (bodyLine) {
        if (!cert.started) {
          cert.started = true;
          cert.start = first;
          cert.startLine = lineNo;
        }
        cert.end = contentEnd;
        cert.endLine = lineNo;
        if (cert.encoding === 'hex') touch(lineNo);
        pos = next;
        continue;
      }
      if (blank) {
        // A pasted certificate ends with a blank line (the device's prompt says so); a hex body just continues.
        if (cert.encoding === 'base64' && cert.started) finishCert();
        pos = next;
        continue;
      }
      if (cert.encoding === 'base64' && !cert.started && cert.transcript && !/^\S+[#>]/.test(word)) {
        pos = next; // device prompt text before the paste ("Enter the base 64 encoded CA certificate.")
        continue;
      }
      finishCert();
    }
    if (blank) {
      pos = next;
      continue;
    }
    const c0 = text.charCodeAt(first);
    if (c0 === 33 /* ! */ || c0 === 35 /* # comment in some captures */) {
      const tf = top();
      prevIndentedComment = ind > 0 && stack.length > 1 && ind > tf.openerIndent && tf.openerIndent >= 0;
      if (prevIndentedComment && tf.indented === undefined) tf.indented = true;
      pos = next;
      continue;
    }

    // ── fast path: a line at global level whose first word cannot concern us (no allocation here) ──
    let wEnd = first;
    let promptLike = false;
    for (; wEnd < contentEnd; wEnd++) {
      const c = text.charCodeAt(wEnd);
      if (isBlank(c)) break;
      if (c === 35 /* # */ || c === 62 /* > */ || c === 40 /* ( */) promptLike = true;
    }
    // `Device (cfg-call-home) #`: OCR put a blank between the host name and the mode.
    if (!promptLike && wEnd < contentEnd && text.charCodeAt(wEnd + 1) === 40) promptLike = true;
    let t = top();
    if (!promptLike && !transcript) {
      // Children of a block we do not interpret (interface, router, line, …) are skipped.
      if (t.mode === 'other' && ind > t.openerIndent) {
        skipped.push(lineNo);
        pos = next;
        continue;
      }
      if (stack.length <= 2 && (t.mode === 'global' || t.mode === 'other')) {
        noteDialect(text, first, wEnd, contentEnd, hints);
        const relevant = relevantAtGlobal(text, first, wEnd, contentEnd);
        if (!relevant) {
          popTo(1);
          stack.push({ mode: 'other', openerIndent: ind, openerLine: lineNo, lastLine: lineNo });
          prevIndentedComment = false;
          pos = next;
          continue;
        }
        if (wordIs(text, first, wEnd, 'banner')) {
          popTo(1);
          banner = startBanner(text, wEnd, contentEnd, lineNo, blocks);
          pos = next;
          continue;
        }
      }
    }

    // `banner` is a global command wherever it appears (IOS pops to global mode for it); its text is not config.
    if (!promptLike && !transcript && stack.length > 1 && t.mode !== 'other' && wordIs(text, first, wEnd, 'banner') && (t.indented !== true || ind <= t.openerIndent)) {
      popTo(1);
      banner = startBanner(text, wEnd, contentEnd, lineNo, blocks);
      pos = next;
      continue;
    }

    // ── slow path: tokenize and interpret ──
    const line: CommandLine = parseCommandLine(text.slice(pos, contentEnd), pos);
    let words = line.words;
    if (line.prompt !== undefined) {
      const mode = line.prompt.mode === undefined ? 'global' : PROMPT_MODES[line.prompt.mode.toLowerCase()];
      stack = framesForPrompt(mode ?? 'other', stack, state, lineNo);
      transcript = true;
      const rest = text.slice(line.prompt.span.end, contentEnd).trim();
      if (CONFIG_CAPTURE.test(rest)) {
        // `R1#show running-config` followed by the capture itself: what follows is configuration, not output.
        transcript = false;
        stack = [{ mode: 'global', openerIndent: -1, openerLine: lineNo, lastLine: lineNo }];
        pos = next;
        continue;
      }
      if (words.length === 0) {
        pos = next;
        continue;
      }
    } else if (transcript) {
      // Device output between prompts ("Enter configuration commands…", show output) is not configuration.
      pos = next;
      continue;
    }
    t = top();

    // ── indentation: a line at or left of a block's opener (in an indented block) leaves the block ──
    if (line.prompt === undefined) {
      if (prevIndentedComment && stack.length > 1 && ind <= t.openerIndent && t.indented !== false) {
        // A comment that wrapped to column 0 inside a block: skip it when the block continues below it.
        const probe = dispatch('global', stripNegation(words).words, false);
        if (probe.kind === 'unknown' && nextContentIndent(text, next) > t.openerIndent) {
          pos = next;
          continue;
        }
      }
      while (stack.length > 1 && t.openerIndent >= 0 && ind <= t.openerIndent && (t.indented === true || t.mode === 'other')) {
        closeFrame(stack.pop()!);
        t = top();
      }
      if (stack.length > 1 && t.indented === undefined) t.indented = ind > t.openerIndent;
    }
    prevIndentedComment = false;

    // ── `do`, `exit`, `end` ──
    let execOnly = false;
    const u = words.length > 0 ? universalWord(words[0]!, t.mode) : undefined;
    if (u === 'do') {
      words = words.slice(1);
      execOnly = true;
    } else if (u === 'exit' && words.length === 1) {
      if (stack.length > 1) closeFrame(stack.pop()!);
      if (top().mode === 'other' && stack.length > 1) closeFrame(stack.pop()!);
      pos = next;
      continue;
    } else if (u === 'end' && words.length === 1) {
      popTo(1);
      pos = next;
      continue;
    }
    if (words.length === 0) {
      pos = next;
      continue;
    }
    const { words: cmdWords, negated } = stripNegation(words);
    if (cmdWords.length === 0) {
      pos = next;
      continue;
    }

    // ── find the command: current mode, then (as IOS does) the parent modes ──
    let found: DispatchResult = { kind: 'unknown' };
    let depth = stack.length - 1;
    if (execOnly) {
      found = dispatch('global', cmdWords, negated !== undefined, exact);
      depth = -1;
    } else {
      for (let d = stack.length - 1; d >= 0; d--) {
        const mode = stack[d]!.mode;
        if (mode === 'other') continue;
        found = dispatch(mode, cmdWords, negated !== undefined, exact);
        if (found.kind === 'command') {
          depth = d;
          break;
        }
      }
    }

    const span: Span = { start: words[0]!.span.start, end: words[words.length - 1]!.span.end };
    if (found.kind === 'unknown') {
      handleUnknown(t, cmdWords, words, negated, span, ind, lineNo, line.prompt !== undefined);
      pos = next;
      continue;
    }

    if (depth >= 0) popTo(depth + 1);
    const frame = top();
    const node: CommandNode = { id: found.spec.id, mode: frame.mode, line: lineNo, span, words, match: found.match, depth: Math.max(0, stack.length - 1) };
    if (negated !== undefined) node.negated = negated;
    if (line.prompt !== undefined) {
      node.prompted = true;
      model.transcript = true;
    }
    touch(lineNo);
    const entered = applyCommand(state, node, frame.context, transcript || line.prompt !== undefined);
    // Enter the mode the command opens (`no <command>` never does).
    if (found.spec.enters !== undefined && negated === undefined && !execOnly) {
      const f: Frame = { mode: found.spec.enters, openerIndent: line.prompt !== undefined ? -1 : ind, openerLine: lineNo, lastLine: lineNo };
      if (entered.context !== undefined) f.context = entered.context;
      stack.push(f);
    }
    if (entered.certificate !== undefined) {
      cert = { entry: entered.certificate, start: 0, end: 0, startLine: lineNo + 1, endLine: lineNo + 1, encoding: entered.certificateEncoding ?? 'hex', started: false, transcript: transcript || line.prompt !== undefined };
    }
    pos = next;
  }
  finishCert();
  if (banner !== undefined) blocks.push({ kind: 'banner', startLine: banner.startLine, endLine: lineNo });
  popTo(0);

  function handleUnknown(t: Frame, cmdWords: Word[], words: Word[], negated: 'no' | 'default' | undefined, span: Span, ind: number, line: number, prompted: boolean): void {
    const w0 = cmdWords[0]!;
    noteDialect(text, w0.span.start, w0.span.end, lineEnd(text, w0.span.start), hints);
    const policy = UNKNOWN_POLICY[t.mode];
    const indentedChild = prompted || (t.openerIndent >= 0 && ind > t.openerIndent) || t.openerIndent < 0;
    if (policy === 'silent') {
      if (t.mode === 'global' || t.mode === 'other') {
        // An unknown global command: it may open a block of its own (interface, router, …).
        popTo(1);
        if (!prompted) stack.push({ mode: 'other', openerIndent: ind, openerLine: line, lastLine: line });
      } else touch(line);
      return;
    }
    const typed = cmdWords[0]!.value.toLowerCase();
    const suggested = suggestKeyword(typed, t.mode);
    const suggestion = suggested === typed ? undefined : suggested;
    const partial = suggested === typed;
    if (!indentedChild && suggestion === undefined && !partial && t.openerIndent >= 0) {
      // Flat input: a line the call-home table does not know ends the block; it is most likely a global command.
      popTo(1);
      stack.push({ mode: 'other', openerIndent: ind, openerLine: line, lastLine: line });
      return;
    }
    touch(line);
    const node: CommandNode = { id: 'unknown', mode: t.mode, line, span, words, match: emptyMatch(), depth: stack.length - 1 };
    if (negated !== undefined) node.negated = negated;
    model.commands.push(node);
    const entry: ConfigModel['unknownLines'][number] = { node, indentedChild };
    if (suggestion !== undefined) entry.suggestion = suggestion;
    if (partial) entry.partialKeyword = typed;
    model.unknownLines.push(entry);
  }
}

function stripNegation(words: Word[]): { words: Word[]; negated?: 'no' | 'default' } {
  const w = words[0];
  if (w === undefined || w.quote !== 'none') return { words };
  const v = w.value.toLowerCase();
  if (v === 'no') return { words: words.slice(1), negated: 'no' };
  if (v === 'default' || v === 'def' || v === 'defa' || v === 'defau' || v === 'defaul') return { words: words.slice(1), negated: 'default' };
  return { words };
}

function lineEnd(text: string, start: number): number {
  const e = text.indexOf('\n', start);
  let end = e < 0 ? text.length : e;
  while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
  return end;
}

/** Indentation of the next non-blank line (Infinity at the end). Blank lines are scanned at most twice overall. */
function nextContentIndent(text: string, from: number): number {
  let p = from;
  while (p < text.length) {
    let e = text.indexOf('\n', p);
    if (e < 0) e = text.length;
    let f = p;
    while (f < e && isBlank(text.charCodeAt(f))) f++;
    if (f < e) return f - p;
    p = e + 1;
  }
  return -1;
}

/** `banner motd ^C` … `^C`: returns the open banner, or undefined when it closes on the same line. */
function startBanner(text: string, from: number, to: number, lineNo: number, blocks: Block[]): { delimiter: string; startLine: number } | undefined {
  let p = from;
  while (p < to && isBlank(text.charCodeAt(p))) p++;
  // Skip the banner type keyword (motd, login, exec, …) when present.
  const typeMatch = /^(motd|login|exec|incoming|slip-ppp|prompt-timeout|config-save)\b/i.exec(text.slice(p, Math.min(to, p + 20)));
  if (typeMatch !== null) {
    p += typeMatch[0].length;
    while (p < to && isBlank(text.charCodeAt(p))) p++;
  }
  if (p >= to) return undefined;
  const delimiter = text[p] === '^' && p + 1 < to ? text.slice(p, p + 2) : text[p]!;
  const rest = text.slice(p + delimiter.length, to);
  if (rest.includes(delimiter)) {
    blocks.push({ kind: 'banner', startLine: lineNo, endLine: lineNo });
    return undefined;
  }
  return { delimiter, startLine: lineNo };
}

/** The mode stack a transcript prompt implies, keeping the profile/trustpoint the transcript is in. */
function framesForPrompt(mode: ModeId, old: Frame[], state: BuildState, line: number): Frame[] {
  const chain: ModeId[] = [];
  for (let m: ModeId | undefined = mode; m !== undefined; m = PARENT[m]) chain.unshift(m);
  return chain.map((m, i) => {
    const existing = old[i];
    if (existing !== undefined && existing.mode === m) return existing;
    const f: Frame = { mode: m, openerIndent: -1, openerLine: line, lastLine: line };
    if (m === 'profile') f.context = state.lastProfile ?? ensureProfile(state, '', undefined);
    if (m === 'trustpoint' && state.lastTrustpoint !== undefined) f.context = state.lastTrustpoint;
    if (m === 'cert-chain' && state.lastChain !== undefined) f.context = state.lastChain;
    return f;
  });
}
