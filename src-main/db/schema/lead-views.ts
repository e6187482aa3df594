import { index, jsonb, pgTable, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';
import type { LeadFilter, LeadSort } from '../../../src-shared/contract/leads';
import type { LeadColumnState } from '../../../src-shared/domain/lead-columns';

const tz = { withTimezone: true, mode: 'date' } as const;

/** A named lead filter with its columns and sort ("Hot dentists in Lyon"), listed in the sidebar. */
export const savedViews = pgTable('saved_views', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: varchar('name', { length: 120 }).notNull(),
  filter: jsonb('filter').$type<LeadFilter>().default({}).notNull(),
  // Null: the view keeps the table's current columns / default sort.
  columns: jsonb('columns').$type<LeadColumnState[]>(),
  sort: jsonb('sort').$type<LeadSort>(),
  createdAt: timestamp('created_at', tz).defaultNow().notNull(),
  updatedAt: timestamp('updated_at', tz).defaultNow().notNull(),
});

/**
 * Snapshots of deleted leads, so a delete can be undone: the lead row, its campaign memberships and
 * its emails as JSON, under the token the user's Undo sends back. Purged after 7 days.
 * Not in the spec's data model: it closes the gap "a bulk delete of 10,000 leads cannot be undone".
 */
export const deletedLeads = pgTable(
  'deleted_leads',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    undoToken: uuid('undo_token').notNull(),
    leadId: uuid('lead_id').notNull(),
    lead: jsonb('lead').$type<Record<string, unknown>>().notNull(),
    campaignLeads: jsonb('campaign_leads').$type<Record<string, unknown>[]>().default([]).notNull(),
    emails: jsonb('emails').$type<Record<string, unknown>[]>().default([]).notNull(),
    deletedAt: timestamp('deleted_at', tz).defaultNow().notNull(),
  },
  (t) => [index('deleted_leads_undo_token_idx').on(t.undoToken), index('deleted_leads_deleted_at_idx').on(t.deletedAt)],
);

export type SavedViewRow = typeof savedViews.$inferSelect;
