// Chevrotain parser for one command line: `[prompt] [no|default] word…`. The grammar is deliberately
// permissive (recovery enabled, every token kind accepted as an argument): IOS lines are flat word lists and
// the meaning of each word comes from the mode-specific command table, not from this grammar.
import { EmbeddedActionsParser, type IToken } from 'chevrotain';
import { allTokens, Prompt, StraightString, Template, TypographicString, UnterminatedString, WordToken, tokenizeLine } from './lexer';
import type { QuoteKind, Word } from './types';

/** A parsed command line with document offsets. */
export interface CommandLine {
  /** The prompt token, e.g. `Router(config)#`, when the line is from a pasted transcript. */
  prompt?: { text: string; mode?: string; hostname: string; exec: boolean; span: { start: number; end: number } };
  words: Word[];
}

class LineParser extends EmbeddedActionsParser {
  constructor() {
    super(allTokens, { recoveryEnabled: true, skipValidations: true });
    this.performSelfAnalysis();
  }

  public line = this.RULE('line', (): { prompt?: IToken; args: IToken[] } => {
    let prompt: IToken | undefined;
    const args: IToken[] = [];
    this.OPTION(() => {
      prompt = this.CONSUME(Prompt);
    });
    this.MANY(() => {
      const t = this.OR([
        { ALT: () => this.CONSUME(WordToken) },
        { ALT: () => this.CONSUME(Template) },
        { ALT: () => this.CONSUME(StraightString) },
        { ALT: () => this.CONSUME(TypographicString) },
        { ALT: () => this.CONSUME(UnterminatedString) },
        // A second prompt-like token mid-line (`a#b` cannot be one, but `x>` can) is just a word.
        { ALT: () => this.CONSUME2(Prompt) },
      ]);
      args.push(t);
    });
    return prompt === undefined ? { args } : { prompt, args };
  });
}

const parser = new LineParser();

function quoteOf(t: IToken): QuoteKind {
  switch (t.tokenType) {
    case StraightString:
      return 'straight';
    case TypographicString:
      return 'typographic';
    case UnterminatedString:
      return 'unterminated';
    default:
      return 'none';
  }
}

function unquote(text: string, quote: QuoteKind): string {
  if (quote === 'straight' || quote === 'typographic') return text.slice(1, -1);
  if (quote === 'unterminated') return text.slice(1);
  return text;
}

const PROMPT_PARTS = /^([^\s(#>]+)\s?(?:\(([^)]*)\))?\s?([#>])$/;

/**
 * Parses the text of one line that starts at document offset `base`. Never throws; a line the
 * lexer cannot read at all yields no words.
 */
export function parseCommandLine(lineText: string, base: number): CommandLine {
  const { tokens } = tokenizeLine(lineText);
  let result: { prompt?: IToken; args: IToken[] };
  try {
    parser.input = tokens;
    result = parser.line();
    if (result === undefined || !Array.isArray(result.args)) result = { args: tokens };
  } catch {
    result = { args: tokens };
  }
  const words: Word[] = result.args.map((t) => {
    const quote = quoteOf(t);
    return { text: t.image, value: unquote(t.image, quote), quote, span: { start: base + t.startOffset, end: base + t.startOffset + t.image.length } };
  });
  if (result.prompt === undefined) return { words };
  const p = result.prompt;
  const m = PROMPT_PARTS.exec(p.image.replace(/\u00a0/g, ' '));
  const prompt: NonNullable<CommandLine['prompt']> = {
    text: p.image,
    hostname: m?.[1] ?? p.image,
    exec: m?.[2] === undefined,
    span: { start: base + p.startOffset, end: base + p.startOffset + p.image.length },
  };
  if (m?.[2] !== undefined) prompt.mode = m[2];
  // `Device>` is user EXEC, `Device#` privileged EXEC; both are EXEC for our purposes.
  return { prompt, words };
}
