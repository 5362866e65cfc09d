// Worker thread for `callhome validate` on large folders: reads and validates the files it is given.
import { parentPort, workerData } from 'node:worker_threads';
import { readConfig } from './files';
import { validateText, type FileReport } from './report';

interface Job {
  files: string[];
  now?: string;
  disabledRules: string[];
}

async function main(): Promise<void> {
  const job = workerData as Job;
  const options = { disabledRules: job.disabledRules, ...(job.now !== undefined ? { now: new Date(job.now) } : {}) };
  for (const file of job.files) {
    const r = await readConfig(file);
    const msg: { file: string; report?: FileReport; error?: string } = 'error' in r ? { file, error: r.error } : { file, report: validateText(file, r.text, options) };
    parentPort?.postMessage(msg);
  }
}

void main();
