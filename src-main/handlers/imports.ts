import { copyFileSync, statSync } from 'node:fs';
import { basename, isAbsolute } from 'node:path';
import type { ImportSource } from '../../src-shared/contract/imports';
import { missingRequiredFields } from '../../src-shared/domain/normalise-lead';
import type { AppContext } from '../context';
import { AppError } from '../rpc/app-error';
import type { DomainHandlers } from '../rpc/handlers-for';
import { CsvFileError } from '../services/imports/csv-file-error';
import { prepareImportFile, previewFile } from '../services/imports/import-file';
import { importJobsFor } from '../services/imports/import-jobs';
import { listPresets, suggestMapping } from '../services/imports/import-presets';
import { listBatches, previewBatchLeads, readBatch, readBatchRecord } from '../services/imports/read-batches';
import { undoImport } from '../services/imports/undo-import';
import { resolveUpload } from '../services/imports/upload-store';

/** The file behind a source. A path is taken only from the Electron window and the CLI, never from a browser. */
function resolveSource(source: ImportSource, ctx: AppContext): { path: string; fileName: string; sizeBytes: number; uploadId?: string } {
  if ('uploadId' in source) return resolveUpload(ctx.dataDir, source.uploadId);
  if (ctx.shell === 'bridge') throw new AppError('UNAUTHORIZED', 'A browser can only import files it uploaded.');
  if (!isAbsolute(source.path)) throw new AppError('INVALID_INPUT', 'The file path must be absolute.');
  try {
    const stat = statSync(source.path);
    if (!stat.isFile()) throw new Error('not a file');
    return { path: source.path, fileName: basename(source.path), sizeBytes: stat.size };
  } catch {
    throw new AppError('NOT_FOUND', `There is no file at ${source.path}.`);
  }
}

/** A file that is not CSV at all (empty, binary, undecodable) is the user's input, not our failure. */
async function readingCsv<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof CsvFileError) throw new AppError('INVALID_INPUT', error.message, { csvError: error.code });
    throw error;
  }
}

export const importsHandlers: DomainHandlers<'imports'> = {
  'imports.preview': async ({ source, overrides, presetName }, ctx) => {
    const file = resolveSource(source, ctx);
    const preview = await readingCsv(() => previewFile(file.path, overrides));
    const suggested = await suggestMapping(ctx.db, preview.headers, presetName);
    const { encoding, delimiter, newline, headerRowIndex, confidence } = preview.settings;
    return {
      fileName: file.fileName,
      sizeBytes: file.sizeBytes,
      layout: { encoding, delimiter, newline, headerRowIndex, confidence },
      headers: preview.headers,
      rows: preview.rows,
      failedRows: preview.failed.map((f) => ({ rowNumber: f.rowNumber, reason: f.reason })),
      warnings: preview.warnings,
      format: suggested.format,
      mapping: suggested.mapping,
      preset: suggested.preset ? { name: suggested.preset.name, defaults: suggested.preset.defaults } : null,
    };
  },
  'imports.checkMapping': ({ mapping, defaults }) => ({ missing: missingRequiredFields(mapping, { source: 'manual', ...defaults }) }),
  'imports.start': async ({ source, overrides, mapping, defaults, dedupe, presetName }, ctx) => {
    const file = resolveSource(source, ctx);
    const prepared = await readingCsv(() =>
      prepareImportFile(
        { db: ctx.db, handle: ctx.database, dataDir: ctx.dataDir },
        { path: file.path, fileName: file.fileName, overrides, mapping, defaults, dedupe, presetName },
      ),
    );
    importJobsFor(ctx).start(prepared, { uploadId: file.uploadId });
    return { batchId: prepared.batchId };
  },
  'imports.cancel': ({ batchId }, ctx) => ({ cancelled: importJobsFor(ctx).cancel(batchId) }),
  'imports.summary': ({ batchId }, ctx) => readBatch(ctx.db, batchId, importJobsFor(ctx).isRunning),
  'imports.listBatches': (_input, ctx) => listBatches(ctx.db, importJobsFor(ctx).isRunning),
  'imports.batchLeads': ({ batchId, limit }, ctx) => previewBatchLeads(ctx.db, batchId, limit),
  'imports.undo': async ({ batchId }, ctx) => {
    const result = await undoImport(ctx.db, batchId);
    ctx.events.emit('imports.undone', { batchId, ...result });
    return result;
  },
  'imports.saveErrorReport': async ({ batchId, path }, ctx) => {
    if (ctx.shell === 'bridge') throw new AppError('UNAUTHORIZED', 'In a browser, download the report instead.');
    const batch = await readBatchRecord(ctx.db, batchId);
    if (!batch.errorReportPath) throw new AppError('NOT_FOUND', 'This import had no failed rows.');
    const stem = (batch.sourceFile ?? 'import').replace(/\.[^.]*$/, '');
    const target = path ?? (ctx.chooseSavePath ? await ctx.chooseSavePath(`${stem}-errors.csv`) : null);
    if (target === null) {
      if (!ctx.chooseSavePath) throw new AppError('INVALID_INPUT', 'Say where to save the report.');
      return { path: null };
    }
    if (!isAbsolute(target)) throw new AppError('INVALID_INPUT', 'The path must be absolute.');
    copyFileSync(batch.errorReportPath, target);
    return { path: target };
  },
  'imports.listPresets': async (_input, ctx) =>
    (await listPresets(ctx.db)).map((p) => ({
      name: p.name,
      headerSignature: p.headerSignature,
      columns: Object.keys(p.mapping).length,
      updatedAt: p.updatedAt.toISOString(),
    })),
};
