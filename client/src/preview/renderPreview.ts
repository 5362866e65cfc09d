// Renders the preview in the extension host with the pure core and renderer (no server round trip, so the
// preview and the CLI's `send` share one renderer). No `vscode` import: unit-tested under plain Node.
import { type ConfigModel } from '../../../server/src/language';
import { render, type DeviceFacts } from '../../../server/src/render';
import type { PreviewFormat, PreviewGroup, RenderMessage } from './messages';

/** What the user picked; an absent format means the profile's `destination preferred-msg-format`. */
export interface PreviewSelection {
  profile?: string;
  group: PreviewGroup;
  format?: PreviewFormat;
}

/** Profiles a preview can show, CiscoTAC-1 included (every device has it). */
export function profileNames(model: ConfigModel): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const p of model.profiles) {
    const key = p.name.toLowerCase();
    if (p.name === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(p.name);
  }
  return out;
}

/** The profile a preview starts with: the first one the user configured, else CiscoTAC-1. */
export function defaultProfile(model: ConfigModel): string {
  const own = model.profiles.find((p) => p.configured && !p.predefined && p.name !== '');
  return own?.name ?? model.profiles.find((p) => p.configured && p.name !== '')?.name ?? model.profiles[0]?.name ?? 'CiscoTAC-1';
}

/** The configured profile whose block holds `line` (0-based), for a preview opened from inside a profile. */
export function profileAtLine(model: ConfigModel, line: number): string | undefined {
  for (const p of model.profiles) {
    if (p.name === '' || !p.configured) continue;
    if (p.range !== undefined && line >= p.range.startLine && line <= p.range.endLine) return p.name;
    if (p.openers.some((o) => o.line === line)) return p.name;
  }
  return undefined;
}

export interface PreviewInput {
  uri: string;
  /** The configuration text (the `configuration` group attaches it, scrubbed by the renderer). */
  text: string;
  model: ConfigModel;
  selection: PreviewSelection;
  facts: DeviceFacts;
  /** Problems with the device facts, shown with the render's own warnings. */
  factWarnings?: string[];
  now?: Date;
}

/** The render message for the webview; a request the renderer refuses becomes `error` (never a throw). */
export function renderPreview(input: PreviewInput): RenderMessage {
  const profiles = profileNames(input.model);
  const wanted = input.selection.profile;
  // A profile renamed or deleted by an edit falls back to the default rather than showing an error forever.
  const profile = wanted !== undefined && profiles.some((p) => p.toLowerCase() === wanted.toLowerCase()) ? wanted : defaultProfile(input.model);
  const base = { type: 'render' as const, uri: input.uri, group: input.selection.group, profile, profiles };
  try {
    const r = render(input.model, {
      profile,
      group: input.selection.group,
      facts: input.facts,
      now: input.now ?? new Date(),
      config: input.text,
      ...(input.selection.format !== undefined ? { format: input.selection.format } : {}),
    });
    return { ...base, body: r.body, format: r.format, bytes: r.bytes, warnings: [...(input.factWarnings ?? []), ...r.warnings], messageId: r.messageId, subject: r.subject, truncated: r.truncated };
  } catch (e) {
    return {
      ...base,
      body: '',
      format: input.selection.format ?? 'xml',
      bytes: 0,
      warnings: input.factWarnings ?? [],
      messageId: '',
      subject: '',
      truncated: false,
      error: `Cannot render the message: ${e instanceof Error ? e.message : String(e)}`,
    };
  }
}
