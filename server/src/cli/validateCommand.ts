// `callhome validate [--format text|json|sarif] PATH...` (SPEC §6): exit 0 clean, 1 errors found, 2 usage or I/O error.
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { parseCommandArgs } from './args';
import { CliError } from './errors';
import { expandPaths, readConfig, type FileProblem } from './files';
import { formatJson, formatSarif, formatText, summary, validateText, type FileReport } from './report';
import type { CliIO } from './io';

export const VALIDATE_USAGE = `Usage: callhome validate [--format text|json|sarif] [--now ISO-DATE] [--disable CODE,...] PATH...
  Validates Cisco IOS configurations (files, or directories walked recursively; - reads stdin).
  Exit status: 0 no errors, 1 errors found, 2 usage or I/O error.`;

/** Below this many files, workers cost more to start than they save. */
const PARALLEL_THRESHOLD = 48;

export async function runValidate(argv: string[], io: CliIO, version: string): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, { format: { type: 'string', short: 'f', default: 'text' }, now: { type: 'string' }, disable: { type: 'string' }, jobs: { type: 'string', short: 'j' } }, VALIDATE_USAGE);
  if (values.help === true) {
    io.out(`${VALIDATE_USAGE}\n`);
    return 0;
  }
  const format = values.format ?? 'text';
  if (!['text', 'json', 'sarif'].includes(format)) throw new CliError(`unknown --format '${format}' (expected text, json or sarif)`);
  if (positionals.length === 0) throw new CliError(`no PATH given\n${VALIDATE_USAGE}`);
  let now: Date | undefined;
  if (values.now !== undefined) {
    now = new Date(values.now);
    if (Number.isNaN(now.getTime())) throw new CliError(`--now '${values.now}' is not a date (use e.g. 2026-01-31 or 2026-01-31T12:00:00Z)`);
  }
  const disabledRules = (values.disable ?? '').split(',').map((s) => s.trim()).filter((s) => s !== '');
  const jobs = values.jobs === undefined ? undefined : Number(values.jobs);
  if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 1 && jobs <= 64)) throw new CliError(`--jobs '${values.jobs}' must be a whole number from 1 to 64`);

  const { files, problems } = await expandPaths(positionals);
  const options = { disabledRules, ...(now !== undefined ? { now } : {}) };
  const progress = makeProgress(io, files.length);
  const reports = await validateAll(files, options, problems, progress, jobs);
  progress.done();

  for (const p of problems) io.err(`callhome: ${p.file}: ${p.message}\n`);
  if (format === 'json') io.out(formatJson(reports));
  else if (format === 'sarif') io.out(formatSarif(reports, version));
  else {
    io.out(formatText(reports));
    io.err(`${summary(reports)}\n`);
  }
  if (problems.length > 0) return 2;
  return reports.some((r) => r.diagnostics.some((d) => d.severity === 'error')) ? 1 : 0;
}

async function validateAll(files: string[], options: { disabledRules: string[]; now?: Date }, problems: FileProblem[], progress: Progress, jobs: number | undefined): Promise<FileReport[]> {
  const results = new Array<FileReport | undefined>(files.length);
  const threads = Math.min(jobs ?? Math.max(1, Math.min(os.availableParallelism(), 8)), Math.ceil(files.length / 8));
  if (files.length < PARALLEL_THRESHOLD || threads <= 1) {
    for (let i = 0; i < files.length; i++) {
      const r = await readConfig(files[i]!);
      if ('error' in r) problems.push({ file: files[i]!, message: r.error });
      else results[i] = validateText(files[i]!, r.text, options);
      progress.tick();
    }
  } else {
    const workerFile = path.join(__dirname, 'validateWorker.js');
    const index = new Map(files.map((f, i) => [f, i] as const));
    // Contiguous slices keep each worker's reads sequential on disk.
    const per = Math.ceil(files.length / threads);
    await Promise.all(
      Array.from({ length: threads }, (_, t) => {
        const slice = files.slice(t * per, (t + 1) * per);
        return new Promise<void>((resolve, reject) => {
          const w = new Worker(workerFile, { workerData: { files: slice, disabledRules: options.disabledRules, ...(options.now !== undefined ? { now: options.now.toISOString() } : {}) } });
          w.on('message', (m: { file: string; report?: FileReport; error?: string }) => {
            const i = index.get(m.file)!;
            if (m.error !== undefined) problems.push({ file: m.file, message: m.error });
            else results[i] = m.report;
            progress.tick();
          });
          w.on('error', reject);
          w.on('exit', (code) => (code === 0 ? resolve() : reject(new CliError(`a validation worker stopped with exit code ${code}`))));
        });
      }),
    );
  }
  problems.sort((a, b) => (index2(files, a.file) - index2(files, b.file)));
  return results.filter((r): r is FileReport => r !== undefined);
}

function index2(files: string[], f: string): number {
  const i = files.indexOf(f);
  return i < 0 ? -1 : i;
}

interface Progress {
  tick(): void;
  done(): void;
}

/** A single updating progress line on an interactive terminal (stderr), nothing otherwise. */
function makeProgress(io: CliIO, total: number): Progress {
  if (!io.errIsTTY || total < 20) return { tick() {}, done() {} };
  let n = 0;
  let last = 0;
  return {
    tick() {
      n++;
      const now = Date.now();
      if (now - last > 100 || n === total) {
        last = now;
        io.err(`\rvalidating ${n}/${total} files`);
      }
    },
    done() {
      io.err('\r\x1b[K');
    },
  };
}
