// The Call Home language server: wraps the pure language core and the editor services in LSP
// (vscode-languageserver 9, incremental sync). Started by the extension over IPC, or by tests with --stdio.
// Protocol wiring only: every answer comes from server/src/services, converted in ./convert.
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  ErrorCodes,
  ProposedFeatures,
  ResponseError,
  TextDocumentSyncKind,
  TextDocuments,
  createConnection,
  type CodeAction,
  type Connection,
  type Diagnostic,
  type InitializeResult,
  type Location,
} from 'vscode-languageserver/node';
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { editKeepsAnalysis, offsetAt, type Analysis } from '../language';
import {
  TOKEN_MODIFIERS,
  TOKEN_TYPES,
  complete,
  definitionAt,
  documentSymbols,
  encodeTokens,
  foldingRanges,
  formatEdits,
  hover,
  isDiagnosticData,
  matchDiagnostic,
  positionFixes,
  prepareRename,
  referencesAt,
  renameEdits,
  semanticTokens,
  type PositionedFix,
} from '../services';
import { SOURCE, fixToCodeAction, toCompletionItem, toDiagnostic, toDocumentSymbol, toFoldingRange, toRange, toTextEdit } from './convert';
import { DocumentStates, type DocumentState } from './documentState';
import { SettingsStore } from './settings';

/** Edits closer together than this are analysed once. */
/**
 * Quiet time after an edit before it is analysed. Short, so a keystroke shows its diagnostics at once on a 1 MB
 * config (the analysis itself takes ~10–20 ms), yet edits arriving together (paste, multi-cursor) coalesce.
 */
export const DEBOUNCE_MS = 5;

const connection: Connection = createConnection(ProposedFeatures.all);
// stdout is the protocol channel under --stdio: anything a dependency prints goes to the client's log instead.
/* eslint-disable no-console -- redirecting console is the point here */
console.log = (...a: unknown[]) => connection.console.log(a.map(String).join(' '));
console.info = (...a: unknown[]) => connection.console.info(a.map(String).join(' '));
console.warn = (...a: unknown[]) => connection.console.warn(a.map(String).join(' '));
console.error = (...a: unknown[]) => connection.console.error(a.map(String).join(' '));
/* eslint-enable no-console */

/** The edits of each document's latest didChange, captured as TextDocuments applies them. */
const lastEdits = new Map<string, TextDocumentContentChangeEvent[]>();
const documents = new TextDocuments<TextDocument>({
  create: TextDocument.create,
  update: (doc, changes, version) => {
    lastEdits.set(doc.uri, changes);
    return TextDocument.update(doc, changes, version);
  },
});
/** The last diagnostics published per document, with the analysis they came from. */
const published = new Map<string, { version: number; analysis: Analysis; diagnostics: Diagnostic[] }>();
const settings = new SettingsStore(connection);
const states = new DocumentStates();
const timers = new Map<string, NodeJS.Timeout>();
/** The version each document's last validation was requested for (skips the change event that follows open). */
const requested = new Map<string, number>();
let dynamicConfiguration = false;

connection.onInitialize((params): InitializeResult => {
  const caps = params.capabilities;
  settings.supportsConfiguration = caps.workspace?.configuration === true;
  dynamicConfiguration = caps.workspace?.didChangeConfiguration?.dynamicRegistration === true;
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
      completionProvider: { triggerCharacters: [' '], resolveProvider: false },
      hoverProvider: true,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      documentSymbolProvider: { label: 'Call Home' },
      foldingRangeProvider: true,
      documentFormattingProvider: true,
      documentRangeFormattingProvider: true,
      definitionProvider: true,
      referencesProvider: true,
      renameProvider: { prepareProvider: true },
      semanticTokensProvider: { legend: { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] }, full: true },
    },
    serverInfo: { name: 'callhome-language-server', version: '0.1.0' },
  };
});

connection.onInitialized(() => {
  if (dynamicConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'callhome' });
});

// ───────────── diagnostics: pushed on open and save, debounced on change ─────────────

