// The preview webview's HTML shell: a strict CSP with a fresh nonce per load, theme colours from VS Code's CSS
// variables, and every interpolated string escaped. The config is untrusted input (the Webview.html docs ask
// extensions to sanitize workspace content), so nothing from it is ever written unescaped; later updates go
// through postMessage and the script's `textContent`. No `vscode` import: unit-tested under plain Node.
import { randomBytes } from 'node:crypto';
import { infoText, PREVIEW_FORMATS, PREVIEW_GROUPS, type RenderMessage } from './messages';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML element content and quoted attribute values alike. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** 32 random alphanumeric characters (webview-sample's getNonce, from a CSPRNG). */
export function makeNonce(): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const bytes = randomBytes(32);
  let out = '';
  for (const b of bytes) out += alphabet[b % alphabet.length];
  return out;
}

/** Nothing but our own script (by nonce) and our own styles; no network, no inline handlers, no eval. */
export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  return `default-src 'none'; style-src ${cspSource} 'nonce-${nonce}'; script-src 'nonce-${nonce}'; img-src ${cspSource}`;
}

export interface PreviewShell {
  /** `webview.cspSource`. */
  cspSource: string;
  nonce: string;
  /** `webview.asWebviewUri(dist/webview/preview.js)`, as a string. */
  scriptUri: string;
  /** Shown as the document title (the config's file name). */
  title: string;
  /** The first render, painted before the script runs. */
  initial?: RenderMessage;
}

const STYLE = `
  :root { color-scheme: light dark; }
  body { margin: 0; padding: 0 12px 12px; color: var(--vscode-foreground); background: var(--vscode-editor-background);
         font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); }
  .toolbar { position: sticky; top: 0; display: flex; flex-wrap: wrap; gap: 8px 16px; align-items: center; padding: 8px 0;
             background: var(--vscode-editor-background); border-bottom: 1px solid var(--vscode-panel-border, transparent); }
  label { display: inline-flex; gap: 6px; align-items: center; }
  select { color: var(--vscode-dropdown-foreground); background: var(--vscode-dropdown-background);
           border: 1px solid var(--vscode-dropdown-border, transparent); padding: 2px 4px; font: inherit; }
  select:focus { outline: 1px solid var(--vscode-focusBorder); outline-offset: -1px; }
  .info { color: var(--vscode-descriptionForeground); }
  .warnings { margin: 8px 0 0; padding-left: 20px; color: var(--vscode-editorWarning-foreground); }
  .warnings:empty { display: none; }
  .error { margin: 8px 0 0; color: var(--vscode-errorForeground); }
  .error:empty { display: none; }
  pre { margin: 8px 0 0; padding: 8px; white-space: pre-wrap; word-break: break-all; tab-size: 4;
        font-family: var(--vscode-editor-font-family); font-size: var(--vscode-editor-font-size);
        background: var(--vscode-textCodeBlock-background); color: var(--vscode-editor-foreground); }
`;

function options(values: readonly string[], selected: string | undefined): string {
  return values.map((v) => `<option value="${escapeHtml(v)}"${v === selected ? ' selected' : ''}>${escapeHtml(v)}</option>`).join('');
}

export function previewHtml(shell: PreviewShell): string {
  const r = shell.initial;
  const nonce = escapeHtml(shell.nonce);
  const csp = escapeHtml(contentSecurityPolicy(shell.cspSource, shell.nonce));
  const profiles = r !== undefined ? options(r.profiles, r.profile) : '';
  const warnings = (r?.warnings ?? []).map((w) => `<li>${escapeHtml(w)}</li>`).join('');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<style nonce="${nonce}">${STYLE}</style>
<title>${escapeHtml(shell.title)}</title>
</head>
<body>
<header class="toolbar">
<label>Profile <select id="profile">${profiles}</select></label>
<label>Alert group <select id="group">${options(PREVIEW_GROUPS, r?.group ?? 'test')}</select></label>
<label>Format <select id="format">${options(PREVIEW_FORMATS, r?.format ?? 'xml')}</select></label>
<span id="info" class="info">${r !== undefined && r.error === undefined ? escapeHtml(infoText(r)) : ''}</span>
</header>
<div id="error" class="error">${escapeHtml(r?.error ?? '')}</div>
<ul id="warnings" class="warnings">${warnings}</ul>
<pre id="body">${escapeHtml(r?.body ?? '')}</pre>
<script nonce="${nonce}" src="${escapeHtml(shell.scriptUri)}"></script>
</body>
</html>
`;
}
