// Decode + parse + normalise of an Apollo-like export, no database: node --import tsx src-main/services/imports/parse.bench.ts
import { reportFigure } from '../../testing/bench';
import { autoMapColumns, sourceForFormat } from '../../../src-shared/domain/column-mapping';
import { createLeadNormaliser } from '../../../src-shared/domain/normalise-lead';
import { readCsvRows } from './read-csv-rows';
import { apolloExport, apolloHeaders } from '../../testing/apollo-like-csv';

const ROWS = 100_000;

function* chunks(bytes: Buffer, size = 64 * 1024): Generator<Buffer> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

async function importWithoutDatabase(file: Buffer): Promise<{ ok: number; failed: number; phones: number }> {
  let ok = 0;
  let failed = 0;
  let phones = 0;
  let normalise: ReturnType<typeof createLeadNormaliser> | null = null;
  for await (const batch of readCsvRows(chunks(file))) {
    if (!normalise) {
      const { format, mapping } = autoMapColumns(batch.settings.headers);
      normalise = createLeadNormaliser(batch.settings.headers, mapping, { source: sourceForFormat[format] });
    }
    failed += batch.failed.length;
    for (const row of batch.rows) {
      const result = normalise(row.values);
      if (!result.ok) failed++;
      else {
        ok++;
        if (result.lead.phone?.startsWith('+')) phones++;
      }
    }
  }
  return { ok, failed, phones };
}

const file = apolloExport(ROWS);
const runs: { ms: number; cpuMs: number }[] = [];
for (let run = 0; run < 4; run++) {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const { ok, failed, phones } = await importWithoutDatabase(file);
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  if (ok + failed !== ROWS || failed > 0) throw new Error(`expected ${ROWS} good rows, got ${ok} good and ${failed} failed`);
  // Every generated row has a phone a country can read: a slip in phone handling must not pass as speed.
  if (phones !== ROWS) throw new Error(`expected ${ROWS} E.164 phones, got ${phones}`);
  runs.push({ ms, cpuMs: (used.user + used.system) / 1000 });
}
const measured = runs.slice(1).sort((a, b) => a.ms - b.ms);
const median = measured[Math.floor(measured.length / 2)]!;
reportFigure('import.parse100k', median.ms, 'ms', {
  rowsPerSecond: Math.round(ROWS / (median.ms / 1000)),
  cpuMs: Math.round(median.cpuMs),
  firstRunMs: Math.round(runs[0]!.ms),
  fileMb: Math.round((file.length / 1024 / 1024) * 10) / 10,
  columns: apolloHeaders.length,
});
