import { createReadStream, statSync } from 'node:fs';
import type { ColumnMapping, ImportFormat } from '../../../src-shared/domain/column-mapping';
import type { DedupeStrategy, ImportCounts } from '../../../src-shared/domain/import-options';
import type { ColumnTarget } from '../../../src-shared/domain/lead-fields';
import { createLeadNormaliser, type LeadDefaults, type LeadNormaliser } from '../../../src-shared/domain/normalise-lead';
import type { DatabaseHandle } from '../../db/client';
import { openBulkSession, type BulkSession } from './bulk-session';
import { createErrorReport, errorReportPath, type FailedImportRow } from './error-report';
import {
  addBatchCountsSql,
  applyMatchesSql,
  createStagingSql,
  insertTarget,
  lookupKeysSql,
  stagingTable,
  stagingTarget,
} from './import-chunk-sql';
import { alternateDedupeKey, leadCopyLine, type LeadCopyColumn } from './lead-copy-text';
import { recomputeLeadScores } from '../leads/recompute-lead-scores';
import { readCsvRows, type CsvReadSummary } from './read-csv-rows';
import type { CsvOverrides } from './sniff-csv';

export interface ImportJobInput {
  /** The file on disk (an upload is stored first, so both shells import from a path). */
  path: string;
  overrides: CsvOverrides;
  mapping: ColumnMapping;
  defaults: LeadDefaults;
  dedupe: DedupeStrategy;
  format: ImportFormat;
}

export interface ImportProgress extends ImportCounts {
  batchId: string;
  bytesRead: number;
  totalBytes: number;
  rowsPerSecond: number;
  /** Seconds left, from the share of the file read so far; null until it can be told. */
  etaSeconds: number | null;
}

export interface ImportOutcome extends ImportCounts {
  batchId: string;
  status: 'completed' | 'cancelled' | 'failed';
  errorReportPath: string | null;
  fileSummary: CsvReadSummary | null;
  error: string | null;
}

export interface RunImportOptions {
  handle: DatabaseHandle;
  dataDir: string;
  batchId: string;
  input: ImportJobInput;
  signal?: AbortSignal;
  onProgress?: (progress: ImportProgress) => void;
  /** Rows per chunk: one transaction, one COPY, one classify-and-insert statement each. */
  chunkRows?: number;
}

// Field (or column target) → the leads column it fills; used to tell which columns come from the file.
const fieldColumns: Partial<Record<ColumnTarget, LeadCopyColumn[]>> = {
  companyName: ['company_name'],
  website: ['website', 'company_name'],
  email: ['email', 'company_name'],
  phone: ['phone'],
  contactName: ['contact_name'],
  firstName: ['contact_name'],
  lastName: ['contact_name'],
  jobTitle: ['job_title'],
  country: ['country'],
  city: ['city'],
  address: ['address'],
  industry: ['industry'],
  businessType: ['business_type'],
  companySize: ['company_size'],
  source: ['source'],
  notes: ['notes'],
  tags: ['tags'],
  linkedinUrl: ['linkedin_url'],
  googleRating: ['google_rating'],
  googleReviewCount: ['google_review_count'],
  priceLevel: ['price_level'],
  hasWeekendHours: ['has_weekend_hours'],
  hasGoogleMapsListing: ['has_google_maps_listing'],
};

function columnsFromFile(mapping: ColumnMapping): Set<LeadCopyColumn> {
  const columns = new Set<LeadCopyColumn>(['custom_fields']);
  for (const target of Object.values(mapping)) for (const c of fieldColumns[target] ?? []) columns.add(c);
  return columns;
}

/** A chunk after normalising, before the database: each row's COPY text and duplicate key. */
interface PreparedChunk {
  /** Rows with a key seen first in this chunk, and rows without any key. */
  candidates: { key: string | null; line: string }[];
  emails: string[];
  altKeys: string[];
  /** Later rows of the chunk with the key of an earlier one. */
  duplicatesInChunk: number;
  failed: FailedImportRow[];
  rowsRead: number;
}

interface ChunkResult {
  imported: number;
  updated: number;
  duplicates: number;
  touched: string[];
}

/**
 * Imports a CSV file into a batch that createImportBatch made: streams the file, normalises each
 * row, and commits chunk by chunk, the counts with the rows they count. While the database
 * works on one chunk the next is read and normalised. Ends with the batch completed, cancelled
 * (signal) or failed; never throws for a problem of the data.
 */
