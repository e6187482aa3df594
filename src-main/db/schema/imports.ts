import { index, integer, jsonb, pgTable, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';
import { importStatus } from './enums';

const tz = { withTimezone: true, mode: 'date' } as const;

/**
 * One CSV or LinkedIn import: its counters feed the import summary and batch analytics.
 * The counters are committed in the same transaction as the rows they count, so after a
 * cancel or a crash `totalLeads = successfulImports + updatedLeads + duplicatesSkipped + failedImports`
 * still holds for the rows read so far.
 */
export const leadBatches = pgTable(
  'lead_batches',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: varchar('name', { length: 255 }).notNull(),
    sourceFile: varchar('source_file', { length: 255 }),
    uploadedBy: varchar('uploaded_by', { length: 255 }),
    status: importStatus('status').default('running').notNull(),

    // Rows of the file taken so far (data rows, failed ones included).
    totalLeads: integer('total_leads').default(0).notNull(),
    successfulImports: integer('successful_imports').default(0).notNull(),
    // Existing leads the import changed (dedupe strategy fill or overwrite).
    updatedLeads: integer('updated_leads').default(0).notNull(),
    failedImports: integer('failed_imports').default(0).notNull(),
    duplicatesSkipped: integer('duplicates_skipped').default(0).notNull(),

    // Mapping, defaults, dedupe strategy, detected CSV settings and header signature, so an
    // import can be explained or repeated.
    importSettings: jsonb('import_settings').$type<Record<string, unknown>>().default({}).notNull(),
    // The CSV of failed rows (row number, column, reason, values), in the data folder.
    errorReportPath: text('error_report_path'),
    notes: text('notes'),

    createdAt: timestamp('created_at', tz).defaultNow().notNull(),
    // Bumped with every committed chunk: on a shared server, a running batch whose heartbeat
    // stopped belongs to an instance that died.
    heartbeatAt: timestamp('heartbeat_at', tz),
    // Null while the import runs; the counters above are final once it is set.
    completedAt: timestamp('completed_at', tz),
    undoneAt: timestamp('undone_at', tz),
    // Leads an undo left in place because they had been edited since the import.
    undoKeptLeads: integer('undo_kept_leads'),
  },
  (t) => [index('lead_batches_created_at_idx').on(t.createdAt)],
);

/** A saved column mapping, re-applied when a file with the same set of headers comes again. */
export const importPresets = pgTable(
  'import_presets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: varchar('name', { length: 255 }).notNull().unique(),
    // headerSignature() of the file the mapping was made for.
    headerSignature: varchar('header_signature', { length: 64 }).notNull(),
    mapping: jsonb('mapping').$type<Record<string, string>>().notNull(),
    defaults: jsonb('defaults').$type<Record<string, unknown>>().default({}).notNull(),
    createdAt: timestamp('created_at', tz).defaultNow().notNull(),
    updatedAt: timestamp('updated_at', tz).defaultNow().notNull(),
  },
  (t) => [index('import_presets_header_signature_idx').on(t.headerSignature)],
);

export type LeadBatch = typeof leadBatches.$inferSelect;
export type NewLeadBatch = typeof leadBatches.$inferInsert;
export type ImportPreset = typeof importPresets.$inferSelect;
