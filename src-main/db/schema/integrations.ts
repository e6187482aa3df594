import {
  boolean,
  integer,
  numeric,
  pgTable,
  text,
  timestamp,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';

const tz = { withTimezone: true, mode: 'date' } as const;
const money = { precision: 10, scale: 2, mode: 'number' } as const;

/** Keys and plan limits of the lead source APIs (apollo, hunter, google_places, peopledatalabs). */
export const apiConfig = pgTable('api_config', {
  id: uuid('id').primaryKey().defaultRandom(),
  // Unique: one configuration per API; the clients look theirs up by this name.
  apiSource: varchar('api_source', { length: 50 }).notNull().unique('api_config_api_source_unique'),

  // Ciphertext from the app's SecretStore, never the plain key. text, not the spec's
  // varchar(500): base64 ciphertext plus its envelope can outgrow 500 for a long key.
  apiKey: text('api_key'),
  apiSecret: text('api_secret'),
  planName: varchar('plan_name', { length: 100 }),
  monthlyLimit: integer('monthly_limit'),
  costPerLead: numeric('cost_per_lead', money),
  costPerAPICall: numeric('cost_per_api_call', money),

  isActive: boolean('is_active').default(true).notNull(),
  documentationUrl: varchar('documentation_url', { length: 500 }),
  setupNotes: text('setup_notes'),

  createdAt: timestamp('created_at', tz).defaultNow().notNull(),
  updatedAt: timestamp('updated_at', tz).defaultNow().notNull(),
});

export type ApiConfig = typeof apiConfig.$inferSelect;
export type NewApiConfig = typeof apiConfig.$inferInsert;