export async function runImport(options: RunImportOptions): Promise<ImportOutcome> {
  const { handle, batchId, input, signal } = options;
  // PGlite's WebAssembly memory keeps its high-water mark: smaller chunks keep it low.
  const chunkRows = options.chunkRows ?? (handle.pglite ? 5_000 : 10_000);
  const totalBytes = statSync(input.path).size;
  const staging = stagingTable(batchId);
  const fromFile = columnsFromFile(input.mapping);
  const applySql = input.dedupe === 'skip' ? null : applyMatchesSql(staging, input.dedupe, fromFile);
  // Leads this import matched already: a later row matching one again is a duplicate within the file.
  const touched = new Set<string>();
  const counts: ImportCounts = { rows: 0, imported: 0, updated: 0, duplicates: 0, failed: 0 };
  const started = performance.now();
  const markMaps = input.format === 'google_maps' && !Object.values(input.mapping).includes('hasGoogleMapsListing');

  let session: BulkSession | null = null;
  let report: ReturnType<typeof createErrorReport> | null = null;
  let normalise: LeadNormaliser | null = null;
  let fileSummary: CsvReadSummary | null = null;
  let inFlight: Promise<void> | null = null;
  let bytesRead = 0;
  let reportWritten = false;

  const writeChunk = (chunk: PreparedChunk): Promise<ChunkResult> =>
    session!.transaction(async (q) => {
      const found = new Map<string, { id: string; batch_id: string | null }>();
      if (chunk.emails.length || chunk.altKeys.length) {
        for (const row of await q.query<{ key: string; id: string; batch_id: string | null }>(lookupKeysSql, [
          chunk.emails,
          chunk.altKeys,
        ])) {
          if (!found.has(row.key)) found.set(row.key, row);
        }
      }
      let inserts = '';
      let staged = '';
      let imported = 0;
      const newlyTouched: string[] = [];
      for (const { key, line } of chunk.candidates) {
        const match = key === null ? undefined : found.get(key);
        if (!match) {
          inserts += `${line}\t${batchId}\n`;
          imported++;
        } else if (applySql && match.batch_id !== batchId && !touched.has(match.id)) {
          staged += `${match.id}\t${line}\n`;
          newlyTouched.push(match.id);
        }
      }
      if (inserts) await q.copyIn(insertTarget, inserts);
      let updated = 0;
      if (staged) {
        await q.query(`TRUNCATE ${staging}`);
        await q.copyIn(stagingTarget(staging), staged);
        updated = (await q.query<{ updated: number }>(applySql!))[0]!.updated;
      }
      const rows = chunk.rowsRead;
      const failed = chunk.failed.length;
      const duplicates = rows - failed - imported - updated;
      await q.query(addBatchCountsSql, [batchId, rows, imported, updated, duplicates, failed]);
      return { imported, updated, duplicates, touched: newlyTouched };
    });

  const commit = async (chunk: PreparedChunk): Promise<void> => {
    report!.write(chunk.failed);
    let result: ChunkResult;
    try {
      result = await writeChunk(chunk);
    } catch (error) {
      // Another writer (a second instance on a shared server) added a lead with one of these
      // emails between the lookup and the COPY: look again, once.
      if ((error as { code?: string }).code !== '23505') throw error;
      result = await writeChunk(chunk);
    }
    for (const id of result.touched) touched.add(id);
    counts.rows += chunk.rowsRead;
    counts.imported += Number(result.imported);
    counts.updated += Number(result.updated);
    counts.duplicates += Number(result.duplicates);
    counts.failed += chunk.failed.length;
    const seconds = (performance.now() - started) / 1000;
    const share = totalBytes > 0 ? Math.min(1, bytesRead / totalBytes) : 1;
    options.onProgress?.({
      batchId,
      ...counts,
      bytesRead,
      totalBytes,
      rowsPerSecond: seconds > 0 ? Math.round(counts.rows / seconds) : 0,
      etaSeconds: share > 0.01 && share < 1 ? Math.round((seconds / share) * (1 - share)) : share >= 1 ? 0 : null,
    });
  };

  let outcome: Pick<ImportOutcome, 'status' | 'error'> = { status: 'completed', error: null };
  try {
    session = await openBulkSession(handle);
    if (applySql) await session.transaction((q) => q.query(createStagingSql(staging)));
    const source = createReadStream(input.path, { highWaterMark: 1024 * 1024 });
    for await (const batch of readCsvRows(source, { overrides: input.overrides, batchSize: chunkRows, signal })) {
      if (!normalise) {
        normalise = createLeadNormaliser(batch.settings.headers, input.mapping, input.defaults);
        report = createErrorReport(errorReportPath(options.dataDir, batchId), batch.settings.headers);
      }
      bytesRead = batch.bytesRead;
      if (batch.summary) fileSummary = batch.summary;
      const chunk = prepareChunk(batch.rows, batch.failed, normalise, markMaps);
      // The previous chunk must be committed before this one classifies: it may hold its duplicates.
      if (inFlight) await inFlight;
      inFlight = commit(chunk);
    }
    if (inFlight) await inFlight;
  } catch (error) {
    // Let a chunk already sent finish: its rows and counts commit together or not at all.
    if (inFlight) await inFlight.catch(() => undefined);
    if (signal?.aborted) outcome = { status: 'cancelled', error: null };
    else outcome = { status: 'failed', error: error instanceof Error ? error.message : String(error) };
  } finally {
    reportWritten = report?.written ?? false;
    report?.close();
    if (session) {
      if (applySql) await session.transaction((q) => q.query(`DROP TABLE IF EXISTS ${staging}`)).catch(() => undefined);
      await session.release();
    }
  }

  // Leads this import changed (fill, overwrite) are scored on their merged values.
  if (applySql && touched.size > 0) {
    const ids = [...touched];
    for (let i = 0; i < ids.length; i += 5_000) await recomputeLeadScores(handle.db, { ids: ids.slice(i, i + 5_000) });
  }
  const reportPath = reportWritten ? report!.path : null;
  await finishBatch(handle, batchId, outcome.status, reportPath, fileSummary, outcome.error);
  return { batchId, ...counts, ...outcome, errorReportPath: reportPath, fileSummary };
}

