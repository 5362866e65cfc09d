// A failure the CLI reports as one clear line (never a stack trace) and an exit code.
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
  }
}
