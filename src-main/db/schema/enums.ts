import { pgEnum } from 'drizzle-orm/pg-core';

// Postgres enums make the database reject a status the app does not know, whichever client
// (app, CLI, a second instance on a shared server) writes it. Adding a value needs a migration.

export const leadStatus = pgEnum('lead_status', [
  'new',
  'contacted',
  'follow_up_1',
  'follow_up_2',
  'responded',
  'interested',
  'not_interested',
  'invalid',
  'converted',
]);

export const verificationStatus = pgEnum('verification_status', [
  'unverified',
  'email_verified',
  'phone_verified',
  'fully_verified',
]);

export const campaignStatus = pgEnum('campaign_status', [
  'draft',
  'active',
  'paused',
  'completed',
  'archived',
]);

export const scheduleType = pgEnum('schedule_type', [
  'manual',
  'immediate',
  'scheduled',
  'daily',
  'weekly',
  'custom',
]);

// The emails table is the delivery queue, so its status carries the queue's states too. Added to
// the seed's values by migration 0002: 'sending' (claimed by an engine, the SMTP conversation may
// be under way), 'unknown' (the connection broke after the message body went out: SMTP cannot say
// whether it was delivered, so it is never resent automatically and the user decides), 'skipped'
// (never sent on purpose, e.g. the address is on the do-not-contact list) and 'cancelled' (taken
// out of the queue by the user or a stopped campaign). ALTER TYPE … ADD VALUE cannot be used in
// the transaction that adds it, so no migration may use these values in the batch that adds them.
// Migration 0009 adds 'awaiting_approval': an email of a manual campaign, written and scheduled but
// held out of the queue until the user reads, edits and approves it.
export const emailStatus = pgEnum('email_status', [
  'queued',
  'sent',
  'delivered',
  'opened',
  'clicked',
  'bounced',
  'failed',
  'spam',
  'sending',
  'unknown',
  'skipped',
  'cancelled',
  'awaiting_approval',
]);

// Why an address or a domain must never be written to again.
export const doNotContactReason = pgEnum('do_not_contact_reason', ['unsubscribed', 'bounced', 'complained', 'manual']);
export const doNotContactKind = pgEnum('do_not_contact_kind', ['address', 'domain']);

export const templateCategory = pgEnum('template_category', [
  'initial_outreach',
  'follow_up',
  'meeting_request',
  'introduction',
  'product_demo',
  'partnership',
  'general',
  'other',
]);

export const scrapingJobStatus = pgEnum('scraping_job_status', [
  'queued',
  'running',
  'completed',
  'failed',
  'cancelled',
]);

// A CSV import's life: interrupted = the app stopped while it ran (found so at the next start).
export const importStatus = pgEnum('import_status', ['running', 'completed', 'cancelled', 'interrupted', 'failed']);

// Value lists for code that validates or renders choices without touching the database.
export const leadStatuses = leadStatus.enumValues;
export const verificationStatuses = verificationStatus.enumValues;
export const campaignStatuses = campaignStatus.enumValues;
export const scheduleTypes = scheduleType.enumValues;
export const emailStatuses = emailStatus.enumValues;
export const templateCategories = templateCategory.enumValues;
export const scrapingJobStatuses = scrapingJobStatus.enumValues;
export const doNotContactReasons = doNotContactReason.enumValues;
export const doNotContactKinds = doNotContactKind.enumValues;
export const importStatuses = importStatus.enumValues;

export type LeadStatus = (typeof leadStatuses)[number];
export type VerificationStatus = (typeof verificationStatuses)[number];
export type CampaignStatus = (typeof campaignStatuses)[number];
export type ScheduleType = (typeof scheduleTypes)[number];
export type EmailStatus = (typeof emailStatuses)[number];
export type TemplateCategory = (typeof templateCategories)[number];
export type ScrapingJobStatus = (typeof scrapingJobStatuses)[number];
export type DoNotContactReason = (typeof doNotContactReasons)[number];
export type DoNotContactKind = (typeof doNotContactKinds)[number];
export type ImportStatus = (typeof importStatuses)[number];
