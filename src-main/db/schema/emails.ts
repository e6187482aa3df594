import { sql } from 'drizzle-orm';
import {
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import { campaigns } from './campaigns';
import { emailStatus } from './enums';
import { leads } from './leads';
import { smtpConfig } from './sending';

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

    // --- The delivery queue (migration 0002) ---
    // The account that sent it, or the one it must be sent from when set at enqueue (follow-ups
    // go out from the account of the first step so they thread). Set null: history survives the account.
    smtpConfigId: uuid('smtp_config_id').references(() => smtpConfig.id, { onDelete: 'set null' }),
    // 1 for the first email of a sequence, 2 for the first follow-up, ...
    stepNumber: integer('step_number').default(1).notNull(),
    // When the scheduler wants it sent; nextAttemptAt moves later on retries.
    scheduledAt: timestamp('scheduled_at', tz).defaultNow().notNull(),
    nextAttemptAt: timestamp('next_attempt_at', tz).defaultNow().notNull(),
    // SMTP attempts that failed before the message was handed over (bounded, then 'failed').
    attempts: integer('attempts').default(0).notNull(),
    // Our Message-ID header, written before the SMTP conversation starts and kept across retries,
    // so a message can always be recognised (replies, bounces, duplicates).
    messageId: varchar('message_id', { length: 255 }),
    // The Message-ID this email answers (sequence steps sent as replies): In-Reply-To and References.
    inReplyTo: varchar('in_reply_to', { length: 255 }),
    // Which engine holds it while 'sending', and since when.
    claimedBy: varchar('claimed_by', { length: 100 }),
    claimedAt: timestamp('claimed_at', tz),
    // The server's own last reply ("250 2.0.0 Ok: queued as …", "550 5.1.1 …").
    smtpResponse: text('smtp_response'),
    // Why a queued email is not going out yet, or why it was skipped: free text so other parts
    // (campaign windows, replies) can add their own reasons without a migration.
    waitReason: varchar('wait_reason', { length: 100 }),

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
    // The engine's claim: due queued emails, soonest first.
    index('emails_queued_next_attempt_idx')
      .on(t.nextAttemptAt, t.id)
      .where(sql`${t.status} = 'queued'`),
    // One email per campaign, lead and step: a second enqueue is impossible (ON CONFLICT DO NOTHING).
    // Emails without a campaign (campaign_id null) are not constrained: NULLs are distinct.
    uniqueIndex('emails_campaign_lead_step_unique').on(t.campaignId, t.leadId, t.stepNumber),
    // Caps over rolling windows: an account's sends in the last hour and day.
    index('emails_smtp_config_claimed_at_idx').on(t.smtpConfigId, t.claimedAt),
    // The delivery log, filtered by state, newest first.
    index('emails_status_created_at_idx').on(t.status, t.createdAt),
    uniqueIndex('emails_message_id_unique').on(t.messageId),
  ],
);

export type Email = typeof emails.$inferSelect;
export type NewEmail = typeof emails.$inferInsert;
