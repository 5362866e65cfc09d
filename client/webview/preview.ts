// The preview webview's script (bundled to dist/webview/preview.js, a browser IIFE). It only displays what the
// host rendered and posts the user's picks back. Message text is set with `textContent`, never as HTML, so
// nothing in a configuration can become markup here.
import { infoText, type HostMessage, type PersistedState, type PreviewFormat, type PreviewGroup, type WebviewMessage } from '../src/preview/messages';

interface VsCodeApi {
  postMessage(message: WebviewMessage): void;
  getState(): unknown;
  setState(state: PersistedState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

(function main(): void {
  const vscode = acquireVsCodeApi(); // may be called only once per load
  const byId = <T extends HTMLElement>(id: string): T => {
    const el = document.getElementById(id);
    if (el === null) throw new Error(`preview: #${id} is missing`);
    return el as T;
  };
  const profileSel = byId<HTMLSelectElement>('profile');
  const groupSel = byId<HTMLSelectElement>('group');
  const formatSel = byId<HTMLSelectElement>('format');
  const info = byId<HTMLElement>('info');
  const error = byId<HTMLElement>('error');
  const warnings = byId<HTMLUListElement>('warnings');
  const body = byId<HTMLPreElement>('body');

  // The user's explicit picks survive reloads; an unpicked format follows the profile's preferred one.
  let state: PersistedState | undefined = (vscode.getState() as PersistedState | null) ?? undefined;

  function setProfiles(names: readonly string[], selected: string): void {
    const same = names.length === profileSel.options.length && names.every((n, i) => profileSel.options[i]?.value === n);
    if (!same) {
      profileSel.replaceChildren(
        ...names.map((n) => {
          const o = document.createElement('option');
          o.value = n;
          o.textContent = n;
          return o;
        }),
      );
    }
    profileSel.value = selected;
  }

  function show(m: HostMessage): void {
    setProfiles(m.profiles, m.profile);
    groupSel.value = m.group;
    formatSel.value = m.format;
    body.textContent = m.body;
    error.textContent = m.error ?? '';
    info.textContent = m.error === undefined ? infoText(m) : '';
    warnings.replaceChildren(
      ...m.warnings.map((w) => {
        const li = document.createElement('li');
        li.textContent = w;
        return li;
      }),
    );
    state = { ...(state?.format !== undefined && state.uri === m.uri ? { format: state.format } : {}), uri: m.uri, profile: m.profile, group: m.group };
    vscode.setState(state);
  }

  window.addEventListener('message', (event: MessageEvent<unknown>) => {
    const m = event.data as HostMessage | null;
    if (m !== null && typeof m === 'object' && m.type === 'render') show(m);
  });

  profileSel.addEventListener('change', () => vscode.postMessage({ type: 'select', profile: profileSel.value }));
  groupSel.addEventListener('change', () => vscode.postMessage({ type: 'select', group: groupSel.value as PreviewGroup }));
  formatSel.addEventListener('change', () => {
    const format = formatSel.value as PreviewFormat;
    if (state !== undefined) vscode.setState((state = { ...state, format }));
    vscode.postMessage({ type: 'select', format });
  });

  vscode.postMessage({ type: 'ready' });
})();
