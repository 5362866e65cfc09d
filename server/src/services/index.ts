// Editor services: pure functions of a document's text and the core's analysis (no LSP, no VS Code), in the
// spirit of yaml-language-server's languageservice. The LSP layer (server/src/lsp) only converts types.
export { complete, type CompletionEntry, type CompletionKind, type CompletionResult } from './completion';
export { hover, type HoverResult, type HoverOptions } from './hover';
export { documentSymbols, type SymbolNode, type SymbolKind } from './symbols';
export { foldingRanges, type FoldingRange } from './folding';
export { formatEdits, applyEdits, type FormatOptions } from './formatting';
export { nameAt, referencesAt, definitionAt, prepareRename, renameEdits, type RenameCheck } from './names';
export { semanticTokens, encodeTokens, TOKEN_TYPES, TOKEN_MODIFIERS, type SemanticToken, type TokenType, type TokenModifier } from './semanticTokens';
export { diagnose, tooLarge, DEFAULT_MAX_FILE_SIZE, TOO_LARGE_CODE, type DiagnoseSettings, type Diagnosed } from './diagnostics';
export { positionFixes, isDiagnosticData, matchDiagnostic, type DiagnosticData, type PositionedFix, type PositionedEdit } from './codeActions';
export { modeAtLine, type LineMode } from './modeAt';
export { certificateAtLine, certificateMarkdown, iosDate, allCertificates, editorBlocks, type CertificateAt } from './certificates';
