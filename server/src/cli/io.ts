// Output sinks of the CLI, injectable so commands can be tested in-process.
export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  errIsTTY: boolean;
}

export const processIO: CliIO = {
  out: (t) => void process.stdout.write(t),
  err: (t) => void process.stderr.write(t),
  errIsTTY: process.stderr.isTTY === true,
};