function prepareChunk(
  rows: readonly { rowNumber: number; values: string[] }[],
  csvFailed: readonly { rowNumber: number; column: string | null; reason: string; values: string[] }[],
  normalise: LeadNormaliser,
  markMaps: boolean,
): PreparedChunk {
  const failed: FailedImportRow[] = csvFailed.map((f) => ({
    rowNumber: f.rowNumber,
    columns: [f.column],
    reasons: [f.reason],
    values: f.values,
  }));
  const chunk: PreparedChunk = {
    candidates: [],
    emails: [],
    altKeys: [],
    duplicatesInChunk: 0,
    failed,
    rowsRead: rows.length + csvFailed.length,
  };
  const seen = new Set<string>();
  for (const row of rows) {
    const result = normalise(row.values);
    if (!result.ok) {
      failed.push({
        rowNumber: row.rowNumber,
        columns: result.errors.map((e) => e.column),
        reasons: result.errors.map((e) => e.reason),
        values: row.values,
      });
      continue;
    }
    const { lead } = result;
    // A Google-Maps scraper lists places that have a Maps listing by definition.
    if (markMaps && lead.hasGoogleMapsListing === null) lead.hasGoogleMapsListing = true;
    const altKey = alternateDedupeKey(lead);
    const key = lead.email ? `e:${lead.email}` : altKey;
    if (key !== null) {
      if (seen.has(key)) {
        chunk.duplicatesInChunk++;
        continue;
      }
      seen.add(key);
      if (lead.email) chunk.emails.push(lead.email);
      else chunk.altKeys.push(altKey!);
    }
    const line = leadCopyLine(lead, altKey);
    chunk.candidates.push({ key, line: line.slice(0, -1) });
  }
  failed.sort((a, b) => a.rowNumber - b.rowNumber);
  return chunk;
}

async function finishBatch(
  handle: DatabaseHandle,
  batchId: string,
  status: ImportOutcome['status'],
  reportPath: string | null,
  fileSummary: CsvReadSummary | null,
  error: string | null,
): Promise<void> {
  const session = await openBulkSession(handle);
  try {
    await session.transaction((q) =>
      q.query(
        `UPDATE lead_batches SET status = $2::import_status, completed_at = now(), heartbeat_at = now(),
           error_report_path = $3, notes = COALESCE($4, notes),
           import_settings = import_settings || jsonb_build_object('file', $5::jsonb)
         WHERE id = $1::uuid`,
        [batchId, status, reportPath, error, JSON.stringify(fileSummary)],
      ),
    );
  } finally {
    await session.release();
  }
}
