// Shared value types of the language core. Offsets are UTF-16 code-unit offsets into the document text,
// spans are half-open [start, end). Nothing here knows about LSP or VS Code.

/** A half-open range of document offsets. */
export interface Span {
  start: number;
  end: number;
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** How an argument was written: bare, in "straight" quotes, in “typographic” quotes, or with no closing quote. */
export type QuoteKind = 'none' | 'straight' | 'typographic' | 'unterminated';

/** One word of a command line. `value` is the text without its quotes. */
export interface Word {
  text: string;
  value: string;
  span: Span;
  quote: QuoteKind;
}

/** A text edit inside a quick fix. */
export interface TextEdit {
  span: Span;
  newText: string;
}

/** An obvious fix for a diagnostic, carried as data so every front end can offer it. */
export interface Fix {
  title: string;
  edits: TextEdit[];
  preferred?: boolean;
}

/** A diagnostic produced by the core (rules, or the command matcher). */
export interface CoreDiagnostic {
  code: string;
  severity: Severity;
  message: string;
  span: Span;
  fixes?: Fix[];
}

/** 0-based line and UTF-16 column. */
export interface Position {
  line: number;
  character: number;
}
