// One analysis per document version and settings: diagnostics, completion, hover … all read the same result,
// so an edit is analysed once however many requests follow it.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { diagnose, type Diagnosed } from '../services';
import type { Settings } from './settings';

export interface DocumentState {
  uri: string;
  version: number;
  settings: Settings;
  diagnosed: Diagnosed;
}

export class DocumentStates {
  private readonly states = new Map<string, DocumentState>();

  get(doc: TextDocument, settings: Settings): DocumentState {
    const old = this.states.get(doc.uri);
    if (old !== undefined && old.version === doc.version && old.settings.maxFileSize === settings.maxFileSize && old.settings.validation.enable === settings.validation.enable) return old;
    const state: DocumentState = { uri: doc.uri, version: doc.version, settings, diagnosed: diagnose(doc.getText(), { enable: settings.validation.enable, maxFileSize: settings.maxFileSize }) };
    this.states.set(doc.uri, state);
    return state;
  }

  delete(uri: string): void {
    this.states.delete(uri);
  }

  clear(): void {
    this.states.clear();
  }
}
