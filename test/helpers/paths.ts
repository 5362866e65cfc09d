// Locations tests need: the repository root (from out/test/** or test/**) and the shared folder beside it.
import fs from 'node:fs';
import path from 'node:path';

function findRoot(start: string): string {
  let dir = start;
  for (;;) {
    const pkg = path.join(dir, 'package.json');
    if (fs.existsSync(pkg) && fs.readFileSync(pkg, 'utf8').includes('"callhome-toolkit"')) return dir;
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`repository root not found above ${start}`);
    dir = up;
  }
}

export const repoRoot = findRoot(__dirname);
export const sharedDir = path.resolve(repoRoot, '..', 'shared');
export const fixturesDir = path.join(repoRoot, 'test', 'fixtures');
export const cliBundle = path.join(repoRoot, 'dist', 'cli', 'callhome.js');
