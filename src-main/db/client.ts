import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { SQL } from 'drizzle-orm';
import pg from 'pg';
import { join } from 'node:path';
import * as schema from './schema';
import { acquireDataDirLock, type DataDirLock } from './data-dir-lock';
import { applyMigrations } from './migrate';
import { redactDatabaseUrl } from './redact-url';

/** One type for both back ends: services never know which one they run on. */
export type AppDb = PgDatabase<PgQueryResultHKT, typeof schema>;
export type AppTx = Parameters<Parameters<AppDb['transaction']>[0]>[0];
export type DbOrTx = AppDb | AppTx;

export type DatabaseMode = 'embedded' | 'server';

export interface DatabaseHandle {
  db: AppDb;
  mode: DatabaseMode;
  /** Embedded: the folder. Server: the URL without its password. */
  location: string;
  /** Present in embedded mode: bulk paths (COPY) talk to it directly. */
  pglite?: PGlite;
  /** Present in server mode. */
  pool?: pg.Pool;
  close(): Promise<void>;
}

export function embeddedFolder(dataDir: string): string {
  return join(dataDir, 'database');
}

export function embeddedLockPath(dataDir: string): string {
  return join(dataDir, 'database.lock');
}

export interface OpenEmbeddedOptions {
  dataDir: string;
  /** Skip the lock only for a throw-away folder no other process can know about. */
  lock?: boolean;
  migrate?: boolean;
}

export async function openEmbeddedDatabase(options: OpenEmbeddedOptions): Promise<DatabaseHandle> {
  const folder = embeddedFolder(options.dataDir);
  const lock: DataDirLock | null = options.lock === false ? null : acquireDataDirLock(embeddedLockPath(options.dataDir));
  let client: PGlite | undefined;
  try {
    client = await PGlite.create(folder, { extensions: { pg_trgm } });
    const db = drizzlePglite({ client, schema }) as unknown as AppDb;
    const handle: DatabaseHandle = {
      db,
      mode: 'embedded',
      location: folder,
      pglite: client,
      async close() {
        try {
          if (!client!.closed) {
            // A checkpoint makes the next open fast and leaves nothing in the WAL to replay.
            await client!.exec('CHECKPOINT');
            await client!.close();
          }
        } finally {
          lock?.release();
        }
      },
    };
    if (options.migrate !== false) await applyMigrations(handle);
    return handle;
  } catch (error) {
    if (client && !client.closed) await client.close().catch(() => undefined);
    lock?.release();
    throw error;
  }
}

export interface OpenServerOptions {
  url: string;
  poolSize?: number;
  migrate?: boolean;
}

export async function openServerDatabase(options: OpenServerOptions): Promise<DatabaseHandle> {
  const pool = new pg.Pool({ connectionString: options.url, max: options.poolSize ?? 10, connectionTimeoutMillis: 10_000 });
  // An idle client losing its server must not crash the process; the next query reports it.
  pool.on('error', () => undefined);
  try {
    const db = drizzlePg({ client: pool, schema }) as unknown as AppDb;
    const handle: DatabaseHandle = {
      db,
      mode: 'server',
      location: redactDatabaseUrl(options.url),
      pool,
      async close() {
        await pool.end();
      },
    };
    if (options.migrate !== false) await applyMigrations(handle);
    return handle;
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw error;
  }
}

/** Rows of a raw query, whichever driver ran it. */
export async function queryRows<T>(db: DbOrTx, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
