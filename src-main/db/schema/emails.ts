import { sql } from 'drizzle-orm';
import {
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import { campaigns } from './campaigns';
import { emailStatus } from './enums';
import { leads } from './leads';

const tz = { withTimezone: true, mode: 'date' } as const;

/**
 * Every email queued or sent, with delivery and engagement tracking.
 * No updatedAt: each state change has its own timestamp (sentAt, openedAt, ...).
 */
export const emails = pgTable(
  'emails',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    // An email to a deleted lead has no one to attribute it to.
    leadId: uuid('lead_id')
      .notNull()
      .references(() => leads.id, { onDelete: 'cascade' }),
    // Set null: deleting a campaign keeps the delivery history of its emails.
    campaignId: uuid('campaign_id').references(() => campaigns.id, {
      onDelete: 'set null',
    }),

    subject: varchar('subject', { length: 500 }).notNull(),
    bodyText: text('body_text').notNull(),
    bodyHtml: text('body_html'),
    // initial, follow_up_1, follow_up_2
    followUpStage: varchar('follow_up_stage', { length: 50 }),

    status: emailStatus('status').default('queued').notNull(),
    sentAt: timestamp('sent_at', tz),
    deliveredAt: timestamp('delivered_at', tz),
    openedAt: timestamp('opened_at', tz),
    clickedAt: timestamp('clicked_at', tz),
    bouncedAt: timestamp('bounced_at', tz),

    errorMessage: text('error_message'),
    // The provider's Message-ID, used to match bounces and replies back to this row.
    externalId: varchar('external_id', { length: 255 }),
    openCount: integer('open_count').default(0).notNull(),
    clickCount: integer('click_count').default(0).notNull(),

    metadata: jsonb('metadata').$type<Record<string, unknown>>().default({}).notNull(),

    createdAt: timestamp('created_at', tz).defaultNow().notNull(),
  },
  (t) => [
    // A lead's email history, and the cascade when leads are deleted.
    index('emails_lead_id_idx').on(t.leadId),
    // Campaign metrics and the campaign page's per-status lists.
    index('emails_campaign_id_status_idx').on(t.campaignId, t.status),
    // The sender claims queued emails oldest first (FOR UPDATE SKIP LOCKED); kept small by the filter.
    index('emails_queued_created_at_idx')
      .on(t.createdAt)
      .where(sql`${t.status} = 'queued'`),
  ],
);

export type Email = typeof emails.$inferSelect;
export type NewEmail = typeof emails.$inferInsert;
