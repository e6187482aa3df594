import { integer, jsonb, pgTable, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';

/** One CSV or LinkedIn import: its counters feed the import summary and batch analytics. */
export const leadBatches = pgTable('lead_batches', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: varchar('name', { length: 255 }).notNull(),
  sourceFile: varchar('source_file', { length: 255 }),
  uploadedBy: varchar('uploaded_by', { length: 255 }),

  totalLeads: integer('total_leads').default(0).notNull(),
  successfulImports: integer('successful_imports').default(0).notNull(),
  failedImports: integer('failed_imports').default(0).notNull(),
  duplicatesSkipped: integer('duplicates_skipped').default(0).notNull(),

  // Enrichment flags and the column mapping, kept so an import can be explained or repeated.
  importSettings: jsonb('import_settings').$type<Record<string, unknown>>().default({}).notNull(),
  notes: text('notes'),

  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).defaultNow().notNull(),
  // Null while the import runs; the counters above are final once it is set.
  completedAt: timestamp('completed_at', { withTimezone: true, mode: 'date' }),
});

export type LeadBatch = typeof leadBatches.$inferSelect;
export type NewLeadBatch = typeof leadBatches.$inferInsert;
