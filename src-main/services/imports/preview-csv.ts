import { readCsvRows, type CsvFailedRow, type CsvRow } from './read-csv-rows';
import type { CsvOverrides, CsvSettings } from './sniff-csv';

export interface CsvPreview {
  /** What an import with the same overrides will use: detected settings with the overrides applied. */
  settings: CsvSettings;
  headers: string[];
  /** The first data rows (20 unless asked otherwise). */
  rows: CsvRow[];
  /** Rows among the first ones read that could not be read. */
  failed: CsvFailedRow[];
  /** For the user: skipped title lines, low confidence, odd quotes in the rows shown, … */
  warnings: string[];
}

export interface PreviewCsvOptions extends CsvOverrides {
  /** `bytes` is only the head of a longer file: a last row that may be cut short is left out. */
  truncated?: boolean;
  rowLimit?: number;
}

/**
 * What the import wizard shows before anything is imported. Takes either the first bytes of
 * the file (say 1 MB, with `truncated: true` when the file is longer) or the file's byte stream,
 * of which it reads only as much as the first rows need.
 */
export async function previewCsv(
  bytes: Uint8Array | AsyncIterable<Uint8Array>,
  { truncated, rowLimit = 20, ...overrides }: PreviewCsvOptions = {},
): Promise<CsvPreview> {
  const source = bytes instanceof Uint8Array ? [bytes] : bytes;
  for await (const batch of readCsvRows(source, { overrides, batchSize: rowLimit, truncated })) {
    const rowWarnings = batch.warnings.map((w) => `Row ${w.rowNumber}: ${w.reason}`);
    // The first batch is all a preview needs; leaving the loop closes the source.
    return {
      settings: batch.settings,
      headers: batch.settings.headers,
      rows: batch.rows.slice(0, rowLimit),
      failed: batch.failed,
      warnings: [...(batch.summary?.warnings ?? batch.fileWarnings), ...rowWarnings],
    };
  }
  throw new Error('readCsvRows ended without a batch');
}
