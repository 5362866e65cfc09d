// "Call Home: Preview Message": one webview panel per configuration, beside its editor. The host renders
// (renderPreview.ts) and posts the result; the webview only displays it and posts the user's picks back. Panels
// survive a window reload through the serializer (the webview state holds the document URI and the picks).
import * as path from 'node:path';
import * as vscode from 'vscode';
import { deviceFactsSources } from '../config';
import { resolveDeviceFacts } from '../deviceFacts';
import { documentFor, targetUri, type DocumentModels } from '../documentModels';
import { makeNonce, previewHtml } from './html';
import { parsePersistedState, parseWebviewMessage, type PreviewFormat, type PreviewGroup, type RenderMessage } from './messages';
import { defaultProfile, profileAtLine, renderPreview, type PreviewSelection } from './renderPreview';

export const PREVIEW_VIEW_TYPE = 'callhome.preview';
/** Edits are rendered after this quiet time, so typing does not re-render on every key. */
const DEBOUNCE_MS = 200;

/** What the end-to-end tests read through the extension API. */
export interface PreviewSnapshot {
  body: string;
  format: PreviewFormat;
  group: PreviewGroup;
  profile: string;
  profiles: string[];
  messageId: string;
  warnings: string[];
  error?: string;
  /** How many times the host rendered this panel (grows on every edit, pick and setting change). */
  renders: number;
  /** How many times the webview script itself loaded and asked for the render (proves it runs under the CSP). */
  webviewReady: number;
}

class PreviewPanel implements vscode.Disposable {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private last: RenderMessage | undefined;
  private renders = 0;
  private webviewReady = 0;
  private generation = 0;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly disposeEmitter = new vscode.EventEmitter<void>();
  readonly onDidDispose = this.disposeEmitter.event;

  constructor(
    readonly panel: vscode.WebviewPanel,
    readonly uri: vscode.Uri,
    private readonly selection: PreviewSelection,
    private readonly extensionUri: vscode.Uri,
    private readonly models: DocumentModels,
  ) {
    this.disposables.push(
      panel.webview.onDidReceiveMessage((m: unknown) => {
        if (parseWebviewMessage(m)?.type === 'ready') this.webviewReady++;
        void this.handleMessage(m);
      }),
      panel.onDidDispose(() => this.dispose()),
    );
  }

  /** (Re)loads the HTML: options, a fresh nonce and the current render painted in. */
  async load(): Promise<void> {
    const webviewDir = vscode.Uri.joinPath(this.extensionUri, 'dist', 'webview');
    this.panel.webview.options = { enableScripts: true, enableCommandUris: false, localResourceRoots: [webviewDir] };
    await this.render(false);
    const webview = this.panel.webview;
    webview.html = previewHtml({
      cspSource: webview.cspSource,
      nonce: makeNonce(),
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(webviewDir, 'preview.js')).toString(),
      title: `Call Home: ${path.basename(this.uri.path)}`,
      ...(this.last !== undefined ? { initial: this.last } : {}),
    });
  }

  /** The webview's messages, and the API's `previewSelect` (the same path, for tests). */
  async handleMessage(raw: unknown): Promise<void> {
    const m = parseWebviewMessage(raw);
    if (m === undefined) return;
    if (m.type === 'ready') {
      // A (re)loaded webview asks for what to show; the document may have changed while it was hidden.
      await this.render();
      return;
    }
    if (m.profile !== undefined) this.selection.profile = m.profile;
    if (m.group !== undefined) this.selection.group = m.group;
    if (m.format !== undefined) this.selection.format = m.format;
    await this.render();
  }

  select(profile: string | undefined): void {
    if (profile !== undefined) this.selection.profile = profile;
  }

  schedule(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.render();
    }, DEBOUNCE_MS);
  }

  async render(post = true): Promise<void> {
    const generation = ++this.generation;
    let msg: RenderMessage;
    try {
      const doc = await documentFor(this.uri);
      if (generation !== this.generation) return; // a newer render started while the document opened
      const model = this.models.get(doc).model;
      const { facts, warnings } = resolveDeviceFacts(model, deviceFactsSources(doc.uri));
      msg = renderPreview({ uri: this.uri.toString(), text: doc.getText(), model, selection: this.selection, facts, factWarnings: warnings });
    } catch (e) {
      msg = {
        type: 'render',
        uri: this.uri.toString(),
        body: '',
        format: this.selection.format ?? 'xml',
        group: this.selection.group,
        profile: this.selection.profile ?? '',
        profiles: [],
        bytes: 0,
        warnings: [],
        messageId: '',
        subject: '',
        truncated: false,
        error: `Cannot open ${this.uri.fsPath || this.uri.toString()}: ${e instanceof Error ? e.message : String(e)}`,
      };
    }
    this.last = msg;
    this.renders++;
    if (post) void this.panel.webview.postMessage(msg).then(undefined, () => undefined); // a hidden webview drops it; `ready` asks again
  }

  snapshot(): PreviewSnapshot | undefined {
    const r = this.last;
    if (r === undefined) return undefined;
    return {
      body: r.body,
      format: r.format,
      group: r.group,
      profile: r.profile,
      profiles: [...r.profiles],
      messageId: r.messageId,
      warnings: [...r.warnings],
      ...(r.error !== undefined ? { error: r.error } : {}),
      renders: this.renders,
      webviewReady: this.webviewReady,
    };
  }

  dispose(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    for (const d of this.disposables.splice(0)) d.dispose();
    this.disposeEmitter.fire();
    this.disposeEmitter.dispose();
    this.panel.dispose();
  }
}

