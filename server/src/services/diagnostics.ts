// What the editor shows for a document: the core's diagnostics, or nothing when validation is off, or one
// information diagnostic when the file is larger than the configured limit (no analysis at all then).
import { validate, type CoreDiagnostic, type ValidationResult } from '../language';

export interface DiagnoseSettings {
  enable: boolean;
  /** Bytes (UTF-8); above it the document is not analysed. */
  maxFileSize: number;
  /** "Now" for certificate expiry (tests). */
  now?: Date;
}

export const DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024;

export interface Diagnosed {
  /** Undefined when the file is too large to analyse. */
  result?: ValidationResult;
  diagnostics: CoreDiagnostic[];
}

export const TOO_LARGE_CODE = 'file-too-large';

/** UTF-8 size without allocating a buffer for the whole text. */
export function utf8Length(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

export function tooLarge(text: string, maxFileSize: number): boolean {
  // A UTF-16 length above the limit already means more UTF-8 bytes than that.
  return text.length > maxFileSize || utf8Length(text) > maxFileSize;
}

export function diagnose(text: string, settings: DiagnoseSettings): Diagnosed {
  if (tooLarge(text, settings.maxFileSize)) {
    return {
      diagnostics: [
        {
          code: TOO_LARGE_CODE,
          severity: 'information',
          span: { start: 0, end: 0 },
          message: `This file is ${utf8Length(text)} bytes, above callhome.maxFileSize (${settings.maxFileSize} bytes): Call Home analysis is off for it.`,
        },
      ],
    };
  }
  const result = validate(text, settings.now !== undefined ? { now: settings.now } : {});
  return { result, diagnostics: settings.enable ? result.diagnostics : [] };
}
