// End-to-end CSV import next to a raw COPY of the same rows into the same database:
//   npm run bench -- import            (PGlite; and the Postgres server when BENCH_DATABASE_URL or
//                                       TEST_DATABASE_URL is set, figures suffixed .pg)
//   IMPORT_BENCH_1M=0 skips the million-row run.
import { spawnSync } from 'node:child_process';
import { createReadStream, mkdtempSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { autoMapColumns, sourceForFormat } from '../../../src-shared/domain/column-mapping';
import { createLeadNormaliser } from '../../../src-shared/domain/normalise-lead';
import { openEmbeddedDatabase, openServerDatabase, type DatabaseHandle } from '../../db/client';
import { writeApolloExport } from '../../testing/apollo-like-csv';
import { reportFigure, rssMb } from '../../testing/bench';
import { createServerDatabase } from '../../testing/test-db';
import { openBulkSession } from './bulk-session';
import { prepareImportFile } from './import-file';
import { alternateDedupeKey, leadCopyColumns, leadCopyLine } from './lead-copy-text';
import { readCsvRows } from './read-csv-rows';

const work = mkdtempSync(join(tmpdir(), 'outreach-desk-bench-import-'));
const serverUrl = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';

interface Backend {
  suffix: string;
  open(): Promise<{ handle: DatabaseHandle; dataDir: string; close(): Promise<void> }>;
}

const embedded: Backend = {
  suffix: '',
  async open() {
    const dataDir = mkdtempSync(join(work, 'db-'));
    const handle = await openEmbeddedDatabase({ dataDir, lock: false });
    return { handle, dataDir, close: () => handle.close() };
  },
};

const server: Backend = {
  suffix: '.pg',
  async open() {
    const database = await createServerDatabase(serverUrl);
    const handle = await openServerDatabase({ url: database.url, poolSize: 3 });
    const dataDir = mkdtempSync(join(work, 'pg-'));
    return {
      handle,
      dataDir,
      async close() {
        await handle.close();
        await database.drop();
      },
    };
  },
};

/** The rows of the file as COPY text for leads, built before the clock starts: the baseline is the database's work only. */
async function copyTextOf(path: string): Promise<string[]> {
  const pieces: string[] = [];
  let normalise: ReturnType<typeof createLeadNormaliser> | null = null;
  for await (const batch of readCsvRows(createReadStream(path), { batchSize: 10_000 })) {
    if (!normalise) {
      const { format, mapping } = autoMapColumns(batch.settings.headers);
      normalise = createLeadNormaliser(batch.settings.headers, mapping, { source: sourceForFormat[format], industry: 'Dentists' });
    }
    let text = '';
    for (const row of batch.rows) {
      const result = normalise(row.values);
      if (result.ok) text += leadCopyLine(result.lead, alternateDedupeKey(result.lead));
    }
    pieces.push(text);
  }
  return pieces;
}

async function rawCopy(handle: DatabaseHandle, pieces: string[]): Promise<number> {
  const session = await openBulkSession(handle);
  try {
    const started = performance.now();
    for (const piece of pieces) await session.transaction((q) => q.copyIn(`leads (${leadCopyColumns.join(', ')})`, piece));
    return performance.now() - started;
  } finally {
    await session.release();
  }
}

async function timedImport(handle: DatabaseHandle, dataDir: string, path: string, sampleRss?: (rss: number) => void) {
  const started = performance.now();
  const prepared = await prepareImportFile({ db: handle.db, handle, dataDir }, { path, defaults: { industry: 'Dentists' } });
  const timer = sampleRss ? setInterval(() => sampleRss(rssMb()), 20) : null;
  try {
    const outcome = await prepared.run({});
    const ms = performance.now() - started;
    if (outcome.status !== 'completed') throw new Error(`import ${outcome.status}: ${outcome.error}`);
    return { ms, outcome };
  } finally {
    if (timer) clearInterval(timer);
  }
}

async function compare(backend: Backend, rows: number, path: string): Promise<void> {
  const pieces = await copyTextOf(path);
  const db = await backend.open();
  try {
    const copyMs = await rawCopy(db.handle, pieces);
    await db.handle.db.execute('TRUNCATE leads CASCADE');
    const { ms, outcome } = await timedImport(db.handle, db.dataDir, path);
    if (outcome.imported !== rows) throw new Error(`expected ${rows} imported, got ${JSON.stringify(outcome)}`);
    const label = rows === 100_000 ? '100k' : String(rows);
    reportFigure(`import.${label}${backend.suffix}`, ms, 'ms', { rowsPerSecond: Math.round(rows / (ms / 1000)), columns: 30 });
    reportFigure(`import.copy${label}${backend.suffix}`, copyMs, 'ms');
    reportFigure(`import.ratio${backend.suffix}`, ms / copyMs, 'x', { target: 2 });
  } finally {
    await db.close();
  }
}

async function million(backend: Backend): Promise<void> {
  const path = join(work, 'apollo-1m.csv');
  await writeApolloExport(path, 1_000_000);
  const db = await backend.open();
  try {
    (globalThis as { gc?: () => void }).gc?.();
    const idle = rssMb();
    let peak = idle;
    const { ms, outcome } = await timedImport(db.handle, db.dataDir, path, (rss) => (peak = Math.max(peak, rss)));
    if (outcome.rows !== 1_000_000 || outcome.imported !== 1_000_000) throw new Error(`1M import: ${JSON.stringify(outcome)}`);
    reportFigure(`import.1m${backend.suffix}`, ms, 'ms', { rowsPerSecond: Math.round(1_000_000 / (ms / 1000)) });
    reportFigure(`import.1m.rssGrowth${backend.suffix}`, peak - idle, 'MB', {
      idleMb: Math.round(idle),
      peakMb: Math.round(peak),
      target: 300,
    });
  } finally {
    await db.close();
    rmSync(path, { force: true });
  }
}

try {
  if (process.argv[2] === '--million') {
    await million(embedded);
  } else {
    const path = join(work, 'apollo-100k.csv');
    await writeApolloExport(path, 100_000);
    const only = process.env.IMPORT_BENCH_ONLY;
    if (only !== 'pg') await compare(embedded, 100_000, path);
    if (only !== 'pglite')
      await compare(server, 100_000, path).catch((error: Error) => process.stderr.write(`# Postgres server skipped: ${error.message}\n`));
    // In a fresh process: idle RSS must not include what the 100k runs left behind.
    if (process.env.IMPORT_BENCH_1M !== '0') {
      const child = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', fileURLToPath(import.meta.url), '--million'], {
        stdio: 'inherit',
      });
      if (child.status !== 0) process.exitCode = 1;
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
