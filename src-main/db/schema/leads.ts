import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import { leadStatus, verificationStatus } from './enums';
import { leadBatches } from './imports';

const tz = { withTimezone: true, mode: 'date' } as const;

/** The central table: one row per prospect, with its scoring and engagement counters. */
export const leads = pgTable(
  'leads',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    companyName: varchar('company_name', { length: 255 }).notNull(),
    website: varchar('website', { length: 255 }),
    email: varchar('email', { length: 255 }),
    phone: varchar('phone', { length: 50 }),
    contactName: varchar('contact_name', { length: 255 }),
    jobTitle: varchar('job_title', { length: 255 }),
    country: varchar('country', { length: 100 }),
    city: varchar('city', { length: 100 }),
    address: text('address'),
    industry: varchar('industry', { length: 100 }).notNull(),
    businessType: varchar('business_type', { length: 100 }),
    companySize: varchar('company_size', { length: 50 }),

    // Source & quality. source: apollo, hunter, google_places, linkedin, manual, ...
    source: varchar('source', { length: 50 }).notNull(),
    sourceType: varchar('source_type', { length: 50 }),
    // Deleting a batch record keeps its leads; undoing an import deletes its leads explicitly.
    batchId: uuid('batch_id').references(() => leadBatches.id, {
      onDelete: 'set null',
    }),
    // Null until the lead has been scored.
    qualityScore: integer('quality_score'),
    verificationStatus: verificationStatus('verification_status').default('unverified').notNull(),

    // Outreach status
    status: leadStatus('status').default('new').notNull(),
    followUpStage: varchar('follow_up_stage', { length: 50 }),
    lastContactedAt: timestamp('last_contacted_at', tz),
    lastRespondedAt: timestamp('last_responded_at', tz),

    // Engagement counters, denormalised from emails so lists can sort on them.
    emailsSent: integer('emails_sent').default(0).notNull(),
    emailsOpened: integer('emails_opened').default(0).notNull(),
    emailsClicked: integer('emails_clicked').default(0).notNull(),

    // Digital presence and website analysis: null means "not analysed yet", not "no".
    hasGoogleMapsListing: boolean('has_google_maps_listing'),
    googleRating: numeric('google_rating', {
      precision: 3,
      scale: 2,
      mode: 'number',
    }),
    googleReviewCount: integer('google_review_count'),
    hasBookingKeywords: boolean('has_booking_keywords'),
    bookingKeywordScore: integer('booking_keyword_score'),
    currentBookingTool: varchar('current_booking_tool', { length: 100 }),
    hasAppointmentForm: boolean('has_appointment_form'),
    hasOnlineBooking: boolean('has_online_booking'),
    hasMultiLocation: boolean('has_multi_location'),
    servicesCount: integer('services_count'),

    // Qualification signals. bookingPotential: low, medium, high
    bookingPotential: varchar('booking_potential', { length: 20 }),
    digitalMaturityScore: integer('digital_maturity_score'),
    isDecisionMaker: boolean('is_decision_maker'),

    // Business intelligence. priceLevel comes from Google Places as is (no check: Places also sends 0).
    hasWeekendHours: boolean('has_weekend_hours'),
    responseTime: varchar('response_time', { length: 50 }),
    priceLevel: integer('price_level'),

    notes: text('notes'),
    tags: varchar('tags', { length: 100 })
      .array()
      .default(sql`'{}'::varchar[]`)
      .notNull(),
    // Imported columns that have no field of their own, by column name.
    customFields: jsonb('custom_fields').$type<Record<string, string>>().default({}).notNull(),
    linkedinUrl: varchar('linkedin_url', { length: 500 }),
    // The import's duplicate key for leads without an email: 'd:<domain>|<company>' or 'p:<E.164>'
    // (see dedupeKeys). Leads with an email are matched on lower(email) instead.
    dedupeKey: varchar('dedupe_key', { length: 400 }),
    linkedinSalesNavData: jsonb('linkedin_sales_nav_data').$type<Record<string, unknown>>(),

    createdAt: timestamp('created_at', tz).defaultNow().notNull(),
    updatedAt: timestamp('updated_at', tz).defaultNow().notNull(),
  },
  (t) => [
    index('leads_source_idx').on(t.source),
    // No index on status (the spec lists one): nine values make it useless for selective reads, and
    // without it a bulk status change is a HOT update that touches no index (see migration 0002).
    // Sort indexes hold empty values first, so one backward scan serves "DESC NULLS LAST" too.
    index('leads_quality_score_idx').on(t.qualityScore.asc().nullsFirst(), t.id),
    index('leads_batch_id_idx').on(t.batchId),
    // The app dedupes leads by case-insensitive email; the import and the lead editor rely on it.
    uniqueIndex('leads_email_lower_unique')
      .on(sql`lower(${t.email})`)
      .where(sql`${t.email} is not null`),
    index('leads_dedupe_key_idx')
      .on(t.dedupeKey)
      .where(sql`${t.dedupeKey} is not null`),
    // Default sort of the lead list ("newest first"), paged on the server.
    index('leads_created_at_idx').on(t.createdAt),
    // Lead table: search as you type (ILIKE '%…%') over the fields the search box covers. The same
    // expression is in leadSearchDocument (services/leads/build-lead-filter.ts): keep them equal.
    index('leads_search_trgm_idx').using(
      'gin',
      sql`(${t.companyName} || ' ' || coalesce(${t.contactName}, '') || ' ' || coalesce(${t.email}, '') || ' ' || coalesce(${t.website}, '') || ' ' || coalesce(${t.city}, '') || ' ' || coalesce(${t.notes}, '')) gin_trgm_ops`,
    ),
    // Lead table: tag filters (any: &&, all: @>) and the sorts and filters users reach for most.
    index('leads_tags_idx').using('gin', t.tags),
    // Industry first, then city: "dentists in Lyon" is one index range, not two bitmaps ANDed
    // (75 ms → a few at a million leads); industry alone still uses its leading column.
    index('leads_industry_city_idx').on(t.industry, t.city),
    index('leads_country_city_idx').on(t.country, t.city),
    index('leads_company_name_idx').on(t.companyName, t.id),
    index('leads_last_contacted_at_idx').on(t.lastContactedAt.asc().nullsFirst(), t.id),
    // The spec's documented ranges; the scoring code clamps, this catches a bug that does not.
    check('leads_quality_score_range', sql`${t.qualityScore} between 0 and 100`),
    check('leads_booking_keyword_score_range', sql`${t.bookingKeywordScore} between 0 and 10`),
    check('leads_digital_maturity_score_range', sql`${t.digitalMaturityScore} between 0 and 100`),
  ],
);

export type Lead = typeof leads.$inferSelect;
export type NewLead = typeof leads.$inferInsert;
