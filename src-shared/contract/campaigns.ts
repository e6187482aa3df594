import { z } from 'zod';
import { leadFilterSchema } from './leads';
import { procedure } from './procedure';

export const campaignStatuses = ['draft', 'active', 'paused', 'completed', 'archived'] as const;
export type CampaignStatusValue = (typeof campaignStatuses)[number];
const scheduleTypes = ['manual', 'immediate', 'scheduled', 'daily', 'weekly', 'custom'] as const;
const clockTime = z.string().regex(/^([01]\d|2[0-4]):[0-5]\d$/, 'A time like 09:00');
const day = z.number().int().min(0).max(6);

/** Every setting of the builder; a draft may be saved half-filled, launch checks the rest. */
export const campaignSettingsSchema = z
  .object({
    name: z.string().trim().min(1, 'Name the campaign').max(255),
    description: z.string().max(5000).nullable().default(null),
    campaignType: z.enum(['automated', 'manual']).default('automated'),
    audienceKind: z.enum(['filter', 'picked', 'batch']).default('filter'),
    audienceFilter: leadFilterSchema.default({}),
    audienceLeadIds: z.array(z.uuid()).max(100_000).default([]),
    batchId: z.uuid().nullable().default(null),
    excludeActiveElsewhere: z.boolean().default(true),
    emailTemplateId: z.uuid().nullable().default(null),
    workflowId: z.uuid().nullable().default(null),
    followUpEnabled: z.boolean().default(true),
    followUp1DelayDays: z.number().int().min(1).max(60).default(3),
    followUp2DelayDays: z.number().int().min(1).max(60).default(5),
    accountIds: z.array(z.uuid()).max(50).default([]),
    leadsPerDay: z.number().int().min(1).max(10_000).default(50),
    scheduleType: z.enum(scheduleTypes).default('immediate'),
    scheduleTime: clockTime.nullable().default(null),
    scheduleDays: z.array(day).max(7).nullable().default(null),
    scheduleCron: z.string().trim().max(120).nullable().default(null),
    startDate: z.iso.datetime({ offset: true }).nullable().default(null),
    endDate: z.iso.datetime({ offset: true }).nullable().default(null),
    windowDays: z.array(day).min(1, 'Pick at least one sending day').max(7).default([1, 2, 3, 4, 5]),
    windowStart: clockTime.default('09:00'),
    windowEnd: clockTime.default('17:00'),
    timeZoneMode: z.enum(['fixed', 'recipient']).default('recipient'),
    timeZone: z.string().trim().min(1).max(64).default('UTC'),
  })
  .strict();
export type CampaignSettings = z.output<typeof campaignSettingsSchema>;
export type CampaignSettingsInput = z.input<typeof campaignSettingsSchema>;

export interface CampaignNumbers {
  targeted: number;
  enrolled: number;
  /** Targeted leads not enrolled yet: they start on coming runs, leadsPerDay at a time. */
  waiting: number;
  sent: number;
  queued: number;
  /** Written by a manual campaign and waiting for the user's approval. */
  awaitingApproval: number;
  bounced: number;
  replied: number;
  unknown: number;
  finished: number;
  left: number;
}

export interface CampaignSummary {
  id: string;
  name: string;
  status: CampaignStatusValue;
  campaignType: 'automated' | 'manual';
  scheduleType: (typeof scheduleTypes)[number];
  scheduleInWords: string;
  numbers: CampaignNumbers;
  lastRunAt: string | null;
  nextSendAt: string | null;
  createdAt: string;
}

export interface CampaignDetail extends CampaignSummary {
  settings: CampaignSettings;
  activatedAt: string | null;
  completedAt: string | null;
}

export interface AudiencePreview {
  /** Leads the campaign would send to. */
  count: number;
  sample: Array<{ id: string; companyName: string; contactName: string | null; email: string | null; country: string | null; city: string | null }>;
  excluded: { noEmail: number; doNotContact: number; invalid: number; activeElsewhere: number };
}

