// Small helpers for the benchmark: timing, formatting, and the result table every section appends to.
import { performance } from 'node:perf_hooks';

export interface Row {
  section: string;
  metric: string;
  value: string;
  baseline?: string;
  ratio?: string;
  target?: string;
  ok?: boolean;
}

export const rows: Row[] = [];

export function record(row: Row): void {
  rows.push(row);
  const parts = [`[${row.section}] ${row.metric}: ${row.value}`];
  if (row.baseline !== undefined) parts.push(`baseline ${row.baseline}`);
  if (row.ratio !== undefined) parts.push(`ratio ${row.ratio}`);
  if (row.target !== undefined) parts.push(`target ${row.target}${row.ok === undefined ? '' : row.ok ? ' ✓' : ' ✗'}`);
  console.log(parts.join(' | '));
}

/** Runs `fn` `reps` times after `warmup` runs; returns the timings in ms, sorted. */
export function timeSync(fn: () => void, reps: number, warmup = 2): number[] {
  for (let i = 0; i < warmup; i++) fn();
  const out: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now();
    fn();
    out.push(performance.now() - t0);
  }
  return out.sort((a, b) => a - b);
}

export async function timeAsync(fn: () => Promise<void>, reps: number, warmup = 1): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const out: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now();
    await fn();
    out.push(performance.now() - t0);
  }
  return out.sort((a, b) => a - b);
}

export const median = (xs: readonly number[]): number => xs[Math.floor(xs.length / 2)]!;
export const percentile = (xs: readonly number[], p: number): number => xs[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)]!;
export const ms = (x: number): string => (x < 0.1 ? `${(x * 1000).toFixed(1)} µs` : `${x.toFixed(x < 10 ? 2 : 1)} ms`);
export const mb = (bytes: number): string => `${(bytes / 1048576).toFixed(1)} MB`;
