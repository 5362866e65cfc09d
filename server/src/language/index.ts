// Public API of the language core. Imports neither `vscode` nor `vscode-languageserver`.
export { analyze, LINE_INTERPRETED, LINE_SKIPPED_CHILD, type Analysis, type Block } from './analyzer';
export { editKeepsAnalysis, type LineEdit } from './incremental';
export { validate, positionAt, offsetAt, rangeOf, type ValidateOptions, type ValidationResult } from './validate';
export { COMMANDS, commandById, ALERT_GROUPS, SEVERITIES, MSG_FORMATS, TRANSPORTS, WEEKDAYS, type CommandSpec, type CommandDoc } from './commands';
export { RULES, type Rule } from './rules';
export * from './model';
export * from './types';
export { cite, SEED_TITLES, type SeedId } from './sources';
export { MODE_TITLES, type ModeId } from './modes';
export { decodeCertificate, hexToBytes, base64ToBytes, type DecodedCertificate } from './x509';
export { dispatch, firstKeywords, trieFor, suggestKeyword } from './dispatch';
export { expectedAfter, resolveKeyword, type Syntax, type MatchResult } from './grammar';
export { parseCommandLine, type CommandLine } from './lineParser';
export { PROMPT_MODES, PARENT } from './modes';
