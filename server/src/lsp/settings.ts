// The server's view of the `callhome.*` settings: fetched per document (workspace/configuration with the
// document as scope), cached until the document closes or the configuration changes.
import type { Connection } from 'vscode-languageserver';
import { DEFAULT_MAX_FILE_SIZE } from '../services';

export interface Settings {
  validation: { enable: boolean };
  /** Bytes; larger documents are not analysed. */
  maxFileSize: number;
}

export const DEFAULT_SETTINGS: Settings = { validation: { enable: true }, maxFileSize: DEFAULT_MAX_FILE_SIZE };

/** Reads a raw `callhome` configuration object leniently: wrong types fall back to the defaults. */
export function normalizeSettings(raw: unknown): Settings {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as { validation?: { enable?: unknown }; maxFileSize?: unknown };
  const enable = typeof r.validation?.enable === 'boolean' ? r.validation.enable : DEFAULT_SETTINGS.validation.enable;
  const max = typeof r.maxFileSize === 'number' && Number.isFinite(r.maxFileSize) && r.maxFileSize > 0 ? r.maxFileSize : DEFAULT_SETTINGS.maxFileSize;
  return { validation: { enable }, maxFileSize: max };
}

export class SettingsStore {
  private readonly perUri = new Map<string, Promise<Settings>>();
  /** Used when the client cannot answer workspace/configuration (pushed with didChangeConfiguration). */
  private global: Settings = DEFAULT_SETTINGS;
  supportsConfiguration = false;

  constructor(private readonly connection: Connection) {}

  get(uri: string): Promise<Settings> {
    if (!this.supportsConfiguration) return Promise.resolve(this.global);
    let s = this.perUri.get(uri);
    if (s === undefined) {
      s = this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'callhome' }).then(normalizeSettings, () => this.global);
      this.perUri.set(uri, s);
    }
    return s;
  }

  /** didChangeConfiguration: forget everything; take pushed settings when the client sends them. */
  changed(pushed: unknown): void {
    this.perUri.clear();
    const section = typeof pushed === 'object' && pushed !== null ? (pushed as { callhome?: unknown }).callhome : undefined;
    if (section !== undefined) this.global = normalizeSettings(section);
  }

  forget(uri: string): void {
    this.perUri.delete(uri);
  }
}
