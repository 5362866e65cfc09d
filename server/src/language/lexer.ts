// Chevrotain lexer for one IOS command line. IOS keywords may be abbreviated to any unique prefix
// (`dest add email`), so keywords cannot be token types: every bare word is a `Word` and the command
// table resolves keywords later, mode by mode. The lexer only separates prompts, quoted strings and words.
import { createToken, Lexer, type CustomPatternMatcherFunc, type IToken } from 'chevrotain';

/** Characters treated as blanks: space, tab and the NBSP the guides' web text is full of. */
export const BLANK = /[ \t\u00a0\f\v\r]+/;

export const WhiteSpace = createToken({ name: 'WhiteSpace', pattern: BLANK, group: Lexer.SKIPPED });

// A device prompt such as `Router(config)#`, `Device(cfg-call-home-profile) #`, `R18#`, `Device>`.
// It is only a prompt at the start of the line; the guides' OCR sometimes puts spaces around the mode.
const PROMPT_RE = /[A-Za-z0-9][\w.\-]{0,62}(?:[ \u00a0]?\([a-z][\w\-]{0,40}\))?[ \u00a0]?[#>]/y;
const matchPrompt: CustomPatternMatcherFunc = (text, offset) => {
  // Scanning backwards stops at the previous token, so this stays O(1) per token on long lines.
  for (let i = offset - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 0xa0) return null;
  }
  PROMPT_RE.lastIndex = offset;
  const m = PROMPT_RE.exec(text);
  if (m === null) return null;
  // `#` inside a word (`nvram:IOS-Self-Sig#2.cer`) is not a prompt: a prompt ends the word or is followed by a blank.
  const next = text.charCodeAt(offset + m[0].length);
  const last = m[0].charCodeAt(m[0].length - 1);
  if (last === 62 /* > */ && !Number.isNaN(next) && next !== 32 && next !== 9) return null;
  return m;
};
export const Prompt = createToken({ name: 'Prompt', pattern: matchPrompt, line_breaks: false, start_chars_hint: [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'] });

export const StraightString = createToken({ name: 'StraightString', pattern: /"[^"\n]*"/ });
/** “…” (and the other curly forms the guides print); IOS does not treat them as quotes. */
export const TypographicString = createToken({ name: 'TypographicString', pattern: /[\u201c\u201d\u201e\u201f\u2033][^\u201c\u201d\u201e\u201f\u2033"\n]*[\u201c\u201d\u201e\u201f\u2033]/ });
/** A quote that is never closed swallows the rest of the line, as the device does. */
export const UnterminatedString = createToken({ name: 'UnterminatedString', pattern: /["\u201c\u201d\u201e\u201f\u2033][^\n]*/ });
/** `{{ var }}` / `{% … %}` template placeholders stay one word so they cannot shift the arguments after them. */
export const Template = createToken({ name: 'Template', pattern: /\{\{[^}\n]{0,200}\}\}|\{%[^%\n]{0,200}%\}/ });
export const WordToken = createToken({ name: 'Word', pattern: /[^ \t\u00a0\f\v\r\n"\u201c\u201d\u201e\u201f\u2033]+/ });

export const allTokens = [WhiteSpace, Prompt, StraightString, TypographicString, UnterminatedString, Template, WordToken];

// positionTracking "onlyOffset" is enough: the caller maps offsets to lines itself and it is the fastest mode.
const lineLexer = new Lexer(allTokens, { positionTracking: 'onlyOffset', ensureOptimizations: false, skipValidations: true });

/** Tokenizes one line (without its newline). Never throws: an unexpected character becomes a lexing error entry. */
export function tokenizeLine(line: string): { tokens: IToken[]; errors: number } {
  try {
    const r = lineLexer.tokenize(line);
    return { tokens: r.tokens, errors: r.errors.length };
  } catch {
    return { tokens: [], errors: 1 };
  }
}
