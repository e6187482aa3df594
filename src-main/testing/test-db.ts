import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import { openEmbeddedDatabase, openServerDatabase, type AppDb, type DatabaseHandle } from '../db/client';

export interface TestDatabase {
  handle: DatabaseHandle;
  db: AppDb;
  /** A temp folder for the test's own files (and the PGlite folder in embedded mode). */
  dataDir: string;
  /** The server URL of the fresh database, in server mode: for tests that start a second process. */
  url: string | null;
  close(): Promise<void>;
}

export function testServerUrl(): string | null {
  return process.env.TEST_DATABASE_URL || null;
}

function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** Creates an empty database on the test server and returns its URL; dropped by the returned function. */
export async function createServerDatabase(serverUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `od_test_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  return {
    url: databaseUrl(serverUrl, name),
    async drop() {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}

/**
 * A fresh, migrated database: PGlite in a temp folder, or, when TEST_DATABASE_URL is set, a new
 * database on that server, dropped afterwards.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const dataDir = mkdtempSync(join(tmpdir(), 'outreach-desk-test-'));
  const serverUrl = testServerUrl();
  if (serverUrl) {
    const server = await createServerDatabase(serverUrl);
    const handle = await openServerDatabase({ url: server.url, poolSize: 5 });
    return {
      handle,
      db: handle.db,
      dataDir,
      url: server.url,
      async close() {
        await handle.close();
        await server.drop();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  }
  const handle = await openEmbeddedDatabase({ dataDir });
  return {
    handle,
    db: handle.db,
    dataDir,
    url: null,
    async close() {
      await handle.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** One database for the whole test file: `const t = useTestDatabase(); … t().db`. */
export function useTestDatabase(): () => TestDatabase {
  let database: TestDatabase | undefined;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database?.close();
  });
  return () => {
    if (!database) throw new Error('The test database is not open yet (use it inside a test or hook).');
    return database;
  };
}
