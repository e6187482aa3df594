import {
  date,
  index,
  integer,
  numeric,
  pgTable,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import { leads } from './leads';

const tz = { withTimezone: true, mode: 'date' } as const;
const money = { precision: 10, scale: 2, mode: 'number' } as const;
const percent = { precision: 5, scale: 2, mode: 'number' } as const;

/** Monthly performance per lead source API (apollo, hunter, google_places, linkedin). */
export const apiPerformance = pgTable(
  'api_performance',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    apiSource: varchar('api_source', { length: 50 }).notNull(),

    leadsGenerated: integer('leads_generated').default(0).notNull(),
    leadsConverted: integer('leads_converted').default(0).notNull(),
    emailsFound: integer('emails_found').default(0).notNull(),
    emailsVerified: integer('emails_verified').default(0).notNull(),

    avgLeadScore: numeric('avg_lead_score', {
      precision: 5,
      scale: 2,
      mode: 'number',
    }),
    hotLeadsPercent: numeric('hot_leads_percent', percent),
    warmLeadsPercent: numeric('warm_leads_percent', percent),

    demosBooked: integer('demos_booked').default(0).notNull(),
    trialsStarted: integer('trials_started').default(0).notNull(),
    customersConverted: integer('customers_converted').default(0).notNull(),

    apiCallsUsed: integer('api_calls_used').default(0).notNull(),
    // Null when the plan has no known limit.
    apiCallsLimit: integer('api_calls_limit'),
    costPerLead: numeric('cost_per_lead', money),

    // Calendar dates, read as 'YYYY-MM-DD' strings: a JS Date would shift them across time zones.
    periodStart: date('period_start', { mode: 'string' }).notNull(),
    periodEnd: date('period_end', { mode: 'string' }).notNull(),

    createdAt: timestamp('created_at', tz).defaultNow().notNull(),
    // Not in the spec: the month's counters are updated as it runs.
    updatedAt: timestamp('updated_at', tz).defaultNow().notNull(),
  },
  (t) => [
    // One row per source per period: the monthly roll-up upserts on it instead of double counting.
    uniqueIndex('api_performance_source_period_unique').on(t.apiSource, t.periodStart),
  ],
);

/** One lead's journey from first contact to revenue, for per-source ROI. */
export const leadSourceRoi = pgTable(
  'lead_source_roi',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    // Attribution rows describe a lead; they go with it.
    leadId: uuid('lead_id')
      .notNull()
      .references(() => leads.id, { onDelete: 'cascade' }),
    source: varchar('source', { length: 50 }).notNull(),

    firstContactAt: timestamp('first_contact_at', tz),
    demoBookedAt: timestamp('demo_booked_at', tz),
    trialStartedAt: timestamp('trial_started_at', tz),
    convertedAt: timestamp('converted_at', tz),

    // basic, business, premium
    planType: varchar('plan_type', { length: 50 }),
    mrr: numeric('mrr', money),
    lifetimeValue: numeric('lifetime_value', money),

    attributedSource: varchar('attributed_source', { length: 50 }),
    conversionTimeDays: integer('conversion_time_days'),

    createdAt: timestamp('created_at', tz).defaultNow().notNull(),
    // Not in the spec: a row is updated at each step of the journey.
    updatedAt: timestamp('updated_at', tz).defaultNow().notNull(),
  },
  (t) => [
    // A lead's ROI rows, and the cascade when leads are deleted.
    index('lead_source_roi_lead_id_idx').on(t.leadId),
  ],
);

/** Requests made against each external service in a period, for quota warnings. */
export const apiUsage = pgTable(
  'api_usage',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    service: varchar('service', { length: 50 }).notNull(),
    requestsMade: integer('requests_made').default(0).notNull(),
    // Null when the service has no known limit.
    requestsLimit: integer('requests_limit'),
    periodStart: timestamp('period_start', tz).notNull(),
    periodEnd: timestamp('period_end', tz).notNull(),
    // Integer per the spec: smallest currency unit (cents), so sums never round.
    cost: integer('cost').default(0).notNull(),

    createdAt: timestamp('created_at', tz).defaultNow().notNull(),
    updatedAt: timestamp('updated_at', tz).defaultNow().notNull(),
  },
  (t) => [
    // Each request increments its period's row with an upsert on this key.
    uniqueIndex('api_usage_service_period_unique').on(t.service, t.periodStart),
  ],
);

export type ApiPerformance = typeof apiPerformance.$inferSelect;
export type NewApiPerformance = typeof apiPerformance.$inferInsert;
export type LeadSourceRoi = typeof leadSourceRoi.$inferSelect;
export type NewLeadSourceRoi = typeof leadSourceRoi.$inferInsert;
export type ApiUsage = typeof apiUsage.$inferSelect;
export type NewApiUsage = typeof apiUsage.$inferInsert;
