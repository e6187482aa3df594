import { parseArgs } from 'node:util';
import { embeddedFolder } from '../../db/client';
import { readDatabaseStatus } from '../../services/database/read-database-status';
import type { CliCommand } from '../cli-command';
import { openAppForCli } from '../open-app-for-cli';

export const dbMigrateCommand: CliCommand = {
  name: 'db migrate',
  summary: 'Create or bring the database up to date (runs on every start anyway)',
  usage: 'outreach-desk db migrate [--data-dir DIR] [--database-url URL]',
  async run(args, globals, io) {
    parseArgs({ args, options: {}, strict: true });
    const app = await openAppForCli(globals);
    try {
      const status = await readDatabaseStatus({
        handle: app.ctx.database,
        savedChoice: app.ctx.config.read().database,
        embeddedLocation: embeddedFolder(app.ctx.dataDir),
        override: app.ctx.databaseOverride,
      });
      io.out(`Database ${status.location} is at ${status.schemaVersion.latest} (${status.schemaVersion.applied} migrations applied).`);
      return 0;
    } finally {
      await app.close();
    }
  },
};

export const dbStatusCommand: CliCommand = {
  name: 'db status',
  summary: 'Show which database is in use, its schema version and row counts',
  usage: 'outreach-desk db status [--json] [--data-dir DIR] [--database-url URL]',
  async run(args, globals, io) {
    const { values } = parseArgs({ args, options: { json: { type: 'boolean' } }, strict: true });
    const app = await openAppForCli(globals);
    try {
      const status = await readDatabaseStatus({
        handle: app.ctx.database,
        savedChoice: app.ctx.config.read().database,
        embeddedLocation: embeddedFolder(app.ctx.dataDir),
        override: app.ctx.databaseOverride,
      });
      if (values.json) {
        io.out(JSON.stringify(status));
        return 0;
      }
      io.out(`Mode:     ${status.mode}`);
      io.out(`Location: ${status.location}`);
      if (status.sizeBytes !== null) io.out(`Size:     ${(status.sizeBytes / 1024 / 1024).toFixed(1)} MB`);
      io.out(`Schema:   ${status.schemaVersion.latest} (${status.schemaVersion.applied} applied, ${status.schemaVersion.pending} pending)`);
      io.out('Tables:');
      for (const t of status.tables) io.out(`  ${t.table.padEnd(26)} ${t.rows}`);
      return 0;
    } finally {
      await app.close();
    }
  },
};
