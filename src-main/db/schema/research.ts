import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import { scrapingJobStatus } from './enums';
import { leads } from './leads';

const tz = { withTimezone: true, mode: 'date' } as const;

/**
 * Website analysis results by domain, reused for 30 days so re-importing or re-scoring
 * a lead does not fetch its site again. Booleans: null means the check did not run.
 */
export const websiteAnalysisCache = pgTable(
  'website_analysis_cache',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    // Unique: the analyser upserts by domain.
    domain: varchar('domain', { length: 255 })
      .notNull()
      .unique('website_analysis_cache_domain_unique'),

    hasBookingKeywords: boolean('has_booking_keywords'),
    bookingKeywordScore: integer('booking_keyword_score'),
    currentBookingTool: varchar('current_booking_tool', { length: 100 }),
    hasAppointmentForm: boolean('has_appointment_form'),
    hasCalendar: boolean('has_calendar'),
    hasPricing: boolean('has_pricing'),
    hasGallery: boolean('has_gallery'),
    hasReviews: boolean('has_reviews'),
    hasContactForm: boolean('has_contact_form'),
    hasPhoneOnly: boolean('has_phone_only'),
    multiLocation: boolean('multi_location'),
    servicesCount: integer('services_count'),
    languageSupport: varchar('language_support', { length: 255 })
      .array()
      .default(sql`'{}'::varchar[]`)
      .notNull(),

    // Raw scraped data, kept so scoring rules can change without re-fetching.
    analysisData: jsonb('analysis_data').$type<Record<string, unknown>>(),

    lastAnalyzedAt: timestamp('last_analyzed_at', tz),
    // lastAnalyzedAt + 30 days; a row past it is treated as a miss.
    expiresAt: timestamp('expires_at', tz),

    createdAt: timestamp('created_at', tz).defaultNow().notNull(),
  },
  (t) => [
    // Same range as leads.booking_keyword_score, which is copied from here.
    check(
      'website_analysis_cache_booking_keyword_score_range',
      sql`${t.bookingKeywordScore} between 0 and 10`,
    ),
  ],
);

/** Background web scraping runs (yelp, yellow_pages, ...) and their progress. */
export const scrapingJobs = pgTable('scraping_jobs', {
  id: uuid('id').primaryKey().defaultRandom(),
  source: varchar('source', { length: 50 }).notNull(),
  industry: varchar('industry', { length: 100 }),
  country: varchar('country', { length: 100 }),
  city: varchar('city', { length: 100 }),
  maxResults: integer('max_results'),
  filters: jsonb('filters').$type<Record<string, unknown>>().default({}).notNull(),

  status: scrapingJobStatus('status').default('queued').notNull(),
  // Percent, 0-100.
  progress: integer('progress').default(0).notNull(),
  leadsFound: integer('leads_found').default(0).notNull(),
  leadsImported: integer('leads_imported').default(0).notNull(),

  errorMessage: text('error_message'),
  resultsJson: jsonb('results_json'),

  startedAt: timestamp('started_at', tz),
  completedAt: timestamp('completed_at', tz),
  createdAt: timestamp('created_at', tz).defaultNow().notNull(),
  // Written by the instance running the job every few seconds: a running job whose heartbeat
  // stopped was left behind by a crash or a quit, and is resumed or failed on the next start.
  heartbeatAt: timestamp('heartbeat_at', tz),
  // Times the job was started or resumed; a job that keeps dying is failed instead of retried forever.
  attempts: integer('attempts').default(0).notNull(),
});

/**
 * The websites one website-analysis job covers, one row each, so a resumed job redoes exactly the
 * rows that were not finished. A row comes from a lead, or from a pasted address (leadId null
 * when no lead has that website). `summary` is what the job's result list shows.
 */
export const researchJobLeads = pgTable(
  'research_job_leads',
  {
    jobId: uuid('job_id')
      .notNull()
      .references(() => scrapingJobs.id, { onDelete: 'cascade' }),
    // Order of the selection, so results read in the order the leads were picked.
    position: integer('position').notNull(),
    // A lead deleted while its job runs keeps its row (the site is still analysed and cached).
    leadId: uuid('lead_id').references(() => leads.id, { onDelete: 'set null' }),
    website: varchar('website', { length: 255 }).notNull(),
    // pending | done | failed
    state: varchar('state', { length: 20 }).default('pending').notNull(),
    summary: jsonb('summary').$type<Record<string, unknown>>(),
    finishedAt: timestamp('finished_at', tz),
  },
  (t) => [
    primaryKey({ columns: [t.jobId, t.position] }),
    index('research_job_leads_job_state_idx').on(t.jobId, t.state),
    index('research_job_leads_lead_idx').on(t.leadId),
  ],
);

export type WebsiteAnalysis = typeof websiteAnalysisCache.$inferSelect;
export type NewWebsiteAnalysis = typeof websiteAnalysisCache.$inferInsert;
export type ScrapingJob = typeof scrapingJobs.$inferSelect;
export type NewScrapingJob = typeof scrapingJobs.$inferInsert;
export type ResearchJobLead = typeof researchJobLeads.$inferSelect;
