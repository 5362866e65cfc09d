// Device facts for preview and send (SPEC §4): `callhome.device.factsFile` (the CLI's `--device` JSON) with
// the single `callhome.device.*` settings laid over it. Both front ends use the same merged document, so the
// preview shows exactly what Send Test Alert sends. No `vscode` import (unit-tested under plain Node).
import fs from 'node:fs';
import path from 'node:path';
import type { ConfigModel } from '../../server/src/language';
import { defaultDeviceFacts, loadDeviceFacts, type DeviceFacts } from '../../server/src/render';

/** The `callhome.device.<name>` settings, named like the DeviceFacts fields they set. */
export const DEVICE_FACT_SETTINGS = ['model', 'serialNumber', 'partNumber', 'softwareVersion', 'hardwareVersion'] as const;
export type DeviceFactSetting = (typeof DEVICE_FACT_SETTINGS)[number];

export interface FactsSources {
  /** Non-empty `callhome.device.*` settings. */
  settings: Partial<Record<DeviceFactSetting, string>>;
  /** Absolute path of the facts file, when one is configured. */
  file?: string;
}

/**
 * The merged facts document, or undefined when nothing is configured. Capture files named relative to the
 * facts file are made absolute, so the document still works when written elsewhere (a temp file for the CLI).
 */
export function factsDocument(src: FactsSources): { doc?: Record<string, unknown>; errors: string[] } {
  let doc: Record<string, unknown> | undefined;
  if (src.file !== undefined) {
    let text: string;
    try {
      text = fs.readFileSync(src.file, 'utf8');
    } catch (e) {
      return { errors: [`callhome.device.factsFile ${src.file}: ${(e as { code?: string }).code === 'ENOENT' ? 'no such file' : e instanceof Error ? e.message : String(e)}`] };
    }
    let v: unknown;
    try {
      v = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    } catch (e) {
      return { errors: [`callhome.device.factsFile ${src.file}: not valid JSON (${e instanceof Error ? e.message : String(e)})`] };
    }
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return { errors: [`callhome.device.factsFile ${src.file}: expected a JSON object such as {"model": "ASR1006", "serialNumber": "FOX105101DH"}`] };
    doc = { ...(v as Record<string, unknown>) };
    const base = path.dirname(src.file);
    const captures = doc.captures;
    if (captures !== null && typeof captures === 'object' && !Array.isArray(captures)) {
      const abs: Record<string, unknown> = {};
      for (const [cmd, val] of Object.entries(captures as Record<string, unknown>)) {
        const f = val !== null && typeof val === 'object' ? (val as { file?: unknown }).file : undefined;
        abs[cmd] = typeof f === 'string' ? { file: path.resolve(base, f) } : val;
      }
      doc.captures = abs;
    }
  }
  const entries = Object.entries(src.settings).filter(([, v]) => v !== undefined && v !== '');
  if (entries.length > 0) {
    doc ??= {};
    // A setting wins over the file, whichever spelling (alias) the file used for the same fact.
    for (const [k, v] of entries) {
      for (const alias of ALIASES[k as DeviceFactSetting]) delete doc[alias];
      doc[k] = v;
    }
  }
  return doc === undefined ? { errors: [] } : { doc, errors: [] };
}

/** Spellings loadDeviceFacts accepts for the facts the settings set (kept in step with render/deviceFacts.ts). */
const ALIASES: Record<DeviceFactSetting, string[]> = {
  model: ['pid', 'modelNumber'],
  serialNumber: ['serial', 'sn', 'serialNo'],
  partNumber: ['partNo'],
  softwareVersion: ['version', 'swVersion'],
  hardwareVersion: ['hwVersion', 'vid'],
};

/** Facts for rendering `model`: the merged document when valid, else the defaults with the problems as warnings. */
export function resolveDeviceFacts(model: ConfigModel, src: FactsSources): { facts: DeviceFacts; warnings: string[] } {
  const { doc, errors } = factsDocument(src);
  if (doc === undefined) return { facts: defaultDeviceFacts(model), warnings: errors };
  const loaded = loadDeviceFacts(doc, { model, source: src.file ?? 'callhome.device settings', readFile: (p) => fs.readFileSync(p, 'utf8') });
  if (!loaded.ok) return { facts: defaultDeviceFacts(model), warnings: [...loaded.errors.map((e) => `${e} (using default device facts)`)] };
  return { facts: loaded.facts, warnings: loaded.warnings };
}
