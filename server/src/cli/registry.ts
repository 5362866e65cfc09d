// Commands other than `validate` (render, send, receive), registered here so the entry point stays small.
import type { CliIO } from './io';

export type CommandRunner = (argv: string[], io: CliIO) => Promise<number>;

export const COMMANDS_EXTRA: Record<string, CommandRunner> = {};
