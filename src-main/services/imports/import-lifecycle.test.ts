import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { openEmbeddedDatabase, openServerDatabase, queryRows, type AppDb } from '../../db/client';
import { leadBatches, leads } from '../../db/schema';
import { writeApolloExport } from '../../testing/apollo-like-csv';
import { runCliProcess } from '../../testing/spawn-cli';
import { useTestDatabase } from '../../testing/test-db';
import { prepareImportFile } from './import-file';
import { markInterruptedImports } from './mark-interrupted-imports';
import { undoImport } from './undo-import';

const t = useTestDatabase();

async function expectConsistentBatch(db: AppDb, batchId: string) {
  const [b] = await db.select().from(leadBatches).where(eq(leadBatches.id, batchId));
  expect(b!.totalLeads).toBe(b!.successfulImports + b!.updatedLeads + b!.duplicatesSkipped + b!.failedImports);
  const [row] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from leads where batch_id = ${batchId}`);
  expect(row!.n).toBe(b!.successfulImports);
  return b!;
}

function peopleCsv(rows: number, prefix: string): string {
  const lines = ['Company,Email,City'];
  for (let i = 0; i < rows; i++) lines.push(`${prefix} Co ${i},${prefix}${i}@${prefix}.example.com,City ${i % 7}`);
  return lines.join('\n');
}

describe('import lifecycle', () => {
  it('cancel leaves a consistent batch: marked cancelled, counts exact, later rows not imported', async () => {
    const { db, handle, dataDir } = t();
    const path = join(dataDir, 'cancel.csv');
    writeFileSync(path, peopleCsv(500, 'cancel'));
    const prepared = await prepareImportFile({ db, handle, dataDir }, { path, defaults: { industry: 'X' } });
    const controller = new AbortController();
    const outcome = await prepared.run({
      signal: controller.signal,
      chunkRows: 50,
      onProgress: (p) => p.rows >= 100 && controller.abort(),
    });
    expect(outcome.status).toBe('cancelled');
    expect(outcome.rows).toBeGreaterThanOrEqual(100);
    expect(outcome.rows).toBeLessThan(500);
    const batch = await expectConsistentBatch(db, outcome.batchId);
    expect(batch).toMatchObject({ status: 'cancelled', totalLeads: outcome.rows, successfulImports: outcome.imported });
    expect(batch.completedAt).not.toBeNull();
  });

  it('undo removes the batch leads nobody touched since and says how many it kept', async () => {
    const { db, handle, dataDir } = t();
    const path = join(dataDir, 'undo.csv');
    writeFileSync(path, peopleCsv(20, 'undo'));
    const outcome = await (await prepareImportFile({ db, handle, dataDir }, { path, defaults: { industry: 'X' } })).run({});
    expect(outcome.imported).toBe(20);
    // One lead edited after the import, one updated to the same values (not a change).
    await db.update(leads).set({ city: 'Edited' }).where(eq(leads.email, 'undo3@undo.example.com'));
    await db.update(leads).set({ city: 'City 4' }).where(eq(leads.email, 'undo4@undo.example.com'));
    expect(await undoImport(db, outcome.batchId)).toEqual({ removed: 19, kept: 1 });
    const left = await db.select({ email: leads.email }).from(leads).where(eq(leads.batchId, outcome.batchId));
    expect(left).toEqual([{ email: 'undo3@undo.example.com' }]);
    const [b] = await db.select().from(leadBatches).where(eq(leadBatches.id, outcome.batchId));
    expect(b).toMatchObject({ undoKeptLeads: 1 });
    await expect(undoImport(db, outcome.batchId)).rejects.toThrow(/already undone/);
  });

  it('prints one JSON summary line from the CLI, with --map, --dedupe and defaults', () => {
    const { dataDir, url } = t();
    if (url) return; // The CLI opens its own database; the embedded run covers it, the server run below covers crashes.
    const cliDir = join(dataDir, 'cli-data');
    const path = join(dataDir, 'cli.csv');
    writeFileSync(path, 'Firma,Mail,Notiz\nAcme,a@acme.com,hello\nAcme,A@ACME.COM,again\nNope,bad,\n');
    const run = runCliProcess([
      'import',
      path,
      '--data-dir',
      cliDir,
      '--map',
      'Firma=companyName,Mail=email,Notiz=notes',
      '--industry',
      'Dentists',
      '--source',
      'fair',
      '--json',
    ]);
    expect(run.code, run.stderr).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const summary = JSON.parse(lines[0]!) as Record<string, unknown>;
    expect(Object.keys(summary)).toEqual(['batchId', 'rows', 'imported', 'updated', 'duplicates', 'failed']);
    expect(summary).toMatchObject({ rows: 3, imported: 1, updated: 0, duplicates: 1, failed: 1 });
    // Same headers: the saved mapping applies without --map. Same values are no update; new ones are.
    writeFileSync(path, 'Firma,Mail,Notiz\nAcme,a@acme.com,hello\nAcme,A@ACME.COM,again\nNope,bad,\n'.replace('hello', 'changed'));
    const again = runCliProcess(['import', path, '--data-dir', cliDir, '--dedupe', 'overwrite', '--industry', 'Dentists', '--json']);
    expect(JSON.parse(again.stdout)).toMatchObject({ rows: 3, imported: 0, updated: 1, duplicates: 1, failed: 1 });
    const bad = runCliProcess(['import', path, '--data-dir', cliDir, '--dedupe', 'merge']);
    expect(bad.code).toBe(2);
  });

  it('a crash mid-import leaves the batch interrupted with exact counts after restart, and undo works', async () => {
    const { dataDir, url } = t();
    const crashDir = join(dataDir, 'crash-data');
    const path = join(dataDir, 'crash.csv');
    await writeApolloExport(path, 60_000);
    const args = ['--import', 'tsx', 'src-main/cli/main.ts', 'import', path, '--data-dir', crashDir, '--industry', 'Dentists'];
    if (url) args.push('--database-url', url);
    const child = spawn(process.execPath, args, { env: { ...process.env, DATABASE_URL: '' }, stdio: ['ignore', 'pipe', 'pipe'] });
    // Killed without warning once the first chunks are committed: no cleanup code runs.
    await new Promise<void>((resolve, reject) => {
      let err = '';
      child.stderr!.on('data', (c: Buffer) => {
        err += c.toString();
        if (/^20000 rows/m.test(err)) resolve();
      });
      child.once('exit', (code) => reject(new Error(`the import ended (${code}) before it could be killed: ${err}`)));
    });
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;

    const handle = url ? await openServerDatabase({ url, poolSize: 2 }) : await openEmbeddedDatabase({ dataDir: crashDir });
    try {
      const [running] = await queryRows<{ id: string }>(
        handle.db,
        sql`select id from lead_batches where status = 'running' and source_file = 'crash.csv'`,
      );
      expect(running).toBeDefined();
      expect(await markInterruptedImports(handle.db, { staleAfterMs: 0 })).toContain(running!.id);
      const batch = await expectConsistentBatch(handle.db, running!.id);
      expect(batch.status).toBe('interrupted');
      expect(batch.totalLeads).toBeGreaterThanOrEqual(20_000);
      expect(batch.totalLeads).toBeLessThan(60_000);
      // Whole chunks only: 5,000 rows on PGlite, 10,000 on a server.
      expect(batch.totalLeads % 5_000).toBe(0);
      const undone = await undoImport(handle.db, running!.id);
      expect(undone).toEqual({ removed: batch.successfulImports, kept: 0 });
    } finally {
      await handle.close();
    }
  }, 120_000);
});
