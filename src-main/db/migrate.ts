import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import type { DatabaseHandle } from './client';
import { migrationsFolder } from './migrations-folder';

// Any constant works; it only has to be the same in every process that migrates this server.
const MIGRATION_LOCK_KEY = 7_270_001;

/**
 * The one migration path: the app, the CLI and the tests all call this on open.
 * Drizzle records applied migrations in drizzle.__drizzle_migrations, so a second run is a no-op.
 */
export async function applyMigrations(handle: DatabaseHandle): Promise<void> {
  const config = { migrationsFolder: migrationsFolder() };
  if (handle.pglite) {
    await migratePglite(drizzlePglite({ client: handle.pglite }), config);
    return;
  }
  if (!handle.pool) throw new Error('The database handle has neither PGlite nor a pool');
  // Several app instances may start at once against one server: only one migrates at a time.
  const client = await handle.pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      await migratePg(drizzlePg({ client }), config);
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    client.release();
  }
}
