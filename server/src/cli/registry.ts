// Commands other than `validate` (render, send, receive), registered here so the entry point stays small.
import type { CliIO } from './io';
import { runRender } from './renderCommand';
import { runSend } from './sendCommand';
import { runReceive } from './receiveCommand';
import { runDemo } from './demoCommand';

export type CommandRunner = (argv: string[], io: CliIO) => Promise<number>;

export const COMMANDS_EXTRA: Record<string, CommandRunner> = { render: runRender, send: runSend, receive: runReceive, demo: runDemo };