async function stateOf(doc: TextDocument): Promise<DocumentState> {
  return states.get(doc, await settings.get(doc.uri));
}

async function publish(uri: string, version: number): Promise<void> {
  const doc = documents.get(uri);
  if (doc === undefined || doc.version !== version) return;
  const state = await stateOf(doc);
  // A newer edit arrived while the settings were fetched: its own run publishes.
  const now = documents.get(uri);
  if (now === undefined || now.version !== version) return;
  const analysis = state.diagnosed.result?.analysis;
  const lines = analysis ?? { text: '', lineStarts: [0] };
  const diagnostics = state.diagnosed.diagnostics.map((d) => toDiagnostic(lines, d, version));
  if (analysis !== undefined) published.set(uri, { version, analysis, diagnostics });
  else published.delete(uri);
  void connection.sendDiagnostics({ uri, version, diagnostics });
}

/**
 * Typing inside a line the analyzer skips (most lines of a large running-config: interface, router, ACL bodies)
 * cannot change the diagnostics: publish the previous ones for the new version at once. The full analysis for
 * the new version is still computed on demand by any feature that needs it.
 */
function publishKept(doc: TextDocument): boolean {
  const prev = published.get(doc.uri);
  const edits = lastEdits.get(doc.uri);
  if (prev === undefined || edits === undefined || prev.version !== doc.version - 1) return false;
  const lineEdits = edits.filter((e): e is Extract<TextDocumentContentChangeEvent, { range: unknown }> => 'range' in e);
  if (lineEdits.length !== edits.length) return false;
  const lineOf = (n: number): string => doc.getText({ start: { line: n, character: 0 }, end: { line: n + 1, character: 0 } }).replace(/\n$/, '');
  if (!editKeepsAnalysis(prev.analysis, lineEdits, lineOf)) return false;
  cancel(doc.uri);
  requested.set(doc.uri, doc.version);
  published.set(doc.uri, { ...prev, version: doc.version });
  void connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics: prev.diagnostics });
  return true;
}

function cancel(uri: string): void {
  const t = timers.get(uri);
  if (t !== undefined) clearTimeout(t);
  timers.delete(uri);
}

function validateNow(doc: TextDocument): void {
  cancel(doc.uri);
  requested.set(doc.uri, doc.version);
  publish(doc.uri, doc.version).catch(logError);
}

function validateLater(doc: TextDocument): void {
  if (requested.get(doc.uri) === doc.version) return;
  if (publishKept(doc)) return;
  cancel(doc.uri);
  const { uri, version } = doc;
  requested.set(uri, version);
  timers.set(
    uri,
    setTimeout(() => {
      timers.delete(uri);
      publish(uri, version).catch(logError); // a stale version (newer edit since) is dropped inside
    }, DEBOUNCE_MS),
  );
}

function logError(e: unknown): void {
  connection.console.error(e instanceof Error ? (e.stack ?? e.message) : String(e));
}

documents.onDidOpen((e) => validateNow(e.document));
documents.onDidChangeContent((e) => validateLater(e.document));
documents.onDidSave((e) => validateNow(e.document));
documents.onDidClose((e) => {
  cancel(e.document.uri);
  requested.delete(e.document.uri);
  states.delete(e.document.uri);
  settings.forget(e.document.uri);
  void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
});

connection.onDidChangeConfiguration((change) => {
  settings.changed(change.settings);
  states.clear();
  requested.clear();
  for (const doc of documents.all()) validateNow(doc);
});

// ───────────── features: each reads the analysis of the current version ─────────────

async function withAnalysis<T>(uri: string, fn: (analysis: Analysis, doc: TextDocument, state: DocumentState) => T): Promise<T | null> {
  const doc = documents.get(uri);
  if (doc === undefined) return null;
  const state = await stateOf(doc);
  const analysis = state.diagnosed.result?.analysis;
  return analysis === undefined ? null : fn(analysis, doc, state); // too large: no features
}

