import type { CliCommand } from '../cli-command';
import { analyzeCommand } from './analyze';
import { dbMigrateCommand, dbStatusCommand } from './db';
import { serveCommand } from './serve';

export const commands: CliCommand[] = [dbMigrateCommand, dbStatusCommand, serveCommand, analyzeCommand];
