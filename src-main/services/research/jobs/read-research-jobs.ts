import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { ResearchJob, ResearchJobDetail, ResearchResult } from '../../../../src-shared/contract/research';
import type { DbOrTx } from '../../../db/client';
import { leads, researchJobLeads, scrapingJobs, type ScrapingJob } from '../../../db/schema';
import { notFound } from '../../../rpc/app-error';
import { domainKey } from '../analyse-site';

export const researchSource = 'website_analysis';

/** What `filters` holds for a website-analysis job. */
export interface ResearchJobFilters {
  selection: { leadIds: string[] } | { filter: Record<string, unknown>; excludeIds?: string[] } | { unanalysed: true } | { urls: string[] };
  /** The selection in words, for the job list. */
  label: string;
  force: boolean;
}

export interface JobCounts {
  done: number;
  failed: number;
}

export function toResearchJob(row: ScrapingJob, counts: JobCounts): ResearchJob {
  const filters = row.filters as unknown as Partial<ResearchJobFilters>;
  return {
    id: row.id,
    status: row.status,
    selection: filters.label ?? 'Websites',
    force: filters.force ?? false,
    progress: row.progress,
    total: row.leadsFound,
    done: counts.done,
    failed: counts.failed,
    leadsUpdated: row.leadsImported,
    errorMessage: row.errorMessage,
    createdAt: row.createdAt.toISOString(),
    startedAt: row.startedAt?.toISOString() ?? null,
    completedAt: row.completedAt?.toISOString() ?? null,
  };
}

async function countsOf(db: DbOrTx, jobIds: string[]): Promise<Map<string, JobCounts>> {
  const out = new Map<string, JobCounts>(jobIds.map((id) => [id, { done: 0, failed: 0 }]));
  if (jobIds.length === 0) return out;
  const rows = await db
    .select({ jobId: researchJobLeads.jobId, state: researchJobLeads.state, n: sql<number>`count(*)::int` })
    .from(researchJobLeads)
    .where(and(inArray(researchJobLeads.jobId, jobIds), sql`${researchJobLeads.state} <> 'pending'`))
    .groupBy(researchJobLeads.jobId, researchJobLeads.state);
  for (const row of rows) {
    const counts = out.get(row.jobId)!;
    counts.done += row.n;
    if (row.state === 'failed') counts.failed += row.n;
  }
  return out;
}

export async function listResearchJobs(db: DbOrTx, limit: number): Promise<ResearchJob[]> {
  const rows = await db
    .select()
    .from(scrapingJobs)
    .where(eq(scrapingJobs.source, researchSource))
    .orderBy(desc(scrapingJobs.createdAt))
    .limit(limit);
  const counts = await countsOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => toResearchJob(r, counts.get(r.id)!));
}

export async function readResearchJob(db: DbOrTx, jobId: string): Promise<ResearchJob> {
  const [row] = await db.select().from(scrapingJobs).where(and(eq(scrapingJobs.id, jobId), eq(scrapingJobs.source, researchSource)));
  if (!row) throw notFound('That research job');
  const counts = await countsOf(db, [jobId]);
  return toResearchJob(row, counts.get(jobId)!);
}

/** The job and one page of its websites, in selection order, finished or not. */
export async function readResearchJobDetail(db: DbOrTx, jobId: string, offset: number, limit: number): Promise<ResearchJobDetail> {
  const job = await readResearchJob(db, jobId);
  const rows = await db
    .select({
      position: researchJobLeads.position,
      leadId: researchJobLeads.leadId,
      website: researchJobLeads.website,
      state: researchJobLeads.state,
      summary: researchJobLeads.summary,
      companyName: leads.companyName,
    })
    .from(researchJobLeads)
    .leftJoin(leads, eq(leads.id, researchJobLeads.leadId))
    .where(eq(researchJobLeads.jobId, jobId))
    .orderBy(asc(researchJobLeads.position))
    .offset(offset)
    .limit(limit);
  return {
    ...job,
    results: rows.map((r) => toResearchResult(r)),
    more: Math.max(0, job.total - offset - rows.length),
  };
}

export function toResearchResult(row: {
  position: number;
  leadId: string | null;
  website: string;
  state: string;
  summary: Record<string, unknown> | null;
  companyName: string | null;
}): ResearchResult {
  const s = (row.summary ?? {}) as Partial<ResearchResult>;
  return {
    position: row.position,
    leadId: row.leadId,
    companyName: row.companyName ?? s.companyName ?? null,
    website: row.website,
    domain: s.domain ?? domainKey(row.website),
    state: row.state === 'done' || row.state === 'failed' ? row.state : 'pending',
    fromCache: s.fromCache ?? false,
    bookingTool: s.bookingTool ?? null,
    bookingPotential: s.bookingPotential ?? null,
    digitalMaturityScore: s.digitalMaturityScore ?? null,
    qualityScore: s.qualityScore ?? null,
    filled: s.filled ?? [],
    error: s.error ?? null,
  };
}
