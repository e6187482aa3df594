import { z } from 'zod';
import { defaultLeadSort, leadColumnIds, leadSortColumns, type LeadColumnState } from '../domain/lead-columns';
import { leadColumnsSchema } from '../domain/lead-columns-schema';
import type { LeadScore } from '../domain/lead-score';
import { bookingPotentialValues, leadStatusValues, leadTierValues, verificationStatusValues } from '../domain/lead-values';
import { procedure } from './procedure';

const shortList = <T extends z.ZodType>(item: T) => z.array(item).max(500).optional();
const text = (max: number) => z.string().trim().min(1).max(max);
/** A day (2025-03-01) or an instant (2025-03-01T10:00:00Z). Day bounds are inclusive. */
const dateBound = z.union([z.iso.date(), z.iso.datetime({ offset: true })]).optional();

/**
 * Which leads: the one filter the lead table, bulk actions, exports, saved views, campaign
 * audiences and "research all matching" share. Every field narrows; an empty filter is every lead.
 * The SQL is built in one place: buildLeadFilter() in src-main/services/leads/build-lead-filter.ts.
 */
export const leadFilterSchema = z
  .object({
    /** Words matched anywhere in company, contact, email, website, city and notes. */
    search: z.string().trim().max(200).optional(),
    statuses: shortList(z.enum(leadStatusValues)),
    sources: shortList(text(50)),
    industries: shortList(text(100)),
    countries: shortList(text(100)),
    cities: shortList(text(100)),
    companySizes: shortList(text(50)),
    verificationStatuses: shortList(z.enum(verificationStatusValues)),
    tags: shortList(text(100)),
    /** any: at least one of the tags; all: every one of them. */
    tagsMode: z.enum(['any', 'all']).optional(),
    scoreMin: z.number().int().min(0).max(100).optional(),
    scoreMax: z.number().int().min(0).max(100).optional(),
    tiers: shortList(z.enum(leadTierValues)),
    /** 'unknown' matches leads whose booking potential is not set. */
    bookingPotentials: shortList(z.enum([...bookingPotentialValues, 'unknown'])),
    hasEmail: z.boolean().optional(),
    hasPhone: z.boolean().optional(),
    hasWebsite: z.boolean().optional(),
    batchIds: shortList(z.uuid()),
    /** Member of at least one of these campaigns. */
    campaignIds: shortList(z.uuid()),
    /** Member of none of these campaigns (e.g. "not yet in this campaign"). */
    notInCampaignIds: shortList(z.uuid()),
    createdFrom: dateBound,
    createdTo: dateBound,
    lastContactedFrom: dateBound,
    lastContactedTo: dateBound,
    neverContacted: z.boolean().optional(),
  })
  .strict();

export type LeadFilter = z.infer<typeof leadFilterSchema>;

export const leadSortSchema = z
  .object({ column: z.enum(leadSortColumns), direction: z.enum(['asc', 'desc']) })
  .strict();
export type LeadSort = z.infer<typeof leadSortSchema>;
export { defaultLeadSort };

/** What a bulk action runs on: a whole filter (minus the rows the user unticked), or a few ids. */
export const leadTargetSchema = z.union([
  z.object({ filter: leadFilterSchema, excludeIds: z.array(z.uuid()).max(10_000).optional() }).strict(),
  z.object({ ids: z.array(z.uuid()).min(1).max(10_000) }).strict(),
]);
export type LeadTarget = z.infer<typeof leadTargetSchema>;

