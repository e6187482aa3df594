import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import type { ColumnMapping } from '../../../src-shared/domain/column-mapping';
import { sourceForFormat } from '../../../src-shared/domain/column-mapping';
import type { DedupeStrategy } from '../../../src-shared/domain/import-options';
import type { LeadDefaults } from '../../../src-shared/domain/normalise-lead';
import type { AppDb, DatabaseHandle } from '../../db/client';
import { createImportBatch } from './create-import-batch';
import { suggestMapping } from './import-presets';
import { previewCsv, type CsvPreview } from './preview-csv';
import { runImport, type ImportOutcome, type ImportProgress } from './run-import';
import type { CsvOverrides } from './sniff-csv';

export interface ImportFileRequest {
  path: string;
  /** The name the user knows the file by (an upload is stored under an id). */
  fileName?: string | undefined;
  overrides?: CsvOverrides | undefined;
  /** Column → target; columns left out get the preset's or the automatic mapping. */
  mapping?: ColumnMapping | undefined;
  presetName?: string | undefined;
  defaults?: Partial<LeadDefaults> | undefined;
  dedupe?: DedupeStrategy | undefined;
}

export interface PreparedImport {
  preview: CsvPreview;
  run(options: { signal?: AbortSignal; onProgress?: (p: ImportProgress) => void; chunkRows?: number }): Promise<ImportOutcome>;
  batchId: string;
}

export function previewFile(path: string, overrides: CsvOverrides = {}): Promise<CsvPreview> {
  return previewCsv(createReadStream(path, { highWaterMark: 256 * 1024 }), overrides);
}

/**
 * Everything an import needs before its rows: the file's layout (as the preview read it, with the
 * user's overrides), the mapping (given, else the preset's, else automatic), defaults, the batch
 * row. The returned run() does the rows. Shared by imports.start and the CLI.
 */
export async function prepareImportFile(
  deps: { db: AppDb; handle: DatabaseHandle; dataDir: string },
  request: ImportFileRequest,
): Promise<PreparedImport> {
  const preview = await previewFile(request.path, request.overrides);
  const { headers } = preview.settings;
  const suggested = await suggestMapping(deps.db, headers, request.presetName);
  const mapping: ColumnMapping = { ...suggested.mapping };
  for (const [header, target] of Object.entries(request.mapping ?? {})) if (headers.includes(header)) mapping[header] = target;
  const presetDefaults = (suggested.preset?.defaults ?? {}) as Partial<LeadDefaults>;
  const defaults: LeadDefaults = {
    ...presetDefaults,
    ...stripUndefined(request.defaults ?? {}),
    source: request.defaults?.source || presetDefaults.source || sourceForFormat[suggested.format],
    sourceType: 'manual_import',
  };
  const fileName = request.fileName ?? basename(request.path);
  const dedupe = request.dedupe ?? 'skip';
  const { batchId } = await createImportBatch(deps.db, {
    fileName,
    settings: preview.settings,
    mapping,
    defaults,
    dedupe,
    format: suggested.format,
    presetName: request.presetName,
  });
  const { delimiter, newline, headerRowIndex } = preview.settings;
  // The rows are read exactly as previewed; the encoding only when the user chose it, so a file
  // that starts as ASCII can still turn out to be Windows-1252 further down.
  const overrides: CsvOverrides = {
    delimiter,
    newline,
    headerRowIndex,
    headers,
    ...(request.overrides?.encoding ? { encoding: request.overrides.encoding } : {}),
  };
  return {
    preview,
    batchId,
    run: ({ signal, onProgress, chunkRows }) =>
      runImport({
        handle: deps.handle,
        dataDir: deps.dataDir,
        batchId,
        input: { path: request.path, overrides, mapping, defaults, dedupe, format: suggested.format },
        ...(signal ? { signal } : {}),
        ...(onProgress ? { onProgress } : {}),
        ...(chunkRows ? { chunkRows } : {}),
      }),
  };
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== '')) as Partial<T>;
}
