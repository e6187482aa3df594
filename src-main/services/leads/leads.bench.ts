// npm run bench -- leads
// 100,000 leads in the embedded database (PGlite): list, search, bulk status, export.
// Then 1,000,000 leads on the Postgres server (TEST_DATABASE_URL or postgres://postgres@127.0.0.1:5432/postgres):
// list and search. LEADS_BENCH_PG=0 skips the server part; LEADS_BENCH_PG_COUNT changes its size.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { performance } from 'node:perf_hooks';
import type { LeadFilter, LeadSort } from '../../../src-shared/contract/leads';
import { openEmbeddedDatabase, openServerDatabase, type DatabaseHandle } from '../../db/client';
import { percentile, reportFigure, rssMb } from '../../testing/bench';
import { createServerDatabase } from '../../testing/test-db';
import { bulkUpdateLeads } from './bulk-update-leads';
import { exportLeadsCsv } from './export-leads';
import { listLeads } from './list-leads';
import { seedLeads } from './seed-leads';

async function time<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const start = performance.now();
  const result = await fn();
  return [performance.now() - start, result];
}

// Filtered and sorted pages a user actually asks for.
const listCases: Array<{ filter: LeadFilter; sort: LeadSort; offset?: number }> = [
  { filter: {}, sort: { column: 'createdAt', direction: 'desc' } },
  { filter: { statuses: ['new', 'contacted'] }, sort: { column: 'qualityScore', direction: 'desc' } },
  { filter: { industries: ['Dental clinic'], cities: ['Lyon'] }, sort: { column: 'companyName', direction: 'asc' } },
  { filter: { tiers: ['hot'] }, sort: { column: 'createdAt', direction: 'desc' } },
  { filter: { tags: ['vip', 'referral'], tagsMode: 'any' }, sort: { column: 'lastContactedAt', direction: 'desc' } },
  { filter: { hasEmail: true, verificationStatuses: ['email_verified', 'fully_verified'] }, sort: { column: 'createdAt', direction: 'desc' }, offset: 500 },
  { filter: { sources: ['apollo'], scoreMin: 50 }, sort: { column: 'qualityScore', direction: 'desc' } },
];
const searchTerms = ['martin', 'dental lyon', 'camille', 'fitness', 'rousseau', 'bernard physio', 'yoga', 'dubois'];

// 'fast' is what the table asks for (its count stops at 10,000; the exact figure follows in a second call).
async function measureList(handle: DatabaseHandle, rounds: number, count: 'fast' | 'exact' = 'fast'): Promise<number[]> {
  const samples: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const c of listCases) {
      const [ms] = await time(() => listLeads(handle.db, { filter: c.filter, sort: c.sort, offset: c.offset ?? 0, limit: 100, count }));
      samples.push(ms);
    }
  }
  return samples;
}

async function measureSearch(handle: DatabaseHandle, rounds: number): Promise<number[]> {
  const samples: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const term of searchTerms) {
      // As you type: every prefix of three letters or more is a query.
      for (let n = 3; n <= term.length; n += 2) {
        const [ms] = await time(() => listLeads(handle.db, { filter: { search: term.slice(0, n) }, sort: { column: 'createdAt', direction: 'desc' }, limit: 100, count: 'fast' }));
        samples.push(ms);
      }
    }
  }
  return samples;
}

class CountingSink extends Writable {
  bytes = 0;
  override _write(chunk: Buffer, _enc: BufferEncoding, done: () => void) {
    this.bytes += chunk.length;
    done();
  }
}

async function embedded(count: number) {
  const dataDir = mkdtempSync(join(tmpdir(), 'outreach-desk-bench-'));
  const handle = await openEmbeddedDatabase({ dataDir, lock: false });
  try {
    const [seedMs] = await time(() => seedLeads(handle, { count }));
    reportFigure('leads.seed.100k', seedMs, 'ms', { rows: count });
    await measureList(handle, 1); // warm-up
    reportFigure('leads.list.p95', percentile(await measureList(handle, 6), 95), 'ms', { rows: count, target: 20, count: 'fast' });
    reportFigure('leads.list.exactCount.p95', percentile(await measureList(handle, 3, 'exact'), 95), 'ms', { rows: count });
    await measureSearch(handle, 1);
    reportFigure('leads.search.p95', percentile(await measureSearch(handle, 4), 95), 'ms', { rows: count, target: 50 });

    const sink = new CountingSink();
    const [exportMs, exported] = await time(() => exportLeadsCsv(handle, { filter: {} }, sink));
    reportFigure('leads.export', exportMs, 'ms', { rows: count, bytes: exported.bytes, target: 2000 });

    const [bulkMs, bulk] = await time(() => bulkUpdateLeads(handle.db, { filter: {} }, { kind: 'setStatus', status: 'contacted' }));
    reportFigure('leads.bulkStatus', bulkMs, 'ms', { rows: count, changed: bulk.affected, target: 2000 });
    reportFigure('leads.rss', rssMb(), 'MB');
  } finally {
    await handle.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function server(count: number) {
  const serverUrl = process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
  const database = await createServerDatabase(serverUrl);
  const handle = await openServerDatabase({ url: database.url, poolSize: 4 });
  try {
    const [seedMs] = await time(() => seedLeads(handle, { count, batchSize: 250_000 }));
    reportFigure('leads.seed.pg1m', seedMs, 'ms', { rows: count });
    await measureList(handle, 1);
    reportFigure('leads.list.p95.pg1m', percentile(await measureList(handle, 5), 95), 'ms', { rows: count, target: 50, count: 'fast' });
    reportFigure('leads.list.exactCount.p95.pg1m', percentile(await measureList(handle, 2, 'exact'), 95), 'ms', { rows: count });
    await measureSearch(handle, 1);
    reportFigure('leads.search.p95.pg1m', percentile(await measureSearch(handle, 3), 95), 'ms', { rows: count, target: 150 });
  } finally {
    await handle.close();
    await database.drop();
  }
}

await embedded(Number(process.env.LEADS_BENCH_COUNT ?? 100_000));
if (process.env.LEADS_BENCH_PG !== '0') await server(Number(process.env.LEADS_BENCH_PG_COUNT ?? 1_000_000));
