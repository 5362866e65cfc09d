// `callhome validate` over a folder of 1,000 configurations, against a baseline that reads the same files and
// splits them into lines in one Node process (what any tool must at least do).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { record } from './harness';

export function benchCli(folder: string, cli: string): void {
  const files = fs.readdirSync(folder).filter((f) => f.endsWith('.cfg'));
  const bytes = files.reduce((n, f) => n + fs.statSync(path.join(folder, f)).size, 0);
  const baselineScript = `const fs=require('fs'),p=require('path');let n=0;for(const f of fs.readdirSync(${JSON.stringify(folder)}))n+=fs.readFileSync(p.join(${JSON.stringify(folder)},f),'utf8').split('\\n').length;console.log(n)`;
  const runs: number[] = [];
  const bases: number[] = [];
  for (let i = 0; i < 3; i++) {
    let t0 = performance.now();
    const b = spawnSync(process.execPath, ['-e', baselineScript], { encoding: 'utf8' });
    bases.push(performance.now() - t0);
    if (b.status !== 0) throw new Error(b.stderr);
    t0 = performance.now();
    const r = spawnSync(process.execPath, [cli, 'validate', '--format', 'json', folder], { encoding: 'utf8', maxBuffer: 256 << 20 });
    runs.push(performance.now() - t0);
    if (r.status !== 0 && r.status !== 1) throw new Error(`callhome validate exited ${r.status}: ${r.stderr.slice(0, 300)}`);
  }
  runs.sort((a, b) => a - b);
  bases.sort((a, b) => a - b);
  const s = runs[1]! / 1000;
  record({
    section: 'cli',
    metric: `callhome validate --format json over ${files.length} configs (${(bytes / 1048576).toFixed(1)} MB, median of 3, wall clock incl. process start)`,
    value: `${s.toFixed(2)} s = ${(bytes / 1048576 / s).toFixed(1)} MB/s`,
    baseline: `read + split lines ${(bases[1]! / 1000).toFixed(2)} s`,
    ratio: `${(runs[1]! / bases[1]!).toFixed(1)}×`,
    target: '≤ 5 s on 2 cores',
    ok: s <= 5,
  });
}