const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();
const optionalUrl = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .refine((v) => v === '' || /^(https?:\/\/)?[^\s/$.?#][^\s]*\.[^\s]{2,}$/i.test(v), 'is not a web address')
    .nullable()
    .optional();

/** The editable fields of a lead. Phone numbers are normalised to E.164 in main (libphonenumber-js). */
export const leadFieldsSchema = z
  .object({
    companyName: text(255),
    website: optionalUrl(255),
    email: z
      .string()
      .trim()
      .max(255)
      .refine((v) => v === '' || z.email().safeParse(v).success, 'is not a valid email address')
      .nullable()
      .optional(),
    phone: optionalText(50),
    contactName: optionalText(255),
    jobTitle: optionalText(255),
    country: optionalText(100),
    city: optionalText(100),
    address: optionalText(2000),
    industry: text(100),
    businessType: optionalText(100),
    companySize: optionalText(50),
    source: text(50),
    sourceType: optionalText(50),
    verificationStatus: z.enum(verificationStatusValues),
    status: z.enum(leadStatusValues),
    followUpStage: optionalText(50),
    lastContactedAt: z.iso.datetime({ offset: true }).nullable().optional(),
    lastRespondedAt: z.iso.datetime({ offset: true }).nullable().optional(),
    hasGoogleMapsListing: z.boolean().nullable().optional(),
    googleRating: z.number().min(0).max(5).nullable().optional(),
    googleReviewCount: z.number().int().min(0).nullable().optional(),
    hasBookingKeywords: z.boolean().nullable().optional(),
    bookingKeywordScore: z.number().int().min(0).max(10).nullable().optional(),
    currentBookingTool: optionalText(100),
    hasAppointmentForm: z.boolean().nullable().optional(),
    hasOnlineBooking: z.boolean().nullable().optional(),
    hasMultiLocation: z.boolean().nullable().optional(),
    servicesCount: z.number().int().min(0).nullable().optional(),
    bookingPotential: z.enum(bookingPotentialValues).nullable().optional(),
    digitalMaturityScore: z.number().int().min(0).max(100).nullable().optional(),
    isDecisionMaker: z.boolean().nullable().optional(),
    hasWeekendHours: z.boolean().nullable().optional(),
    responseTime: optionalText(50),
    priceLevel: z.number().int().min(0).max(4).nullable().optional(),
    notes: z.string().max(20_000).nullable().optional(),
    tags: z.array(text(100)).max(100).optional(),
    customFields: z.record(z.string().trim().min(1).max(100), z.string().max(5000)).optional(),
    linkedinUrl: optionalUrl(500),
  })
  .strict();

export const newLeadSchema = leadFieldsSchema.partial({ verificationStatus: true, status: true, source: true });
export const leadPatchSchema = leadFieldsSchema.partial();
export type NewLeadInput = z.infer<typeof newLeadSchema>;
export type LeadPatch = z.infer<typeof leadPatchSchema>;

/** A whole lead as it crosses the boundary: dates as ISO strings. */
export interface LeadRecord {
  id: string;
  companyName: string;
  website: string | null;
  email: string | null;
  phone: string | null;
  contactName: string | null;
  jobTitle: string | null;
  country: string | null;
  city: string | null;
  address: string | null;
  industry: string;
  businessType: string | null;
  companySize: string | null;
  source: string;
  sourceType: string | null;
  batchId: string | null;
  qualityScore: number | null;
  verificationStatus: (typeof verificationStatusValues)[number];
  status: (typeof leadStatusValues)[number];
  followUpStage: string | null;
  lastContactedAt: string | null;
  lastRespondedAt: string | null;
  emailsSent: number;
  emailsOpened: number;
  emailsClicked: number;
  hasGoogleMapsListing: boolean | null;
  googleRating: number | null;
  googleReviewCount: number | null;
  hasBookingKeywords: boolean | null;
  bookingKeywordScore: number | null;
  currentBookingTool: string | null;
  hasAppointmentForm: boolean | null;
  hasOnlineBooking: boolean | null;
  hasMultiLocation: boolean | null;
  servicesCount: number | null;
  bookingPotential: string | null;
  digitalMaturityScore: number | null;
  isDecisionMaker: boolean | null;
  hasWeekendHours: boolean | null;
  responseTime: string | null;
  priceLevel: number | null;
  notes: string | null;
  tags: string[];
  customFields: Record<string, string>;
  linkedinUrl: string | null;
  linkedinSalesNavData: Record<string, unknown> | null;
  createdAt: string;
  updatedAt: string;
}

/** The fields a row of the lead table carries: what its columns show, nothing more (rows are parsed per field). */
export const leadListFields = [
  'id', 'companyName', 'contactName', 'jobTitle', 'email', 'verificationStatus', 'phone', 'website', 'city', 'country',
  'industry', 'source', 'status', 'qualityScore', 'bookingPotential', 'tags', 'lastContactedAt', 'createdAt', 'updatedAt',
  'companySize', 'googleRating', 'digitalMaturityScore', 'emailsSent',
] as const;
export type LeadListRow = Pick<LeadRecord, (typeof leadListFields)[number]>;

export interface LeadList {
  rows: LeadListRow[];
  /** Leads matching the filter, not only this page. Exact unless `totalExact` is false (see `count`). */
  total: number;
  /** False when `count: 'fast'` stopped counting at the cap: there are at least `total` leads. */
  totalExact: boolean;
  offset: number;
}

/** `count: 'fast'` counts up to this many matching leads, so a page of a huge filter never waits on a full count. */
export const fastCountCap = 1_000;

export interface LeadDetail extends LeadRecord {
  score: LeadScore;
  batchName: string | null;
  campaigns: Array<{ id: string; name: string; addedAt: string }>;
}

export interface TimelineEntry {
  id: string;
  kind: 'activity' | 'email';
  at: string;
  title: string;
  detail: string | null;
}

export interface FacetValue {
  value: string;
  count: number;
}

export interface LeadFacets {
  sources: FacetValue[];
  industries: FacetValue[];
  countries: FacetValue[];
  cities: FacetValue[];
  companySizes: FacetValue[];
  tags: FacetValue[];
  batches: Array<{ id: string; name: string }>;
  campaigns: Array<{ id: string; name: string }>;
}

export const bulkActionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('setStatus'), status: z.enum(leadStatusValues) }).strict(),
  z.object({ kind: z.literal('addTags'), tags: z.array(text(100)).min(1).max(50) }).strict(),
  z.object({ kind: z.literal('removeTags'), tags: z.array(text(100)).min(1).max(50) }).strict(),
  z.object({ kind: z.literal('setIndustry'), industry: text(100) }).strict(),
  z.object({ kind: z.literal('addToCampaign'), campaignId: z.uuid() }).strict(),
  z.object({ kind: z.literal('recomputeScores') }).strict(),
]);
export type BulkAction = z.infer<typeof bulkActionSchema>;


