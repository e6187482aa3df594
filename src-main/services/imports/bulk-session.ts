import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PGlite, Transaction } from '@electric-sql/pglite';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { DatabaseHandle } from '../../db/client';

/** What one transaction of a bulk job can do: plain SQL, and COPY … FROM text. */
export interface BulkQueries {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs `COPY <target> FROM STDIN` with `data` in COPY's text format. */
  copyIn(target: string, data: string): Promise<void>;
}

/**
 * One database session held for a whole bulk job: temp tables live as long as it does. On
 * PGlite that is the one embedded connection (each transaction takes its lock, so the app's other
 * queries wait between chunks rather than landing inside one); on a server, a pooled client kept
 * out of the pool until release().
 */
export interface BulkSession {
  transaction<T>(work: (q: BulkQueries) => Promise<T>): Promise<T>;
  release(): Promise<void>;
}

export async function openBulkSession(handle: DatabaseHandle): Promise<BulkSession> {
  if (handle.pglite) return pgliteSession(handle.pglite);
  if (handle.pool) return serverSession(await handle.pool.connect());
  throw new Error('The database handle has neither PGlite nor a pool.');
}

function pgliteSession(db: PGlite): BulkSession {
  const queries = (tx: Transaction): BulkQueries => ({
    async query<T>(sql: string, params: unknown[] = []) {
      return (await tx.query<T>(sql, params)).rows;
    },
    async copyIn(target, data) {
      // PGlite reads COPY input from a Blob handed to the query as /dev/blob.
      await tx.query(`COPY ${target} FROM '/dev/blob'`, [], { blob: new Blob([data]) });
    },
  });
  return {
    transaction: (work) => db.transaction((tx) => work(queries(tx))),
    release: async () => undefined,
  };
}

function serverSession(client: pg.PoolClient): BulkSession {
  const queries: BulkQueries = {
    async query<T>(sql: string, params: unknown[] = []) {
      return (await client.query(sql, params)).rows as T[];
    },
    async copyIn(target, data) {
      await pipeline(Readable.from([data]), client.query(copyFrom(`COPY ${target} FROM STDIN`)));
    },
  };
  let broken = false;
  return {
    async transaction(work) {
      await client.query('BEGIN');
      try {
        const result = await work(queries);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {
          broken = true;
        });
        throw error;
      }
    },
    async release() {
      // A client whose rollback failed is in an unknown state: destroy it rather than reuse it.
      client.release(broken || undefined);
    },
  };
}
