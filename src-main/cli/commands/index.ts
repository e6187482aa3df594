import type { CliCommand } from '../cli-command';
import { dbMigrateCommand, dbStatusCommand } from './db';
import { leadsExportCommand, leadsSeedCommand } from './leads';
import { serveCommand } from './serve';

export const commands: CliCommand[] = [dbMigrateCommand, dbStatusCommand, serveCommand, leadsExportCommand, leadsSeedCommand];
