// Reading what render and send need: the configuration (parsed by the core) and the device facts.
import fs from 'node:fs';
import path from 'node:path';
import { validate, type ConfigModel } from '../language';
import { defaultDeviceFacts, loadDeviceFacts, parseAlertGroup, type AlertGroupName, type DeviceFacts } from '../render';
import { CliError } from './errors';
import { readConfig } from './files';

export interface Inputs {
  text: string;
  model: ConfigModel;
  facts: DeviceFacts;
  /** Errors the validator found in the configuration (rendering still works; the user is told). */
  configErrors: number;
  warnings: string[];
}

export async function loadInputs(configPath: string, devicePath: string | undefined): Promise<Inputs> {
  const r = await readConfig(configPath);
  if ('error' in r) throw new CliError(`${configPath}: ${r.error}`);
  const { analysis, diagnostics } = validate(r.text);
  const model = analysis.model;
  const warnings: string[] = [];
  let facts = defaultDeviceFacts(model);
  if (devicePath !== undefined) {
    let json: string;
    try {
      json = fs.readFileSync(devicePath, 'utf8');
    } catch (e) {
      throw new CliError(`--device ${devicePath}: ${(e as { code?: string }).code === 'ENOENT' ? 'no such file' : e instanceof Error ? e.message : String(e)}`);
    }
    const loaded = loadDeviceFacts(json, { model, source: devicePath, readFile: (p) => fs.readFileSync(path.resolve(path.dirname(devicePath), p), 'utf8') });
    if (!loaded.ok) throw new CliError(loaded.errors.join('\ncallhome: '));
    facts = loaded.facts;
    warnings.push(...loaded.warnings);
  }
  return { text: r.text, model, facts, configErrors: diagnostics.filter((d) => d.severity === 'error').length, warnings };
}

export function parseGroup(value: string | undefined): AlertGroupName {
  if (value === undefined) return 'test';
  const g = parseAlertGroup(value);
  if (g === undefined) throw new CliError(`unknown alert group '${value}' (expected test, inventory, configuration, syslog, environment, diagnostic, crash or snapshot)`);
  return g;
}

export function parseNow(value: string | undefined): Date {
  if (value === undefined) return new Date();
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) throw new CliError(`--now '${value}' is not a date`);
  return d;
}

export function parseIntOption(name: string, value: string | undefined, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new CliError(`--${name} '${value}' must be a whole number from ${min} to ${max}`);
  return n;
}
