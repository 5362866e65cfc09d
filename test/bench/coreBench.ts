// Core validation throughput on a 1 MB synthetic running-config against a baseline that only splits the same
// text into lines, and peak heap for that file (measured in a fresh process so nothing else is on the heap).
import { spawnSync } from 'node:child_process';
import { validate } from '../../server/src/language';
import { mb, median, ms, record, timeSync } from './harness';

export function benchCore(text: string, selfPath: string): void {
  const bytes = Buffer.byteLength(text);
  const base = timeSync(() => void text.split('\n').length, 15, 3);
  const core = timeSync(() => void validate(text).diagnostics.length, 15, 3);
  const baseMs = median(base);
  const coreMs = median(core);
  const mbps = (bytes / 1048576) / (coreMs / 1000);
  record({ section: 'core', metric: `validate ${mb(bytes)} running-config (median of 15)`, value: `${ms(coreMs)} = ${mbps.toFixed(1)} MB/s`, baseline: `split into lines ${ms(baseMs)} = ${((bytes / 1048576) / (baseMs / 1000)).toFixed(0)} MB/s`, ratio: `${(coreMs / baseMs).toFixed(1)}× the baseline`, target: '≥ 30 MB/s', ok: mbps >= 30 });
  record({ section: 'core', metric: 'ratio to the line-split baseline', value: `${(coreMs / baseMs).toFixed(1)}×`, target: 'within 10×', ok: coreMs / baseMs <= 10 });

  // Peak heap: a child process validates the file once with a 100 MB old-space cap; it reports the heap it needed.
  const child = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=100', selfPath, '--heap-probe'], { input: text, encoding: 'utf8', maxBuffer: 1 << 20 });
  if (child.status !== 0) {
    record({ section: 'core', metric: 'peak heap', value: `failed (exit ${child.status}): ${child.stderr.slice(0, 200)}`, target: '≤ 100 MB', ok: false });
    return;
  }
  const probe = JSON.parse(child.stdout) as { before: number; peak: number; retained: number; committedGrowth: number };
  // The committed heap only grows while work is live and V8 does not hand it back at once: its growth bounds the peak.
  const peak = Math.max(probe.peak - probe.before, probe.committedGrowth);
  record({ section: 'core', metric: 'peak heap while validating 1 MB (fresh process, --max-old-space-size=100; max of live and committed growth)', value: mb(peak), baseline: `heap before ${mb(probe.before)}`, target: '≤ 100 MB', ok: peak <= 100 * 1048576 });
  record({ section: 'core', metric: 'heap retained by the result (model + diagnostics)', value: mb(probe.retained - probe.before) });
}

/** Child-process side of the heap probe: reads stdin, validates, reports heap figures. */
export async function heapProbe(): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  const gc = (globalThis as { gc?: () => void }).gc!;
  gc();
  const v8 = await import('node:v8');
  const before = process.memoryUsage().heapUsed;
  const committedBefore = v8.getHeapStatistics().total_heap_size;
  // V8 reports the largest heap it has committed; a sampling timer cannot interrupt synchronous work, so the
  // peak is read from the space statistics right after the run (nothing is collected before that).
  const result = validate(text);
  const peak = v8.getHeapStatistics().used_heap_size;
  const spaces = v8.getHeapSpaceStatistics().reduce((n, s) => n + s.space_used_size, 0);
  gc();
  const retained = process.memoryUsage().heapUsed;
  void result.diagnostics.length;
  const committedGrowth = v8.getHeapStatistics().total_heap_size - committedBefore;
  process.stdout.write(JSON.stringify({ before, peak: Math.max(peak, spaces), retained, committedGrowth }));
}
