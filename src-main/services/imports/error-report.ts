import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/** A row the import could not take, for the error CSV. */
export interface FailedImportRow {
  rowNumber: number;
  columns: (string | null)[];
  reasons: string[];
  values: readonly string[];
}

export function errorReportPath(dataDir: string, batchId: string): string {
  return join(dataDir, 'import-reports', `${batchId}-errors.csv`);
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) || value !== value.trim() ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * The error CSV of one import: Row, Column, Reason, then the row's values under the file's own
 * headers, so a user can fix the rows in a spreadsheet and import the file again. Written
 * synchronously before the chunk that counts the rows commits: after a crash, every failed row
 * the batch counts is in the file.
 */
export function createErrorReport(path: string, headers: readonly string[]) {
  let fd: number | null = null;
  return {
    path,
    get written(): boolean {
      return fd !== null;
    },
    write(rows: readonly FailedImportRow[]): void {
      if (rows.length === 0) return;
      if (fd === null) {
        mkdirSync(join(path, '..'), { recursive: true });
        fd = openSync(path, 'w');
        // A BOM so Excel opens the UTF-8 file with its accents intact.
        writeSync(fd, `\ufeff${['Row', 'Column', 'Reason', ...headers].map(csvField).join(',')}\r\n`);
      }
      let text = '';
      for (const row of rows) {
        const columns = [...new Set(row.columns.filter((c): c is string => c !== null))].join(', ');
        const values = headers.map((_, i) => row.values[i] ?? '');
        // A row with more values than headers (the usual reason it failed) keeps all of them.
        for (let i = headers.length; i < row.values.length; i++) values.push(row.values[i]!);
        text += `${[String(row.rowNumber), columns, row.reasons.join(' | '), ...values].map(csvField).join(',')}\r\n`;
      }
      writeSync(fd, text);
    },
    close(): void {
      if (fd !== null) closeSync(fd);
      fd = null;
    },
  };
}
