import { DataDirLockedError } from '../db/data-dir-lock';
import { defaultDataDir } from '../start/default-data-dir';
import { UsageError, type CliCommand, type CliIo, type GlobalOptions } from './cli-command';
import { commands } from './commands';

function helpText(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'Outreach Desk — prospecting and cold email from your own machine',
    '',
    'Usage: outreach-desk <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Options for every command:',
    '  --data-dir DIR       the data folder (default: OUTREACH_DATA_DIR, else the app\'s own folder)',
    '  --database-url URL   use this PostgreSQL server (default: DATABASE_URL, else the saved choice)',
    '  --help               show help for a command',
  ].join('\n');
}

/** Splits the global options off, wherever they stand, so each command parses only its own. */
function takeGlobals(argv: string[]): { rest: string[]; dataDir?: string; databaseUrl?: string; help: boolean } {
  const rest: string[] = [];
  let dataDir: string | undefined;
  let databaseUrl: string | undefined;
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.startsWith('--') ? (arg.split(/=(.*)/s, 2) as [string, string | undefined]) : [arg, undefined];
    if (flag === '--data-dir' || flag === '--database-url') {
      const value = inline ?? argv[++i];
      if (!value) throw new UsageError(`${flag} needs a value`);
      if (flag === '--data-dir') dataDir = value;
      else databaseUrl = value;
    } else if (arg === '--help' || arg === '-h') help = true;
    else rest.push(arg);
  }
  return { rest, ...(dataDir ? { dataDir } : {}), ...(databaseUrl ? { databaseUrl } : {}), help };
}

function findCommand(words: string[]): { command: CliCommand; args: string[] } | null {
  const sorted = [...commands].sort((a, b) => b.name.split(' ').length - a.name.split(' ').length);
  for (const command of sorted) {
    const parts = command.name.split(' ');
    if (parts.every((part, i) => words[i] === part)) return { command, args: words.slice(parts.length) };
  }
  return null;
}

export async function runCli(argv: string[], io: CliIo, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let parsed: ReturnType<typeof takeGlobals>;
  try {
    parsed = takeGlobals(argv);
  } catch (error) {
    io.err((error as Error).message);
    return 2;
  }
  const found = findCommand(parsed.rest);
  if (!found) {
    if (parsed.rest.length && !parsed.help) io.err(`Unknown command: ${parsed.rest.join(' ')}\n`);
    (parsed.rest.length && !parsed.help ? io.err : io.out)(helpText());
    return parsed.rest.length && !parsed.help ? 2 : 0;
  }
  if (parsed.help) {
    io.out(`${found.command.summary}\n\nUsage: ${found.command.usage}`);
    return 0;
  }
  const globals: GlobalOptions = {
    dataDir: parsed.dataDir ?? defaultDataDir(env),
    databaseUrl: parsed.databaseUrl,
    environmentUrl: env.DATABASE_URL || undefined,
  };
  try {
    return await found.command.run(found.args, globals, io);
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.err(`${(error as Error).message}\n\nUsage: ${found.command.usage}`);
      return 2;
    }
    if (error instanceof DataDirLockedError) {
      io.err(error.message);
      return 3;
    }
    io.err(`outreach-desk ${found.command.name} failed: ${(error as Error).message}`);
    return 1;
  }
}
