// Argument parsing shared by the commands: node:util parseArgs, a usage text on error, and `--help`.
import { parseArgs } from 'node:util';
import { CliError } from './errors';

type Options = Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean; default?: string | boolean }>;

/**
 * Parses `argv` for a command. Bad arguments become a CliError carrying the usage text (exit 2); `help: true`
 * in the result means `--help` was asked for.
 */
export function parseCommandArgs<O extends Options>(argv: string[], options: O, usage: string, allowPositionals = true) {
  try {
    return parseArgs({ args: argv, allowPositionals, strict: true, options: { ...options, help: { type: 'boolean', short: 'h' } } as O & { help: { type: 'boolean'; short: 'h' } } });
  } catch (e) {
    throw new CliError(`${e instanceof Error ? e.message : String(e)}\n${usage}`);
  }
}
