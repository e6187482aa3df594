export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  stdin: NodeJS.ReadableStream;
  /** Resolves when the user asks a long-running command to stop (Ctrl-C, SIGTERM). */
  interrupted: Promise<void>;
}

export interface GlobalOptions {
  dataDir: string;
  databaseUrl: string | undefined;
  environmentUrl: string | undefined;
}

export interface CliCommand {
  /** The words that select it: 'db migrate', 'serve'. */
  name: string;
  summary: string;
  usage: string;
  run(args: string[], globals: GlobalOptions, io: CliIo): Promise<number>;
}

/** Thrown for a wrong invocation: printed with the command's usage, exit code 2. */
export class UsageError extends Error {}
