import { runCli } from './run-cli';

// The `outreach-desk` command. Ctrl-C asks long-running commands (serve, run) to stop cleanly:
// the database must be closed, never abandoned mid-write.
const interrupted = new Promise<void>((resolve) => {
  let asked = false;
  const stop = (signal: NodeJS.Signals) => {
    if (asked) {
      process.stderr.write(`Second ${signal}: exiting without waiting.\n`);
      process.exit(130);
    }
    asked = true;
    resolve();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
});

const code = await runCli(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  stdin: process.stdin,
  interrupted,
});
// Let piped output drain before exiting (pipes are asynchronous on some platforms).
await new Promise<void>((resolve) => process.stdout.write("", () => resolve()));
process.exit(code);
