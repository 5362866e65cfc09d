// Finding and reading config files for `callhome validate`: directories are walked, binary and unreadable
// files become clear per-file errors, text is decoded as UTF-8 (Latin-1 as a fallback, as old captures are).
import fs from 'node:fs/promises';
import path from 'node:path';

const CONFIG_EXTENSIONS = new Set(['.cfg', '.conf', '.config', '.confg', '.txt', '.ios', '.cisco', '.log', '.run', '.startup', '.bak', '.cap']);
const SKIP_DIRS = new Set(['node_modules', '.git', '.svn', '.hg']);

/** Whether a file found while walking a directory looks like a configuration. */
export function looksLikeConfig(name: string): boolean {
  const lower = name.toLowerCase();
  if (/(^|[-_.])confg$|running-config|startup-config/.test(lower)) return true;
  const ext = path.extname(lower);
  return ext === '' ? !lower.startsWith('.') : CONFIG_EXTENSIONS.has(ext);
}

export interface FileProblem {
  file: string;
  message: string;
}

/** Expands the command-line paths: files as given, directories walked (sorted, deterministic). */
export async function expandPaths(inputs: readonly string[]): Promise<{ files: string[]; problems: FileProblem[] }> {
  const files: string[] = [];
  const problems: FileProblem[] = [];
  for (const input of inputs) {
    if (input === '-') {
      files.push('-');
      continue;
    }
    let st;
    try {
      st = await fs.stat(input);
    } catch (e) {
      problems.push({ file: input, message: describeFsError(e) });
      continue;
    }
    if (st.isDirectory()) await walk(input, files, problems);
    else files.push(input);
  }
  return { files, problems };
}

async function walk(dir: string, out: string[], problems: FileProblem[]): Promise<void> {
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch (e) {
    problems.push({ file: dir, message: describeFsError(e) });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (!SKIP_DIRS.has(e.name) && !e.name.startsWith('.')) await walk(p, out, problems);
    } else if ((e.isFile() || e.isSymbolicLink()) && looksLikeConfig(e.name)) out.push(p);
  }
}

export function describeFsError(e: unknown): string {
  const code = (e as { code?: string }).code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'EMFILE':
      return 'too many open files';
    default:
      return e instanceof Error ? e.message.replace(/^\w+: /, '') : String(e);
  }
}

/** Decodes file bytes as config text, or explains why it is not one. */
export function decodeText(bytes: Buffer): { text: string } | { error: string } {
  const probe = bytes.subarray(0, Math.min(bytes.length, 65536));
  let control = 0;
  for (const b of probe) {
    if (b === 0) return { error: 'binary file (contains NUL bytes), not a configuration' };
    if (b < 8 || (b > 13 && b < 32 && b !== 27)) control++;
  }
  if (probe.length > 0 && control / probe.length > 0.1) return { error: 'binary file (mostly control characters), not a configuration' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = bytes.toString('latin1');
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { text };
}

/** Reads one file (or stdin for `-`). */
export async function readConfig(file: string): Promise<{ text: string } | { error: string }> {
  try {
    const bytes = file === '-' ? await readStdin() : await fs.readFile(file);
    return decodeText(bytes);
  } catch (e) {
    return { error: describeFsError(e) };
  }
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}
