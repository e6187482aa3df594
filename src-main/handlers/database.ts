import type { AppContext } from '../context';
import { embeddedFolder } from '../db/client';
import type { DomainHandlers } from '../rpc/handlers-for';
import { readDatabaseStatus } from '../services/database/read-database-status';
import { chooseEmbeddedDatabase, chooseServerDatabase } from '../services/database/switch-database';
import { testServerConnection } from '../services/database/test-server-connection';

function status(ctx: AppContext) {
  return readDatabaseStatus({
    handle: ctx.database,
    savedChoice: ctx.config.read().database,
    embeddedLocation: embeddedFolder(ctx.dataDir),
    override: ctx.databaseOverride,
  });
}

export const databaseHandlers: DomainHandlers<'database'> = {
  'database.status': (_input, ctx) => status(ctx),
  'database.testConnection': ({ url }) => testServerConnection(url),
  'database.useServer': async ({ url }, ctx) => {
    await chooseServerDatabase(url, ctx.config, ctx.secrets);
    const next = await status(ctx);
    if (next.nextStart) ctx.events.emit('database.switched', { nextStart: next.nextStart });
    return next;
  },
  'database.useEmbedded': async (_input, ctx) => {
    chooseEmbeddedDatabase(ctx.config);
    const next = await status(ctx);
    if (next.nextStart) ctx.events.emit('database.switched', { nextStart: next.nextStart });
    return next;
  },
};
