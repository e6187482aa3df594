import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import { doNotContactKind, doNotContactReason } from './enums';

const tz = { withTimezone: true, mode: 'date' } as const;

/** SMTP accounts; the sender fails over from the primary in priority order. */
export const smtpConfig = pgTable(
  'smtp_config',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    // gmail, outlook, sendgrid, mailgun, ses, custom
    provider: varchar('provider', { length: 100 }).notNull(),
    providerName: varchar('provider_name', { length: 100 }).notNull(),

    host: varchar('host', { length: 255 }).notNull(),
    port: integer('port').notNull(),
    // Implicit TLS (port 465); false means STARTTLS when the server offers it.
    secure: boolean('secure').default(false).notNull(),
    username: varchar('username', { length: 255 }),
    // Ciphertext from the app's SecretStore, never the plain password. text, not the spec's
    // varchar(500): base64 ciphertext plus its envelope can outgrow 500 for a long secret.
    password: text('password'),
    fromEmail: varchar('from_email', { length: 255 }).notNull(),
    fromName: varchar('from_name', { length: 255 }),

    // Null means no limit of our own; the provider's still applies.
    dailyLimit: integer('daily_limit'),
    hourlyLimit: integer('hourly_limit'),

    isActive: boolean('is_active').default(true).notNull(),
    isPrimary: boolean('is_primary').default(false).notNull(),
    // Failover order, lowest first.
    priority: integer('priority').default(0).notNull(),

    documentationUrl: varchar('documentation_url', { length: 500 }),
    setupNotes: text('setup_notes'),

    // Reset by the sender when lastResetAt falls in an earlier hour or day.
    emailsSentToday: integer('emails_sent_today').default(0).notNull(),
    emailsSentThisHour: integer('emails_sent_this_hour').default(0).notNull(),
    lastResetAt: timestamp('last_reset_at', tz),

    // --- Delivery engine state (migration 0002), kept here so it survives restarts ---
    // Optional Reply-To header for every email from this account.
    replyTo: varchar('reply_to', { length: 255 }),
    // A provider-level failure (535 auth, quota, 421, refused connections) rests the account
    // until then; the next active account by priority takes over.
    restingUntil: timestamp('resting_until', tz),
    restReason: text('rest_reason'),
    // Connection-level failures in a row: each one lengthens the next rest.
    consecutiveFailures: integer('consecutive_failures').default(0).notNull(),
    // The random gap between sends: no send from this account before this time.
    nextSendAt: timestamp('next_send_at', tz),

    createdAt: timestamp('created_at', tz).defaultNow().notNull(),
    updatedAt: timestamp('updated_at', tz).defaultNow().notNull(),
  },
  (t) => [
    // Failover starts from "the" primary: at most one row may claim it.
    uniqueIndex('smtp_config_single_primary_unique')
      .on(t.isPrimary)
      .where(sql`${t.isPrimary}`),
  ],
);

export type SmtpConfig = typeof smtpConfig.$inferSelect;
export type NewSmtpConfig = typeof smtpConfig.$inferInsert;

/**
 * Addresses and whole domains that must never receive an email: every send checks it. Values are
 * stored lower-case; the unique index on lower(value) keeps one entry per address or domain.
 */
export const doNotContact = pgTable(
  'do_not_contact',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: doNotContactKind('kind').notNull(),
    value: varchar('value', { length: 255 }).notNull(),
    reason: doNotContactReason('reason').notNull(),
    note: text('note'),
    createdAt: timestamp('created_at', tz).defaultNow().notNull(),
  },
  (t) => [
    uniqueIndex('do_not_contact_value_unique').on(sql`lower(${t.value})`),
    // The list page, newest first.
    index('do_not_contact_created_at_idx').on(t.createdAt),
  ],
);

export type DoNotContactEntry = typeof doNotContact.$inferSelect;
