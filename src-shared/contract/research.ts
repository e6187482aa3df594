import { z } from 'zod';
import type { Factor } from '../domain/qualification';
import { leadFilterSchema } from './leads';
import { procedure } from './procedure';

export type ResearchJobStatus = 'queued' | 'running' | 'completed' | 'failed' | 'cancelled';

/** One website of a job, as its result list shows it. */
export interface ResearchResult {
  position: number;
  leadId: string | null;
  companyName: string | null;
  website: string;
  domain: string;
  state: 'pending' | 'done' | 'failed';
  fromCache: boolean;
  /** Booking tool name ("Calendly"), or null. */
  bookingTool: string | null;
  bookingPotential: 'low' | 'medium' | 'high' | null;
  digitalMaturityScore: number | null;
  qualityScore: number | null;
  /** Lead fields the analysis filled that were empty: "email", "phone", "LinkedIn"… */
  filled: string[];
  /** Why the site could not be analysed. */
  error: string | null;
}

export interface ResearchJob {
  id: string;
  status: ResearchJobStatus;
  /** What the user picked, in words: "12 selected leads", "Leads never analysed", "3 pasted addresses". */
  selection: string;
  force: boolean;
  progress: number;
  total: number;
  /** Websites finished (analysed or failed). */
  done: number;
  failed: number;
  leadsUpdated: number;
  errorMessage: string | null;
  createdAt: string;
  startedAt: string | null;
  completedAt: string | null;
}

export interface ResearchJobDetail extends ResearchJob {
  results: ResearchResult[];
  /** Rows after this page. */
  more: number;
}

export interface EvidenceLine {
  signal: string;
  /** "Calendly embed on /book" */
  text: string;
  url: string;
}

export interface LeadEvidence {
  leadId: string;
  domain: string | null;
  /** Null when the website was never analysed. */
  analysedAt: string | null;
  expiresAt: string | null;
  ok: boolean;
  lines: EvidenceLine[];
  bookingTool: string | null;
  bookingPotential: { potential: 'low' | 'medium' | 'high'; factors: Factor[] } | null;
  digitalMaturity: { score: number; factors: Factor[] } | null;
  /** Contact details found, with where: "found on /contact". */
  contacts: Array<{ kind: 'email' | 'phone' | 'social'; value: string; source: string }>;
  errors: string[];
}

/** The analysis of one address, for the "try a site" box: the analyser's findings, nothing saved to a lead. */
export interface UrlAnalysis {
  url: string;
  domain: string;
  ok: boolean;
  fromCache: boolean;
  bookingTool: string | null;
  lines: EvidenceLine[];
  bookingPotential: { potential: 'low' | 'medium' | 'high'; factors: Factor[] };
  digitalMaturity: { score: number; factors: Factor[] };
  emails: string[];
  phones: string[];
  pages: number;
  errors: string[];
}

const website = z.string().trim().min(1).max(255);

const force = { force: z.boolean().optional() };

/**
 * What to analyse, and `force` to ignore cached analyses: chosen leads, all leads matching a filter, every lead whose website
 * was never analysed or whose analysis is older than 30 days, or pasted addresses (leads with
 * those websites are updated too).
 */
export const researchStartSchema = z.union([
  z.object({ leadIds: z.array(z.uuid()).min(1).max(10_000), ...force }).strict(),
  /** Every lead matching the lead table's filter ("all matching"), minus the rows the user unticked. */
  z.object({ filter: leadFilterSchema, excludeIds: z.array(z.uuid()).max(10_000).optional(), ...force }).strict(),
  z.object({ unanalysed: z.literal(true), ...force }).strict(),
  z.object({ urls: z.array(website).min(1).max(1000), ...force }).strict(),
]);
export type ResearchStartInput = z.infer<typeof researchStartSchema>;

export const researchContract = {
  /** Queues a website-analysis job; it starts as soon as no other job runs. */
  'research.start': procedure(researchStartSchema).returns<ResearchJob>(),
  'research.cancel': procedure(z.object({ jobId: z.uuid() }).strict()).returns<ResearchJob>(),
  /** Newest first. */
  'research.jobs': procedure(z.object({ limit: z.number().int().min(1).max(100).default(20) }).strict()).returns<ResearchJob[]>(),
  'research.job': procedure(
    z.object({ jobId: z.uuid(), offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(500).default(200) }).strict(),
  ).returns<ResearchJobDetail>(),
  'research.analyseUrl': procedure(z.object({ url: website, force: z.boolean().optional() }).strict()).returns<UrlAnalysis>(),
  'research.evidence': procedure(z.object({ leadId: z.uuid() }).strict()).returns<LeadEvidence>(),
};
