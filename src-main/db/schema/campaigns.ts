import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import type { LeadFilter } from '../../../src-shared/contract/leads';
import { campaignStatus, scheduleType } from './enums';
import { leadBatches } from './imports';
import { leads } from './leads';
import { emailTemplates } from './templates';
import { workflows } from './workflows';

const tz = { withTimezone: true, mode: 'date' } as const;

/** Campaign settings, schedule and denormalised metrics. */
export const campaigns = pgTable('campaigns', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: varchar('name', { length: 255 }).notNull(),
  description: text('description'),
  // automated, manual
  campaignType: varchar('campaign_type', { length: 50 }),
  // The batch whose leads this campaign was made for; the campaign outlives the batch record.
  batchId: uuid('batch_id').references(() => leadBatches.id, {
    onDelete: 'set null',
  }),

  // Target criteria; an empty list means "any".
  industry: varchar('industry', { length: 100 }),
  targetCountries: varchar('target_countries', { length: 100 })
    .array()
    .default(sql`'{}'::varchar[]`)
    .notNull(),
  targetCities: varchar('target_cities', { length: 100 })
    .array()
    .default(sql`'{}'::varchar[]`)
    .notNull(),
  companySize: varchar('company_size', { length: 50 }),

  leadsPerDay: integer('leads_per_day').default(50).notNull(),
  // Restrict: a campaign that has sent its first email must not lose the template behind it.
  emailTemplateId: uuid('email_template_id').references(() => emailTemplates.id, {
    onDelete: 'restrict',
  }),
  // Restrict: a running campaign must not lose its sequence; archive the workflow instead.
  workflowId: uuid('workflow_id').references(() => workflows.id, {
    onDelete: 'restrict',
  }),
  followUpEnabled: boolean('follow_up_enabled').default(true).notNull(),
  followUp1DelayDays: integer('follow_up_1_delay_days').default(3).notNull(),
  followUp2DelayDays: integer('follow_up_2_delay_days').default(5).notNull(),

  status: campaignStatus('status').default('draft').notNull(),
  scheduleType: scheduleType('schedule_type').default('manual').notNull(),
  // HH:MM in the user's local time zone.
  scheduleTime: varchar('schedule_time', { length: 10 }),
  startDate: timestamp('start_date', tz),
  endDate: timestamp('end_date', tz),

  usesLinkedin: boolean('uses_linkedin').default(false).notNull(),
  usesApollo: boolean('uses_apollo').default(false).notNull(),
  usesPeopleDL: boolean('uses_people_dl').default(false).notNull(),
  usesGooglePlaces: boolean('uses_google_places').default(false).notNull(),
  usesWebScraping: boolean('uses_web_scraping').default(false).notNull(),

  // Denormalised from emails so the campaign list does not aggregate on every render.
  leadsGenerated: integer('leads_generated').default(0).notNull(),
  emailsSent: integer('emails_sent').default(0).notNull(),
  emailsOpened: integer('emails_opened').default(0).notNull(),
  emailsClicked: integer('emails_clicked').default(0).notNull(),
  responsesReceived: integer('responses_received').default(0).notNull(),

  lastRunAt: timestamp('last_run_at', tz),

  // Scheduling (src-shared/domain/campaign-schedule reads these). Days are 0 (Sunday) to 6.
  windowDays: smallint('window_days').array().default(sql`'{1,2,3,4,5}'::smallint[]`).notNull(),
  windowStart: varchar('window_start', { length: 5 }).default('09:00').notNull(),
  windowEnd: varchar('window_end', { length: 5 }).default('17:00').notNull(),
  // 'fixed': the window is read in time_zone; 'recipient': in each lead's inferred zone.
  timeZoneMode: varchar('time_zone_mode', { length: 20 }).default('recipient').notNull(),
  timeZone: varchar('time_zone', { length: 64 }).default('UTC').notNull(),
  scheduleDays: smallint('schedule_days').array(),
  scheduleCron: varchar('schedule_cron', { length: 120 }),
  // Sending accounts rotated among; empty means every active account.
  accountIds: uuid('account_ids').array().default(sql`'{}'::uuid[]`).notNull(),
  // Who the campaign is for: a lead filter, hand-picked leads, or an import batch (batch_id).
  audienceKind: varchar('audience_kind', { length: 20 }).default('filter').notNull(),
  audienceFilter: jsonb('audience_filter').$type<LeadFilter>().default({}).notNull(),
  audienceLeadIds: uuid('audience_lead_ids').array().default(sql`'{}'::uuid[]`).notNull(),
  excludeActiveElsewhere: boolean('exclude_active_elsewhere').default(true).notNull(),
  activatedAt: timestamp('activated_at', tz),
  completedAt: timestamp('completed_at', tz),
  createdAt: timestamp('created_at', tz).defaultNow().notNull(),
  updatedAt: timestamp('updated_at', tz).defaultNow().notNull(),
});

/** Which leads a campaign targets, and whether the campaign has handled each yet. */
export const campaignLeads = pgTable(
  'campaign_leads',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    // A membership row means nothing once either side is gone.
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => campaigns.id, { onDelete: 'cascade' }),
    leadId: uuid('lead_id')
      .notNull()
      .references(() => leads.id, { onDelete: 'cascade' }),
    addedAt: timestamp('added_at', tz).defaultNow().notNull(),
    processed: boolean('processed').default(false).notNull(),
    processedAt: timestamp('processed_at', tz),
    // Per-lead progress of the sequence. 'queued' leads are targeted but not yet enrolled.
    state: varchar('state', { length: 20 }).default('queued').notNull(),
    enrolledAt: timestamp('enrolled_at', tz),
    // The campaign-local day ("YYYY-MM-DD") the enrolment counts against (leadsPerDay).
    enrolledDay: varchar('enrolled_day', { length: 10 }),
    stepReached: integer('step_reached').default(0).notNull(),
    lastSentAt: timestamp('last_sent_at', tz),
    nextDueAt: timestamp('next_due_at', tz),
    leftReason: varchar('left_reason', { length: 50 }),
    timeZone: varchar('time_zone', { length: 64 }),
    // Follow-ups go from the first email's account, in its thread.
    smtpConfigId: uuid('smtp_config_id'),
    lastEmailId: uuid('last_email_id'),
    firstSubject: varchar('first_subject', { length: 500 }),
  },
  (t) => [
    // The scheduler tick reads the leads whose next step is due, across campaigns.
    index('campaign_leads_state_due_idx').on(t.state, t.nextDueAt),
    // Enrolment: the next targeted leads of a campaign, and how many it enrolled on a day.
    index('campaign_leads_campaign_state_added_idx').on(t.campaignId, t.state, t.addedAt),
    index('campaign_leads_campaign_day_idx').on(t.campaignId, t.enrolledDay),
    // Adding leads to a campaign is idempotent (ON CONFLICT DO NOTHING); also serves by-campaign reads.
    uniqueIndex('campaign_leads_campaign_lead_unique').on(t.campaignId, t.leadId),
    // Deleting leads (undo import) cascades here; without it each deleted lead scans the table.
    index('campaign_leads_lead_id_idx').on(t.leadId),
  ],
);

export type Campaign = typeof campaigns.$inferSelect;
export type NewCampaign = typeof campaigns.$inferInsert;
export type CampaignLead = typeof campaignLeads.$inferSelect;
export type NewCampaignLead = typeof campaignLeads.$inferInsert;
