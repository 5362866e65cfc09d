// `npm run bench`: the project's performance figures, each next to a baseline measured in the same run.
// Fixtures are generated here (deterministic port of the team's generator), never read from ../shared.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateRunningConfig } from './genRunningConfig';
import { benchCli } from './cliBench';
import { benchCore, heapProbe } from './coreBench';
import { rows } from './harness';
import { repoRoot } from '../helpers/paths';

async function main(): Promise<void> {
  if (process.argv.includes('--heap-probe')) return heapProbe();
  const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7).split(',');
  const want = (s: string): boolean => only === undefined || only.includes(s);
  console.log(`callhome bench — node ${process.version}, ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'cpu'}), ${new Date().toISOString()}`);
  const cache = path.join(repoRoot, '.bench');
  fs.mkdirSync(cache, { recursive: true });

  const oneMb = generateRunningConfig({ size: 1048576, seed: 1 });
  if (want('core')) benchCore(oneMb, __filename);

  if (want('cli')) {
    const folder = path.join(cache, 'configs-1000');
    const marker = path.join(folder, '.complete');
    if (!fs.existsSync(marker)) {
      fs.rmSync(folder, { recursive: true, force: true });
      fs.mkdirSync(folder, { recursive: true });
      // 1,000 distinct configs of 16–64 KB (about 40 MB), deterministic by seed.
      for (let i = 1; i <= 1000; i++) fs.writeFileSync(path.join(folder, `sw-${String(i).padStart(4, '0')}.cfg`), generateRunningConfig({ size: 16384 * (1 + (i % 4)), seed: i, hostname: `SW-${i}` }));
      fs.writeFileSync(marker, '');
    }
    benchCli(folder, path.join(repoRoot, 'dist', 'cli', 'callhome.js'));
  }

  for (const extra of EXTRA_SECTIONS) if (want(extra.name)) await extra.run({ oneMb, cache });

  const failed = rows.filter((r) => r.ok === false);
  console.log(`\n${rows.filter((r) => r.ok === true).length} targets met, ${failed.length} missed${failed.length > 0 ? `: ${failed.map((f) => f.metric).join('; ')}` : ''}`);
}

/** Sections added by other parts (LSP latency, render and send latency); registered in extraSections.ts. */
import { EXTRA_SECTIONS } from './extraSections';

main().catch((e: unknown) => {
  console.error(`bench failed: ${e instanceof Error ? e.stack : String(e)}`);
  process.exitCode = 1;
});
