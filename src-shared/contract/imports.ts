import { z } from 'zod';
import type { ImportFormat } from '../domain/column-mapping';
import { dedupeStrategies, type DedupeStrategy, type ImportCounts, type ImportStatusValue } from '../domain/import-options';
import { isColumnTarget, type ColumnTarget, type LeadFieldName } from '../domain/lead-fields';
import { procedure } from './procedure';

/**
 * Where the file is: an upload id (the HTTP bridge streamed it into the data folder), or a path
 * on disk (a file dropped in the Electron window; main reads it, the page never holds it).
 */
const importSource = z.union([z.object({ uploadId: z.uuid() }).strict(), z.object({ path: z.string().min(1).max(4096) }).strict()]);
export type ImportSource = z.infer<typeof importSource>;

const csvOverrides = z
  .object({
    encoding: z.enum(['utf-8', 'utf-16le', 'utf-16be', 'windows-1252', 'iso-8859-1', 'iso-8859-15', 'macintosh']).optional(),
    delimiter: z.enum([',', ';', '\t', '|']).optional(),
    /** 0-based record index of the header row; -1 = the file has no header row. */
    headerRowIndex: z.number().int().min(-1).max(1000).optional(),
  })
  .strict();
export type CsvOverridesInput = z.infer<typeof csvOverrides>;

const mapping = z.record(
  z.string().max(1000),
  z
    .string()
    .refine(isColumnTarget, 'is not a lead field')
    .transform((v) => v as ColumnTarget),
);

const defaults = z
  .object({
    industry: z.string().trim().max(100).optional(),
    source: z.string().trim().max(50).optional(),
    country: z.string().trim().max(100).optional(),
    tags: z.array(z.string().trim().min(1).max(100)).max(50).optional(),
  })
  .strict();
export type ImportDefaultsInput = z.infer<typeof defaults>;

export interface CsvLayout {
  encoding: string;
  delimiter: string;
  newline: string;
  headerRowIndex: number;
  confidence: number;
}

export interface ImportPreview {
  fileName: string;
  sizeBytes: number;
  layout: CsvLayout;
  headers: string[];
  /** The first rows as the import will read them: row number (as Excel counts) and values. */
  rows: { rowNumber: number; values: string[] }[];
  failedRows: { rowNumber: number; reason: string }[];
  warnings: string[];
  format: ImportFormat;
  mapping: Record<string, ColumnTarget>;
  /** The saved mapping that was re-applied, if this header set was imported before. */
  preset: { name: string; defaults: ImportDefaultsInput } | null;
}

export interface ImportBatchSummary extends ImportCounts {
  id: string;
  name: string;
  fileName: string | null;
  status: ImportStatusValue;
  /** Running in this app (can be cancelled from here). */
  runningHere: boolean;
  hasErrorReport: boolean;
  mapping: Record<string, string>;
  dedupe: DedupeStrategy;
  format: string;
  presetName: string | null;
  defaults: { industry: string | null; source: string | null; tags: string[] };
  fileWarnings: string[];
  notes: string | null;
  createdAt: string;
  completedAt: string | null;
  undoneAt: string | null;
  undoKeptLeads: number | null;
}

export interface BatchLeadPreview {
  id: string;
  companyName: string;
  contactName: string | null;
  email: string | null;
  phone: string | null;
  website: string | null;
  city: string | null;
  country: string | null;
  industry: string;
}

export interface ImportPresetInfo {
  name: string;
  headerSignature: string;
  columns: number;
  updatedAt: string;
}

export const importsContract = {
  'imports.preview': procedure(
    z.object({ source: importSource, overrides: csvOverrides.default({}), presetName: z.string().max(255).optional() }).strict(),
  ).returns<ImportPreview>(),
  /** Fields a mapping and defaults leave empty for every row: the wizard blocks the import on them. */
  'imports.checkMapping': procedure(z.object({ mapping, defaults: defaults.default({}) }).strict()).returns<{ missing: LeadFieldName[] }>(),
  'imports.start': procedure(
    z
      .object({
        source: importSource,
        overrides: csvOverrides.default({}),
        mapping,
        defaults: defaults.default({}),
        dedupe: z.enum(dedupeStrategies).default('skip'),
        presetName: z.string().trim().max(255).optional(),
      })
      .strict(),
  ).returns<{ batchId: string }>(),
  'imports.cancel': procedure(z.object({ batchId: z.uuid() }).strict()).returns<{ cancelled: boolean }>(),
  'imports.summary': procedure(z.object({ batchId: z.uuid() }).strict()).returns<ImportBatchSummary>(),
  'imports.listBatches': procedure(z.object({}).strict()).returns<ImportBatchSummary[]>(),
  'imports.batchLeads': procedure(z.object({ batchId: z.uuid(), limit: z.number().int().min(1).max(100).default(10) }).strict()).returns<{
    total: number;
    leads: BatchLeadPreview[];
  }>(),
  'imports.undo': procedure(z.object({ batchId: z.uuid() }).strict()).returns<{ removed: number; kept: number }>(),
  /** Copies the error CSV to a path the user chose (Electron's save dialog; the bridge serves it at GET /imports/errors/<batchId>). */
  'imports.saveErrorReport': procedure(z.object({ batchId: z.uuid(), path: z.string().min(1).max(4096).optional() }).strict()).returns<{
    path: string | null;
  }>(),
  'imports.listPresets': procedure(z.object({}).strict()).returns<ImportPresetInfo[]>(),
};

export interface ImportProgressEvent extends ImportCounts {
  batchId: string;
  bytesRead: number;
  totalBytes: number;
  rowsPerSecond: number;
  etaSeconds: number | null;
}
