// Core/service types → LSP types, in one place. The core speaks UTF-16 offsets, as LSP's default position
// encoding does, so a span converts through the analysis' line table without re-reading the text.
import {
  CodeActionKind,
  CompletionItemKind,
  DiagnosticSeverity,
  MarkupKind,
  SymbolKind,
  type CodeAction,
  type CompletionItem,
  type Diagnostic,
  type DocumentSymbol,
  type FoldingRange,
  type Range,
  type TextEdit,
} from 'vscode-languageserver';
import { positionAt, type Analysis, type CoreDiagnostic, type Severity, type Span, type TextEdit as CoreEdit } from '../language';
import { positionFixes, type CompletionEntry, type DiagnosticData, type FoldingRange as CoreFolding, type PositionedFix, type SymbolNode } from '../services';

export const SOURCE = 'callhome';

type Lines = Pick<Analysis, 'text' | 'lineStarts'>;

export function toRange(lines: Lines, span: Span): Range {
  return { start: positionAt(lines, span.start), end: positionAt(lines, span.end) };
}

export function toSeverity(s: Severity): DiagnosticSeverity {
  switch (s) {
    case 'error':
      return DiagnosticSeverity.Error;
    case 'warning':
      return DiagnosticSeverity.Warning;
    case 'information':
      return DiagnosticSeverity.Information;
    case 'hint':
      return DiagnosticSeverity.Hint;
    default:
      throw new Error(`unknown severity ${String(s)}`);
  }
}

export function toDiagnostic(lines: Lines, d: CoreDiagnostic, version: number): Diagnostic {
  const data: DiagnosticData = { version, fixes: positionFixes(lines, d.fixes) };
  return { range: toRange(lines, d.span), severity: toSeverity(d.severity), source: SOURCE, code: d.code, message: d.message, data };
}

export function toTextEdit(lines: Lines, e: CoreEdit): TextEdit {
  return { range: toRange(lines, e.span), newText: e.newText };
}

export function fixToCodeAction(uri: string, diagnostic: Diagnostic, fix: PositionedFix): CodeAction {
  return {
    title: fix.title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred: fix.preferred,
    edit: { changes: { [uri]: fix.edits.map((e) => ({ range: e.range, newText: e.newText })) } },
  };
}

const COMPLETION_KINDS: Record<CompletionEntry['kind'], CompletionItemKind> = {
  keyword: CompletionItemKind.Keyword,
  value: CompletionItemKind.Value,
  profile: CompletionItemKind.Reference,
  trustpoint: CompletionItemKind.Reference,
  'alert-group': CompletionItemKind.EnumMember,
  severity: CompletionItemKind.EnumMember,
};

export function toCompletionItem(lines: Lines, e: CompletionEntry): CompletionItem {
  const item: CompletionItem = {
    label: e.label,
    kind: COMPLETION_KINDS[e.kind],
    textEdit: { range: toRange(lines, e.replace), newText: e.insertText ?? e.label },
  };
  if (e.detail !== undefined) item.detail = e.detail;
  if (e.documentation !== undefined) item.documentation = { kind: MarkupKind.Markdown, value: e.documentation };
  if (e.sortText !== undefined) item.sortText = e.sortText;
  return item;
}

const SYMBOL_KINDS: Record<SymbolNode['kind'], SymbolKind> = {
  'call-home': SymbolKind.Namespace,
  profile: SymbolKind.Object,
  snapshot: SymbolKind.Array,
  'diag-sign': SymbolKind.Event,
  trustpoint: SymbolKind.Key,
  'cert-chain': SymbolKind.Package,
  certificate: SymbolKind.File,
};

export function toDocumentSymbol(lines: Lines, s: SymbolNode): DocumentSymbol {
  const out: DocumentSymbol = {
    name: s.name,
    kind: SYMBOL_KINDS[s.kind],
    range: toRange(lines, s.span),
    selectionRange: toRange(lines, s.selection),
    children: s.children.map((c) => toDocumentSymbol(lines, c)),
  };
  if (s.detail !== undefined) out.detail = s.detail;
  return out;
}

export function toFoldingRange(f: CoreFolding): FoldingRange {
  return f.kind === undefined ? { startLine: f.startLine, endLine: f.endLine } : { startLine: f.startLine, endLine: f.endLine, kind: f.kind };
}
