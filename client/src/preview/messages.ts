// The messages between the preview host (previewPanel.ts) and the webview script (client/webview/preview.ts).
// Imported by both bundles, so it imports nothing: the lists below are checked against the renderer's own
// ALERT_GROUP_NAMES / MESSAGE_FORMATS by a unit test (test/unit/client/preview.test.ts).

export const PREVIEW_FORMATS = ['xml', 'long-text', 'short-text'] as const;
export const PREVIEW_GROUPS = ['test', 'inventory', 'configuration', 'syslog', 'environment', 'diagnostic', 'crash', 'snapshot'] as const;
export type PreviewFormat = (typeof PREVIEW_FORMATS)[number];
export type PreviewGroup = (typeof PREVIEW_GROUPS)[number];

/** Host → webview: the rendered message (or why there is none: `error` set, `body` empty). */
export interface RenderMessage {
  type: 'render';
  /** The document, as a URI string (kept in the webview state so a reload can revive the panel). */
  uri: string;
  body: string;
  format: PreviewFormat;
  group: PreviewGroup;
  profile: string;
  profiles: string[];
  bytes: number;
  warnings: string[];
  messageId: string;
  subject: string;
  truncated: boolean;
  error?: string;
}

export type HostMessage = RenderMessage;

/** Webview → host. `select` changes what is rendered; `ready` asks for the current render after a (re)load. */
export type WebviewMessage = { type: 'ready' } | { type: 'select'; profile?: string; group?: PreviewGroup; format?: PreviewFormat };

/** What the webview keeps in getState()/setState() and the panel serializer gets back after a reload. */
export interface PersistedState {
  uri: string;
  profile?: string;
  group?: PreviewGroup;
  format?: PreviewFormat;
}

const isFormat = (v: unknown): v is PreviewFormat => typeof v === 'string' && (PREVIEW_FORMATS as readonly string[]).includes(v);
const isGroup = (v: unknown): v is PreviewGroup => typeof v === 'string' && (PREVIEW_GROUPS as readonly string[]).includes(v);

/** Checks a message from the webview (untrusted: anything else is dropped). */
export function parseWebviewMessage(v: unknown): WebviewMessage | undefined {
  if (v === null || typeof v !== 'object') return undefined;
  const o = v as Record<string, unknown>;
  if (o.type === 'ready') return { type: 'ready' };
  if (o.type !== 'select') return undefined;
  const m: WebviewMessage = { type: 'select' };
  if (typeof o.profile === 'string' && o.profile.length <= 256) m.profile = o.profile;
  if (isGroup(o.group)) m.group = o.group;
  if (isFormat(o.format)) m.format = o.format;
  return m.profile === undefined && m.group === undefined && m.format === undefined ? undefined : m;
}

/** Checks a persisted webview state (it comes back from disk after a reload). */
export function parsePersistedState(v: unknown): PersistedState | undefined {
  if (v === null || typeof v !== 'object') return undefined;
  const o = v as Record<string, unknown>;
  if (typeof o.uri !== 'string' || o.uri === '') return undefined;
  const s: PersistedState = { uri: o.uri };
  if (typeof o.profile === 'string') s.profile = o.profile;
  if (isGroup(o.group)) s.group = o.group;
  if (isFormat(o.format)) s.format = o.format;
  return s;
}

/** The `info` line under the pickers: format, size and MessageId (the HTML shell and the script both show it). */
export function infoText(r: Pick<RenderMessage, 'format' | 'bytes' | 'messageId' | 'truncated'>): string {
  return `${r.format} · ${r.bytes} bytes${r.truncated ? ' (cut to the message-size limit)' : ''} · ${r.messageId}`;
}
