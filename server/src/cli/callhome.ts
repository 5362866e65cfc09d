// The `callhome` executable: validate, render, send and receive (SPEC §6). Every failure is one clear line on
// stderr and an exit code; a stack trace is never shown (set CALLHOME_DEBUG=1 to see one).
import { CliError } from './errors';
import { processIO, type CliIO } from './io';
import { runValidate } from './validateCommand';
import { COMMANDS_EXTRA } from './registry';

declare const __VERSION__: string | undefined;
const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : '0.1.0';

const USAGE = `callhome ${VERSION} — Cisco Call Home toolkit
Usage:
  callhome validate [--format text|json|sarif] PATH...
  callhome render CONFIG --profile NAME [--group G] [--format xml|long-text|short-text] [--message TEXT] [--device FILE]
  callhome send   CONFIG --profile NAME [--group G] [--message TEXT] [--device FILE] [--dry-run]
  callhome receive [--http PORT] [--smtp PORT] [--dir DIR]
Run 'callhome COMMAND --help' for the options of a command.`;

export async function main(argv: string[], io: CliIO = processIO): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        io.out(`${USAGE}\n`);
        return command === undefined ? 2 : 0;
      case '--version':
      case '-v':
        io.out(`${VERSION}\n`);
        return 0;
      case 'validate':
        return await runValidate(rest, io, VERSION);
      default: {
        const extra = COMMANDS_EXTRA[command];
        if (extra !== undefined) return await extra(rest, io);
        throw new CliError(`unknown command '${command}'\n${USAGE}`);
      }
    }
  } catch (e) {
    if (e instanceof CliError) {
      io.err(`callhome: ${e.message}\n`);
      return e.exitCode;
    }
    io.err(`callhome: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    if (process.env.CALLHOME_DEBUG === '1' && e instanceof Error) io.err(`${e.stack ?? ''}\n`);
    return 2;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    () => {
      process.exitCode = 2;
    },
  );
}
