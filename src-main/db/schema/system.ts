import { index, jsonb, pgTable, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';

const tz = { withTimezone: true, mode: 'date' } as const;

/** Key-value application settings; the value's shape belongs to the code that owns the key. */
export const settings = pgTable('settings', {
  id: uuid('id').primaryKey().defaultRandom(),
  // Unique: settings are read and upserted by key.
  key: varchar('key', { length: 100 }).notNull().unique('settings_key_unique'),
  value: jsonb('value').notNull(),
  updatedAt: timestamp('updated_at', tz).defaultNow().notNull(),
});

/** Append-only audit trail of what happened to which entity. */
export const activityLog = pgTable(
  'activity_log',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    // lead, campaign, email, ...; no foreign key, so the history survives the entity.
    entityType: varchar('entity_type', { length: 50 }).notNull(),
    entityId: uuid('entity_id').notNull(),
    // created, updated, deleted, sent, opened, ...
    action: varchar('action', { length: 100 }).notNull(),
    description: text('description'),
    metadata: jsonb('metadata').$type<Record<string, unknown>>(),

    createdAt: timestamp('created_at', tz).defaultNow().notNull(),
  },
  (t) => [
    // The activity timeline on a lead's or campaign's page, newest first.
    index('activity_log_entity_created_at_idx').on(t.entityType, t.entityId, t.createdAt),
  ],
);

export type Setting = typeof settings.$inferSelect;
export type NewSetting = typeof settings.$inferInsert;
export type ActivityLogEntry = typeof activityLog.$inferSelect;
export type NewActivityLogEntry = typeof activityLog.$inferInsert;
