// Shared fixtures of the renderer tests (test/fixtures/render/).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { validate, type ConfigModel } from '../../../server/src/language';
import { loadDeviceFacts, type DeviceFacts } from '../../../server/src/render';

/** The repository root, from the bundled test file (out/test/unit/render) or the source tree. */
function repoRoot(): string {
  let dir = __dirname;
  for (;;) {
    if (existsSync(path.join(dir, 'package.json')) && existsSync(path.join(dir, 'test', 'fixtures'))) return dir;
    const up = path.dirname(dir);
    if (up === dir) return process.cwd();
    dir = up;
  }
}

export function fixture(rel: string): string {
  return readFileSync(path.join(repoRoot(), 'test', 'fixtures', 'render', rel), 'utf8');
}

/** router.cfg, with extra lines inserted right after `call-home` (e.g. data-privacy) and inside profile noc. */
export function routerConfig(callHomeLines: string[] = [], nocLines: string[] = []): string {
  let text = fixture('router.cfg');
  if (callHomeLines.length > 0) text = text.replace('\ncall-home\n', `\ncall-home\n${callHomeLines.map((l) => ` ${l}\n`).join('')}`);
  if (nocLines.length > 0) text = text.replace(' profile "noc"\n', ` profile "noc"\n${nocLines.map((l) => `  ${l}\n`).join('')}`);
  return text;
}

export function modelOf(config: string): ConfigModel {
  return validate(config).analysis.model;
}

/** device.json (an ASR1006 with captures of show logging, show clock and show version). */
export function deviceFacts(model?: ConfigModel): DeviceFacts {
  const r = loadDeviceFacts(fixture('device.json'), { source: 'device.json', ...(model ? { model } : {}) });
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.facts;
}

/** 2009-12-03 12:26:02 at GMT+05:00 (the 004 long-text sample's day). */
export const NOW = new Date('2009-12-03T07:26:02Z');

export const MAIL_PASSWORD = 'Sup3rS3cretPw';
