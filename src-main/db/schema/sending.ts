import { sql } from 'drizzle-orm';
import {
  boolean,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';

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
