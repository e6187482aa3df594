import { sql } from 'drizzle-orm';
import { getTableName, isTable } from 'drizzle-orm';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { DatabaseStatus } from '../../../src-shared/contract/database';
import type { AppConfig } from '../../config/app-config-file';
import { queryRows, type DatabaseHandle } from '../../db/client';
import { readMigrationJournal } from '../../db/migration-journal';
import * as schema from '../../db/schema';

export function appTableNames(): string[] {
  return Object.values(schema)
    .filter((value) => isTable(value))
    .map((table) => getTableName(table as Parameters<typeof getTableName>[0]))
    .sort();
}

async function folderSize(path: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(path, { withFileTypes: true }).catch(() => [])) {
    const full = join(path, entry.name);
    if (entry.isDirectory()) total += await folderSize(full);
    else total += (await stat(full).catch(() => ({ size: 0 }))).size;
  }
  return total;
}

export interface StatusInput {
  handle: DatabaseHandle;
  savedChoice: AppConfig['database'];
  embeddedLocation: string;
  override: DatabaseStatus['overriddenBy'];
}

export async function readDatabaseStatus({ handle, savedChoice, embeddedLocation, override }: StatusInput): Promise<DatabaseStatus> {
  const tables = appTableNames();
  // One round trip for all counts: exact counts are cheap at this app's sizes and honest in the UI.
  const countSql = sql.raw(tables.map((t) => `SELECT '${t}' AS "table", count(*)::bigint AS rows FROM "${t}"`).join(' UNION ALL '));
  const counts = await queryRows<{ table: string; rows: string | number }>(handle.db, countSql);
  const applied = await queryRows<{ hash: string; created_at: string | number }>(
    handle.db,
    sql`SELECT hash, created_at FROM drizzle.__drizzle_migrations ORDER BY created_at`,
  ).catch(() => []);
  const journal = readMigrationJournal();
  const latestApplied = applied.length ? journal[applied.length - 1]?.tag ?? null : null;

  const saved =
    savedChoice.mode === 'server'
      ? { mode: 'server' as const, location: savedChoice.displayUrl }
      : { mode: 'embedded' as const, location: embeddedLocation };
  const nextStart = override === null && (saved.mode !== handle.mode || saved.location !== handle.location) ? saved : null;

  return {
    mode: handle.mode,
    location: handle.location,
    sizeBytes: handle.mode === 'embedded' ? await folderSize(handle.location) : await serverSize(handle),
    schemaVersion: { applied: applied.length, latest: latestApplied, pending: Math.max(0, journal.length - applied.length) },
    tables: counts.map((c) => ({ table: c.table, rows: Number(c.rows) })).sort((a, b) => a.table.localeCompare(b.table)),
    nextStart,
    overriddenBy: override,
  };
}

async function serverSize(handle: DatabaseHandle): Promise<number | null> {
  const rows = await queryRows<{ size: string }>(handle.db, sql`SELECT pg_database_size(current_database())::bigint AS size`).catch(() => []);
  return rows[0] ? Number(rows[0].size) : null;
}
