import type { CliCommand } from '../cli-command';
import { analyzeCommand } from './analyze';
import { dbMigrateCommand, dbStatusCommand } from './db';
import { leadsExportCommand, leadsSeedCommand } from './leads';
import { importCommand } from './import';
import { serveCommand } from './serve';
import { runCommand } from './run';
import { smtpAddCommand, smtpListCommand, smtpSetPasswordCommand, smtpTestCommand } from './smtp';

export const commands: CliCommand[] = [
  dbMigrateCommand,
  dbStatusCommand,
  serveCommand,
  importCommand,
  leadsExportCommand,
  leadsSeedCommand,
  runCommand,
  smtpAddCommand,
  smtpListCommand,
  smtpTestCommand,
  smtpSetPasswordCommand,
  analyzeCommand,
];
