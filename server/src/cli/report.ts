// Diagnostics of one file in the CLI's output shape (1-based lines and columns, SPEC §6), and the three formats.
import { RULES, positionAt, validate, type CoreDiagnostic, type ValidateOptions } from '../language';

export interface CliDiagnostic {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: 'error' | 'warning' | 'information' | 'hint';
  code: string;
  message: string;
}

export interface FileReport {
  file: string;
  diagnostics: CliDiagnostic[];
}

/** Validates one text and converts spans to 1-based positions. */
export function validateText(file: string, text: string, options: ValidateOptions): FileReport {
  const { analysis, diagnostics } = validate(text, options);
  return {
    file,
    diagnostics: diagnostics.map((d: CoreDiagnostic) => {
      const s = positionAt(analysis, d.span.start);
      const e = positionAt(analysis, d.span.end);
      return { line: s.line + 1, column: s.character + 1, endLine: e.line + 1, endColumn: e.character + 1, severity: d.severity, code: d.code, message: d.message };
    }),
  };
}

export function formatText(reports: readonly FileReport[]): string {
  const lines: string[] = [];
  for (const r of reports) for (const d of r.diagnostics) lines.push(`${r.file}:${d.line}:${d.column}: ${d.severity} ${d.code}: ${d.message}`);
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}

export function summary(reports: readonly FileReport[]): string {
  const count = (s: string): number => reports.reduce((n, r) => n + r.diagnostics.filter((d) => d.severity === s).length, 0);
  const e = count('error');
  const w = count('warning');
  const i = count('information') + count('hint');
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(reports.length, 'file')} checked: ${plural(e, 'error')}, ${plural(w, 'warning')}, ${i} information`;
}

export function formatJson(reports: readonly FileReport[]): string {
  return `${JSON.stringify(reports, null, 2)}\n`;
}

const SARIF_LEVEL: Record<CliDiagnostic['severity'], string> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/** SARIF 2.1.0, one run, with every rule described in the driver so viewers can show rule help. */
export function formatSarif(reports: readonly FileReport[], toolVersion: string): string {
  const rules = RULES.map((r) => ({ id: r.code, name: r.code, shortDescription: { text: r.description }, defaultConfiguration: { level: SARIF_LEVEL[r.severity] } }));
  const index = new Map(rules.map((r, i) => [r.id, i] as const));
  const results = reports.flatMap((r) =>
    r.diagnostics.map((d) => {
      const result: Record<string, unknown> = {
        ruleId: d.code,
        level: SARIF_LEVEL[d.severity],
        message: { text: d.message },
        locations: [{ physicalLocation: { artifactLocation: { uri: toUri(r.file) }, region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn } } }],
      };
      const ri = index.get(d.code);
      if (ri !== undefined) result.ruleIndex = ri;
      return result;
    }),
  );
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{ tool: { driver: { name: 'callhome', fullName: 'Call Home Toolkit validator', version: toolVersion, semanticVersion: toolVersion, rules } }, columnKind: 'utf16CodeUnits', results }],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}

function toUri(file: string): string {
  if (file === '-') return 'stdin';
  return file.split(/[\\/]/).map(encodeURIComponent).join('/');
}
