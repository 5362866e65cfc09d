// `callhome render CONFIG --profile NAME [--group G] [--format xml|long-text|short-text] [--message TEXT] [--device FILE]`
import { render, RenderError, type MessageFormat } from '../render';
import { parseCommandArgs } from './args';
import { CliError } from './errors';
import { loadInputs, parseGroup, parseIntOption, parseNow } from './inputs';
import type { CliIO } from './io';

export const RENDER_USAGE = `Usage: callhome render CONFIG --profile NAME [--group G] [--format xml|long-text|short-text] [--message TEXT]
                       [--device FILE] [--severity 0-9] [--now ISO-DATE] [--sequence N]
  Prints the Call Home message the configuration would send to the profile (default group: test).`;

export const RENDER_OPTIONS = {
  profile: { type: 'string', short: 'p' },
  group: { type: 'string', short: 'g' },
  format: { type: 'string', short: 'f' },
  message: { type: 'string', short: 'm' },
  device: { type: 'string', short: 'd' },
  severity: { type: 'string' },
  now: { type: 'string' },
  sequence: { type: 'string' },
} as const;

export async function runRender(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, RENDER_OPTIONS, RENDER_USAGE);
  if (values.help === true) {
    io.out(`${RENDER_USAGE}\n`);
    return 0;
  }
  if (positionals.length !== 1) throw new CliError(`expected one CONFIG file\n${RENDER_USAGE}`);
  if (values.profile === undefined) throw new CliError(`--profile is required\n${RENDER_USAGE}`);
  const format = values.format as MessageFormat | undefined;
  if (format !== undefined && !['xml', 'long-text', 'short-text'].includes(format)) throw new CliError(`unknown --format '${format}' (expected xml, long-text or short-text)`);
  const inputs = await loadInputs(positionals[0]!, values.device);
  const severity = parseIntOption('severity', values.severity, 0, 9);
  const sequence = parseIntOption('sequence', values.sequence, 1, 1_000_000);
  try {
    const r = render(inputs.model, {
      profile: values.profile,
      group: parseGroup(values.group),
      facts: inputs.facts,
      now: parseNow(values.now),
      config: inputs.text,
      ...(format !== undefined ? { format } : {}),
      ...(values.message !== undefined ? { text: values.message } : {}),
      ...(severity !== undefined ? { severity } : {}),
      ...(sequence !== undefined ? { sequence } : {}),
    });
    io.out(r.body.endsWith('\n') ? r.body : `${r.body}\n`);
    for (const w of [...inputs.warnings, ...r.warnings]) io.err(`callhome: warning: ${w}\n`);
    if (inputs.configErrors > 0) io.err(`callhome: warning: the configuration has ${inputs.configErrors} error(s); run 'callhome validate ${positionals[0]}'\n`);
    return 0;
  } catch (e) {
    if (e instanceof RenderError) throw new CliError(e.message);
    throw e;
  }
}