export class PreviewManager implements vscode.Disposable {
  private readonly panels = new Map<string, PreviewPanel>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly models: DocumentModels,
  ) {
    this.disposables.push(
      vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, { deserializeWebviewPanel: (panel, state) => this.revive(panel, state) }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length > 0) this.panels.get(e.document.uri.toString())?.schedule();
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (!e.affectsConfiguration('callhome')) return; // device facts, and anything a later setting may add
        for (const p of this.panels.values()) p.schedule();
      }),
    );
  }

  /** Opens (or reveals and updates) the preview of `uriArg` (default: the active editor), optionally for a profile. */
  async show(uriArg?: unknown, profileArg?: unknown): Promise<void> {
    const uri = targetUri(uriArg);
    if (uri === undefined) {
      void vscode.window.showInformationMessage('Open a Cisco IOS configuration first, then run "Call Home: Preview Message".');
      return;
    }
    const profile = typeof profileArg === 'string' && profileArg !== '' ? profileArg : undefined;
    const existing = this.panels.get(uri.toString());
    if (existing !== undefined) {
      existing.select(profile);
      existing.panel.reveal(undefined, true);
      await existing.render();
      return;
    }
    const selection: PreviewSelection = { group: 'test' };
    if (profile !== undefined) selection.profile = profile;
    else {
      // From the palette: the profile under the cursor, else the first configured one.
      const doc = await documentFor(uri);
      const model = this.models.get(doc).model;
      const editor = vscode.window.activeTextEditor;
      const atCursor = editor?.document.uri.toString() === uri.toString() ? profileAtLine(model, editor.selection.active.line) : undefined;
      selection.profile = atCursor ?? defaultProfile(model);
    }
    const panel = vscode.window.createWebviewPanel(
      PREVIEW_VIEW_TYPE,
      `Call Home: ${path.basename(uri.path)}`,
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      { enableScripts: true, enableFindWidget: true, localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'dist', 'webview')] },
    );
    await this.adopt(panel, uri, selection);
  }

  /** The rendered state of the preview of `uri`, if one is open. */
  state(uri: vscode.Uri): PreviewSnapshot | undefined {
    return this.panels.get(uri.toString())?.snapshot();
  }

  /** Handles `message` exactly as if the webview of `uri` had posted it. */
  async post(uri: vscode.Uri, message: unknown): Promise<PreviewSnapshot | undefined> {
    const p = this.panels.get(uri.toString());
    if (p === undefined) return undefined;
    await p.handleMessage(message);
    return p.snapshot();
  }

  private async revive(panel: vscode.WebviewPanel, raw: unknown): Promise<void> {
    const state = parsePersistedState(raw);
    let uri: vscode.Uri | undefined;
    try {
      uri = state !== undefined ? vscode.Uri.parse(state.uri, true) : undefined;
    } catch {
      uri = undefined;
    }
    if (state === undefined || uri === undefined || this.panels.has(uri.toString())) {
      panel.dispose();
      return;
    }
    const selection: PreviewSelection = { group: state.group ?? 'test' };
    if (state.profile !== undefined) selection.profile = state.profile;
    if (state.format !== undefined) selection.format = state.format;
    await this.adopt(panel, uri, selection);
  }

  private async adopt(panel: vscode.WebviewPanel, uri: vscode.Uri, selection: PreviewSelection): Promise<void> {
    const p = new PreviewPanel(panel, uri, selection, this.extensionUri, this.models);
    const key = uri.toString();
    this.panels.set(key, p);
    p.onDidDispose(() => {
      if (this.panels.get(key) === p) this.panels.delete(key);
    });
    await p.load();
  }

  dispose(): void {
    for (const p of [...this.panels.values()]) p.dispose();
    this.panels.clear();
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
