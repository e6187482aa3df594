import type { CliCommand } from '../cli-command';
import { dbMigrateCommand, dbStatusCommand } from './db';
import { importCommand } from './import';
import { serveCommand } from './serve';

export const commands: CliCommand[] = [dbMigrateCommand, dbStatusCommand, importCommand, serveCommand];