export interface CampaignPreflight {
  /** Launch is refused while any of these remain. */
  problems: string[];
  warnings: string[];
  audience: number;
  calendar: {
    days: Array<{ date: string; newLeads: number; firstEmails: number; followUps: number; byAccount: Record<string, { firstEmails: number; followUps: number }> }>;
    accounts: Array<{ id: string; name: string }>;
    projectedFinish: string | null;
    totalSends: number;
  };
}

export interface CampaignLeadRow {
  leadId: string;
  companyName: string;
  email: string | null;
  state: string;
  stepReached: number;
  nextDueAt: string | null;
  lastEmailStatus: string | null;
  leftReason: string | null;
  timeZone: string | null;
}

/** An email a manual campaign wrote, held until the user approves it. */
export interface CampaignDraft {
  emailId: string;
  leadId: string;
  companyName: string;
  contactName: string | null;
  to: string | null;
  step: number;
  subject: string;
  bodyText: string;
  bodyHtml: string | null;
  /** When it was due; an approved email goes out then or, if that has passed, at the next opening of the window. */
  scheduledAt: string;
  editedAt: string | null;
}

const idInput = z.object({ id: z.uuid() }).strict();
/** Which held emails an approval or a skip applies to: these, or every one the campaign holds. */
const draftChoice = z.object({ id: z.uuid(), emailIds: z.union([z.literal('all'), z.array(z.uuid()).min(1).max(500)]) }).strict();

export const campaignsContract = {
  'campaigns.list': procedure(z.object({ includeArchived: z.boolean().default(false) }).strict()).returns<CampaignSummary[]>(),
  'campaigns.get': procedure(idInput).returns<CampaignDetail>(),
  'campaigns.create': procedure(campaignSettingsSchema).returns<CampaignDetail>(),
  'campaigns.update': procedure(z.object({ id: z.uuid(), settings: campaignSettingsSchema }).strict()).returns<CampaignDetail>(),
  'campaigns.previewAudience': procedure(campaignSettingsSchema.partial().extend({ name: z.string().optional() })).returns<AudiencePreview>(),
  'campaigns.preflight': procedure(idInput).returns<CampaignPreflight>(),
  'campaigns.launch': procedure(idInput).returns<CampaignDetail>(),
  'campaigns.pause': procedure(idInput).returns<CampaignDetail>(),
  'campaigns.resume': procedure(idInput).returns<CampaignDetail>(),
  'campaigns.archive': procedure(idInput).returns<CampaignDetail>(),
  'campaigns.duplicate': procedure(idInput).returns<CampaignDetail>(),
  'campaigns.leads': procedure(
    z.object({ id: z.uuid(), offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(500).default(100) }).strict(),
  ).returns<{ rows: CampaignLeadRow[]; total: number }>(),
  'campaigns.drafts': procedure(
    z.object({ id: z.uuid(), offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(200).default(50) }).strict(),
  ).returns<{ rows: CampaignDraft[]; total: number }>(),
  'campaigns.editDraft': procedure(
    z
      .object({
        emailId: z.uuid(),
        subject: z.string().trim().min(1, 'Write a subject').max(500).refine((s) => !/[\r\n]/.test(s), 'A subject is one line'),
        bodyHtml: z.string().max(500_000).nullable(),
        /** Derived from the HTML when left out. */
        bodyText: z.string().max(500_000).optional(),
      })
      .strict(),
  ).returns<CampaignDraft>(),
  'campaigns.approveDrafts': procedure(draftChoice).returns<{ approved: number }>(),
  'campaigns.skipDrafts': procedure(draftChoice).returns<{ skipped: number }>(),
  /** For a campaign scheduled by hand: enrol up to leadsPerDay more leads now. */
  'campaigns.enrolBatch': procedure(idInput).returns<{ enrolled: number }>(),
} as const;
