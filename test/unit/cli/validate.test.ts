// `callhome validate` as a user runs it (SPEC §6): the built bundle is spawned and its exit code and output checked.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cliBundle } from '../../helpers/paths';

function run(args: string[], input?: string): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [cliBundle, ...args], { encoding: 'utf8', input, timeout: 60_000 });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

const CLEAN = 'hostname R1\nservice call-home\ncall-home\n contact-email-addr noc@example.com\n mail-server 10.0.0.1 priority 1\n profile NOC\n  destination address email noc@example.com\n';
const BAD = 'call-home\n contact-email-addr noc@example.com\n rate-limit 61\n profile all\n';

let dir: string;
before(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'callhome-cli-'));
  fs.writeFileSync(path.join(dir, 'clean.cfg'), CLEAN);
  fs.writeFileSync(path.join(dir, 'bad.cfg'), BAD);
  fs.mkdirSync(path.join(dir, 'sub'));
  fs.writeFileSync(path.join(dir, 'sub', 'router-confg'), CLEAN);
  fs.writeFileSync(path.join(dir, 'sub', 'notes.md'), '# not a config\n');
  fs.writeFileSync(path.join(dir, 'binary.cfg'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2]));
});
after(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('callhome validate', () => {
  it('exits 0 on a clean file and prints nothing on stdout', () => {
    const r = run(['validate', path.join(dir, 'clean.cfg')]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, '');
  });

  it('exits 1 when errors are found, with compiler-like lines', () => {
    const r = run(['validate', path.join(dir, 'bad.cfg')]);
    assert.equal(r.code, 1);
    const file = path.join(dir, 'bad.cfg');
    assert.match(r.stdout, new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:3:13: error rate-limit-range: `, 'm'));
    assert.match(r.stdout, /:4:10: error profile-name-invalid: /);
  });

  it('prints the JSON shape of SPEC §6 with 1-based lines and columns', () => {
    const r = run(['validate', '--format', 'json', path.join(dir, 'bad.cfg')]);
    assert.equal(r.code, 1);
    const out = JSON.parse(r.stdout) as { file: string; diagnostics: Record<string, unknown>[] }[];
    assert.equal(out.length, 1);
    assert.equal(out[0]!.file, path.join(dir, 'bad.cfg'));
    const d = out[0]!.diagnostics.find((x) => x.code === 'rate-limit-range')!;
    assert.deepEqual(Object.keys(d).sort(), ['code', 'column', 'endColumn', 'endLine', 'line', 'message', 'severity']);
    assert.deepEqual([d.line, d.column, d.endLine, d.endColumn, d.severity], [3, 13, 3, 15, 'error']);
  });

  it('writes SARIF 2.1.0 with rule metadata and regions', () => {
    const r = run(['validate', '--format', 'sarif', path.join(dir, 'bad.cfg')]);
    const sarif = JSON.parse(r.stdout) as { version: string; runs: { tool: { driver: { rules: { id: string }[] } }; results: { ruleId: string; level: string; ruleIndex: number; locations: { physicalLocation: { region: { startLine: number } } }[] }[] }[] };
    assert.equal(sarif.version, '2.1.0');
    const run0 = sarif.runs[0]!;
    const res = run0.results.find((x) => x.ruleId === 'rate-limit-range')!;
    assert.equal(res.level, 'error');
    assert.equal(run0.tool.driver.rules[res.ruleIndex]!.id, 'rate-limit-range');
    assert.equal(res.locations[0]!.physicalLocation.region.startLine, 3);
  });

  it('walks directories (config-like names only) and reports binary files with exit 2', () => {
    const r = run(['validate', '--format', 'json', dir]);
    assert.equal(r.code, 2, 'a binary file is an I/O error');
    assert.match(r.stderr, /binary\.cfg: binary file/);
    const files = (JSON.parse(r.stdout) as { file: string }[]).map((x) => path.relative(dir, x.file)).sort();
    assert.deepEqual(files, ['bad.cfg', 'clean.cfg', path.join('sub', 'router-confg')]);
  });

  it('gives one clear line and exit 2 for a missing file, never a stack trace', () => {
    const r = run(['validate', path.join(dir, 'missing.cfg')]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /missing\.cfg: no such file or directory/);
    assert.doesNotMatch(r.stderr, /\n\s+at /);
  });

  it('rejects bad arguments with exit 2', () => {
    for (const args of [['validate'], ['validate', '--format', 'yaml', 'x'], ['validate', '--bogus', 'x'], ['frobnicate']]) {
      const r = run(args);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.stderr, /^callhome: /);
      assert.doesNotMatch(r.stderr, /\n\s+at /);
    }
  });

  it('reads stdin for -', () => {
    const r = run(['validate', '--format', 'json', '-'], BAD);
    assert.equal(r.code, 1);
    assert.equal((JSON.parse(r.stdout) as { file: string }[])[0]!.file, '-');
  });

  it('validates large folders in parallel with the same result as one at a time', () => {
    const big = path.join(dir, 'many');
    fs.mkdirSync(big);
    for (let i = 0; i < 120; i++) fs.writeFileSync(path.join(big, `r${String(i).padStart(3, '0')}.cfg`), i % 7 === 0 ? BAD : CLEAN);
    const parallel = run(['validate', '--format', 'json', big]);
    const serial = run(['validate', '--format', 'json', '--jobs', '1', big]);
    assert.equal(parallel.code, 1);
    assert.equal(parallel.stdout, serial.stdout);
    assert.equal((JSON.parse(parallel.stdout) as unknown[]).length, 120);
  });
});