export interface SavedView {
  id: string;
  name: string;
  filter: LeadFilter;
  columns: LeadColumnState[] | null;
  sort: LeadSort | null;
  createdAt: string;
  updatedAt: string;
}

export type LeadExportResult =
  /** Through the HTTP bridge: a one-time link the browser downloads. */
  | { kind: 'download'; url: string; fileName: string }
  /** In the desktop app: written to the Downloads folder. */
  | { kind: 'saved'; path: string; rows: number };

const exportInput = z
  .object({
    filter: leadFilterSchema.default({}),
    excludeIds: z.array(z.uuid()).max(10_000).optional(),
    ids: z.array(z.uuid()).max(10_000).optional(),
    sort: leadSortSchema.optional(),
    columns: z.array(z.enum(leadColumnIds)).min(1).max(leadColumnIds.length).optional(),
  })
  .strict();
export type LeadExportInput = z.infer<typeof exportInput>;

export const leadsContract = {
  /** A page of leads with the total. `{}` is the first page, newest first. */
  'leads.list': procedure(
    z
      .object({
        filter: leadFilterSchema.default({}),
        sort: leadSortSchema.default(defaultLeadSort),
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(1000).default(100),
        /** exact: count every match. fast: stop at fastCountCap (the table asks leads.count for the rest). */
        count: z.enum(['exact', 'fast']).default('exact'),
      })
      .strict(),
  ).returns<LeadList>(),
  /** The exact number of leads a filter matches. */
  'leads.count': procedure(z.object({ filter: leadFilterSchema.default({}) }).strict()).returns<{ total: number }>(),
  /** Counts per status for the pipeline bar, over the filter without its status part. */
  'leads.pipeline': procedure(z.object({ filter: leadFilterSchema.default({}) }).strict()).returns<{
    counts: Record<(typeof leadStatusValues)[number], number>;
    total: number;
  }>(),
  'leads.facets': procedure(z.object({}).strict()).returns<LeadFacets>(),
  'leads.get': procedure(z.object({ id: z.uuid() }).strict()).returns<LeadDetail>(),
  'leads.timeline': procedure(z.object({ id: z.uuid(), limit: z.number().int().min(1).max(500).default(100) }).strict()).returns<TimelineEntry[]>(),
  'leads.create': procedure(z.object({ lead: newLeadSchema }).strict()).returns<LeadDetail>(),
  'leads.update': procedure(z.object({ id: z.uuid(), patch: leadPatchSchema }).strict()).returns<LeadDetail>(),
  /** Deletes leads and keeps a snapshot for `leads.restore` (kept 7 days). */
  'leads.delete': procedure(z.object({ target: leadTargetSchema }).strict()).returns<{ deleted: number; undoToken: string | null }>(),
  'leads.restore': procedure(z.object({ undoToken: z.uuid() }).strict()).returns<{ restored: number }>(),
  'leads.bulkUpdate': procedure(z.object({ target: leadTargetSchema, action: bulkActionSchema }).strict()).returns<{ affected: number }>(),
  'leads.export': procedure(exportInput).returns<LeadExportResult>(),
  'leads.listViews': procedure(z.object({}).strict()).returns<SavedView[]>(),
  'leads.saveView': procedure(
    z
      .object({
        id: z.uuid().optional(),
        name: text(120),
        filter: leadFilterSchema,
        columns: leadColumnsSchema.nullable().default(null),
        sort: leadSortSchema.nullable().default(null),
      })
      .strict(),
  ).returns<SavedView>(),
  'leads.deleteView': procedure(z.object({ id: z.uuid() }).strict()).returns<{ deleted: boolean }>(),
};
