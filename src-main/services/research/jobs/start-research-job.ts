import { eq, sql } from 'drizzle-orm';
import type { ResearchJob, ResearchStartInput } from '../../../../src-shared/contract/research';
import type { Clock } from '../../../context';
import type { AppDb } from '../../../db/client';
import { queryRows } from '../../../db/client';
import { researchJobLeads, scrapingJobs } from '../../../db/schema';
import { AppError } from '../../../rpc/app-error';
import { recordActivity } from '../../activity/record-activity';
import { analysisTtlMs } from '../analysis-cache';
import { domainKey, normaliseSiteUrl } from '../analyse-site';
import { buildLeadTarget } from '../../leads/build-lead-filter';
import { researchSource, toResearchJob, type ResearchJobFilters } from './read-research-jobs';

const hasWebsite = sql`l.website is not null and btrim(l.website) <> ''`;

/**
 * Records a website-analysis job and the websites it covers (one row each, in order); the runner
 * picks it up. Leads without a website are left out; a selection with no website at all is refused.
 */
export async function startResearchJob(db: AppDb, clock: Clock, input: ResearchStartInput): Promise<ResearchJob> {
  const force = input.force ?? false;
  return db.transaction(async (tx) => {
    const filters: ResearchJobFilters = { selection: selectionOf(input), label: labelOf(input), force };
    const [job] = await tx
      .insert(scrapingJobs)
      .values({ source: researchSource, filters: filters as unknown as Record<string, unknown>, status: 'queued' })
      .returning();
    const jobId = job!.id;

    if ('leadIds' in input) {
      await tx.execute(sql`
        insert into research_job_leads (job_id, position, lead_id, website)
        select ${jobId}, (row_number() over (order by l.created_at, l.id))::int, l.id, l.website
        from leads l where l.id in (${sql.join(input.leadIds.map((id) => sql`${id}::uuid`), sql`, `)}) and ${hasWebsite}`);
    } else if ('filter' in input) {
      // buildLeadTarget speaks of the table by name, so no alias here.
      const where = buildLeadTarget({ filter: input.filter, ...(input.excludeIds ? { excludeIds: input.excludeIds } : {}) });
      await tx.execute(sql`
        insert into research_job_leads (job_id, position, lead_id, website)
        select ${jobId}, (row_number() over (order by leads.created_at, leads.id))::int, leads.id, leads.website
        from leads where leads.website is not null and btrim(leads.website) <> '' and ${where}`);
    } else if ('unanalysed' in input) {
      // Never analysed, or the analysis is older than the cache keeps it (the lead carries the date).
      const staleBefore = new Date(clock.now().getTime() - analysisTtlMs).toISOString();
      await tx.execute(sql`
        insert into research_job_leads (job_id, position, lead_id, website)
        select ${jobId}, (row_number() over (order by l.created_at, l.id))::int, l.id, l.website
        from leads l where ${hasWebsite}
          and (${force} or l.custom_fields->>'research.analysedAt' is null or l.custom_fields->>'research.analysedAt' < ${staleBefore})`);
    } else {
      await insertPastedUrls(tx as unknown as AppDb, jobId, input.urls);
    }

    const [{ total }] = await queryRows<{ total: number }>(tx, sql`select count(*)::int as total from research_job_leads where job_id = ${jobId}`) as [{ total: number }];
    if (total === 0) {
      throw new AppError(
        'PRECONDITION_FAILED',
        'unanalysed' in input ? 'Every lead with a website has a recent analysis. Use “Analyse again” to refresh them.' : 'None of the chosen leads has a website to analyse.',
      );
    }
    const [row] = await tx.update(scrapingJobs).set({ leadsFound: total }).where(eq(scrapingJobs.id, jobId)).returning();
    await recordActivity(tx, {
      entityType: 'scraping_job',
      entityId: jobId,
      action: 'created',
      description: `Website analysis queued: ${filters.label} (${total} websites)${force ? ', ignoring cached results' : ''}`,
      metadata: { total, force },
    });
    return toResearchJob(row!, { done: 0, failed: 0 });
  });
}

/** Pasted addresses: each one's leads (same domain) get a row; an address no lead has is analysed alone. */
async function insertPastedUrls(tx: AppDb, jobId: string, urls: string[]): Promise<void> {
  const wanted = new Map<string, string>();
  for (const url of urls) {
    if (!normaliseSiteUrl(url)) throw new AppError('INVALID_INPUT', `“${url}” is not a website address.`);
    const domain = domainKey(url);
    if (!wanted.has(domain)) wanted.set(domain, url);
  }
  // Narrow by text first, then compare real domain keys: "bella.de" must not match "isabella.de".
  const candidates = await queryRows<{ id: string; website: string }>(
    tx,
    sql`select l.id, l.website from leads l where ${hasWebsite} and (${sql.join(
      [...wanted.keys()].map((d) => sql`l.website ilike ${'%' + d.replace(/[\\%_]/g, (c) => '\\' + c) + '%'}`),
      sql` or `,
    )}) order by l.created_at, l.id`,
  );
  const rows: Array<{ leadId: string | null; website: string }> = [];
  const matched = new Set<string>();
  for (const lead of candidates) {
    const domain = domainKey(lead.website);
    if (wanted.has(domain)) {
      rows.push({ leadId: lead.id, website: lead.website });
      matched.add(domain);
    }
  }
  for (const [domain, url] of wanted) if (!matched.has(domain)) rows.push({ leadId: null, website: url.slice(0, 255) });
  if (rows.length) {
    await tx.insert(researchJobLeads).values(rows.map((r, i) => ({ jobId, position: i + 1, leadId: r.leadId, website: r.website })));
  }
}

function selectionOf(input: ResearchStartInput): ResearchJobFilters['selection'] {
  if ('leadIds' in input) return { leadIds: input.leadIds };
  if ('filter' in input) return { filter: input.filter, ...(input.excludeIds ? { excludeIds: input.excludeIds } : {}) };
  if ('unanalysed' in input) return { unanalysed: true };
  return { urls: input.urls };
}

function labelOf(input: ResearchStartInput): string {
  if ('leadIds' in input) return `${input.leadIds.length} selected lead${input.leadIds.length === 1 ? '' : 's'}`;
  if ('filter' in input) return Object.keys(input.filter).length ? 'All leads matching a filter' : 'All leads';
  if ('unanalysed' in input) return input.force ? 'All leads with a website' : 'Leads not analysed in the last 30 days';
  return input.urls.length === 1 ? input.urls[0]! : `${input.urls.length} pasted addresses`;
}
