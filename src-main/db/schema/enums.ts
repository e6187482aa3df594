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

export const emailStatus = pgEnum('email_status', [
  'queued',
  'sent',
  'delivered',
  'opened',
  'clicked',
  'bounced',
  'failed',
  'spam',
]);

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
export const importStatuses = importStatus.enumValues;

export type LeadStatus = (typeof leadStatuses)[number];
export type VerificationStatus = (typeof verificationStatuses)[number];
export type CampaignStatus = (typeof campaignStatuses)[number];
export type ScheduleType = (typeof scheduleTypes)[number];
export type EmailStatus = (typeof emailStatuses)[number];
export type TemplateCategory = (typeof templateCategories)[number];
export type ScrapingJobStatus = (typeof scrapingJobStatuses)[number];
export type ImportStatus = (typeof importStatuses)[number];