connection.onCompletion((p) =>
  withAnalysis(p.textDocument.uri, (a) => {
    const r = complete(a, offsetAt(a, p.position));
    return { isIncomplete: false, items: r.items.map((e) => toCompletionItem(a, e)) };
  }),
);

connection.onHover((p) =>
  withAnalysis(p.textDocument.uri, (a) => {
    const h = hover(a, offsetAt(a, p.position));
    return h === undefined ? null : { contents: { kind: 'markdown' as const, value: h.markdown }, range: toRange(a, h.span) };
  }),
);

connection.onCodeAction((p) =>
  withAnalysis(p.textDocument.uri, (a, doc, state): CodeAction[] => {
    if (p.context.only !== undefined && !p.context.only.some((k) => k === CodeActionKind.QuickFix || k === CodeActionKind.Empty)) return [];
    const actions: CodeAction[] = [];
    for (const d of p.context.diagnostics) {
      if (d.source !== SOURCE || typeof d.code !== 'string') continue;
      let fixes: PositionedFix[] = [];
      if (isDiagnosticData(d.data) && d.data.version === doc.version) fixes = d.data.fixes;
      else {
        // The client sent a diagnostic from an older version: take the fixes of the matching current one.
        const current = matchDiagnostic(a, state.diagnosed.diagnostics, d.code, d.range);
        if (current !== undefined) fixes = positionFixes(a, current.fixes);
      }
      for (const f of fixes) actions.push(fixToCodeAction(doc.uri, d, f));
    }
    return actions;
  }),
);

connection.onDocumentSymbol((p) => withAnalysis(p.textDocument.uri, (a) => documentSymbols(a).map((s) => toDocumentSymbol(a, s))));

connection.onFoldingRanges((p) => withAnalysis(p.textDocument.uri, (a) => foldingRanges(a).map(toFoldingRange)));

connection.onDocumentFormatting((p) => withAnalysis(p.textDocument.uri, (a) => formatEdits(a).map((e) => toTextEdit(a, e))));

connection.onDocumentRangeFormatting((p) =>
  withAnalysis(p.textDocument.uri, (a) => {
    const endLine = p.range.end.character === 0 && p.range.end.line > p.range.start.line ? p.range.end.line - 1 : p.range.end.line;
    return formatEdits(a, { startLine: p.range.start.line, endLine }).map((e) => toTextEdit(a, e));
  }),
);

connection.onDefinition((p) =>
  withAnalysis(p.textDocument.uri, (a): Location[] => definitionAt(a, offsetAt(a, p.position)).map((r) => ({ uri: p.textDocument.uri, range: toRange(a, r.word.span) }))),
);

connection.onReferences((p) =>
  withAnalysis(p.textDocument.uri, (a): Location[] =>
    referencesAt(a, offsetAt(a, p.position), p.context.includeDeclaration).map((r) => ({ uri: p.textDocument.uri, range: toRange(a, r.word.span) })),
  ),
);

connection.onPrepareRename(async (p) => {
  const r = await withAnalysis(p.textDocument.uri, (a) => {
    const check = prepareRename(a, offsetAt(a, p.position));
    if (check === undefined) return null;
    if ('error' in check) throw new ResponseError(ErrorCodes.InvalidRequest, check.error);
    return { range: toRange(a, check.span), placeholder: check.placeholder };
  });
  return r ?? null;
});

connection.onRenameRequest(async (p) => {
  const r = await withAnalysis(p.textDocument.uri, (a) => {
    const res = renameEdits(a, offsetAt(a, p.position), p.newName);
    if ('error' in res) throw new ResponseError(ErrorCodes.InvalidRequest, res.error);
    return { changes: { [p.textDocument.uri]: res.edits.map((e) => toTextEdit(a, e)) } };
  });
  return r ?? null;
});

connection.languages.semanticTokens.on(async (p) => (await withAnalysis(p.textDocument.uri, (a) => ({ data: encodeTokens(semanticTokens(a)) }))) ?? { data: [] });

connection.onShutdown(() => {
  for (const uri of [...timers.keys()]) cancel(uri);
});

documents.listen(connection);
connection.listen();
