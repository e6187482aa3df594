import { and, eq, inArray, sql } from 'drizzle-orm';
import type { ResearchResult } from '../../../../src-shared/contract/research';
import { deriveBookingPotential, deriveDigitalMaturityScore } from '../../../../src-shared/domain/qualification';
import type { AppDb } from '../../../db/client';
import { leads, researchJobLeads, type Lead } from '../../../db/schema';
import { recordActivity, type ActivityEntry } from '../../activity/record-activity';
import type { SiteAnalysis } from '../site-analysis';
import { bookingToolName } from './evidence-lines';
import { planLeadUpdate } from './plan-lead-update';

export interface FinishedSite {
  position: number;
  leadId: string | null;
  website: string;
  analysis: SiteAnalysis;
  fromCache: boolean;
}

export interface AppliedBatch {
  results: ResearchResult[];
  leadsUpdated: number;
  failed: number;
}

/**
 * Writes a batch of finished analyses in one transaction: the leads' fields, an activity line per
 * lead, and each job row marked done or failed with its summary — so a crash never leaves a lead
 * updated but its row pending, or the reverse.
 */
export async function applyAnalyses(db: AppDb, jobId: string, sites: FinishedSite[]): Promise<AppliedBatch> {
  try {
    return await db.transaction((tx) => applyInTransaction(tx as unknown as AppDb, jobId, sites, true));
  } catch (error) {
    // Another lead took one of the found addresses between our check and our write (a second
    // instance, an import): apply the batch again without filling any email.
    if ((error as { code?: string }).code !== '23505' && (error as { cause?: { code?: string } }).cause?.code !== '23505') throw error;
    return db.transaction((tx) => applyInTransaction(tx as unknown as AppDb, jobId, sites, false));
  }
}

async function applyInTransaction(tx: AppDb, jobId: string, sites: FinishedSite[], fillEmails: boolean): Promise<AppliedBatch> {
  const leadIds = [...new Set(sites.map((s) => s.leadId).filter((id): id is string => id !== null))];
  const leadRows = leadIds.length ? await tx.select().from(leads).where(inArray(leads.id, leadIds)) : [];
  const byId = new Map<string, Lead>(leadRows.map((l) => [l.id, l]));

  // Addresses already on some lead: lower(email) is unique, so an address can fill one lead only.
  const found = [...new Set(sites.flatMap((s) => (s.analysis.ok ? s.analysis.emails.map((e) => e.toLowerCase()) : [])))];
  const owners = new Map<string, string>();
  if (found.length) {
    const rows = await tx
      .select({ id: leads.id, email: sql<string>`lower(${leads.email})` })
      .from(leads)
      .where(inArray(sql`lower(${leads.email})`, found));
    for (const row of rows) owners.set(row.email, row.id);
  }

  const results: ResearchResult[] = [];
  const activity: ActivityEntry[] = [];
  let leadsUpdated = 0;
  let failed = 0;
  for (const site of sites) {
    const { analysis } = site;
    let lead = site.leadId ? byId.get(site.leadId) : undefined;
    const result: ResearchResult = {
      position: site.position,
      leadId: lead?.id ?? null,
      companyName: lead?.companyName ?? null,
      website: site.website,
      domain: analysis.domain,
      state: analysis.ok ? 'done' : 'failed',
      fromCache: site.fromCache,
      bookingTool: bookingToolName(analysis),
      bookingPotential: null,
      digitalMaturityScore: null,
      qualityScore: lead?.qualityScore ?? null,
      filled: [],
      error: analysis.ok ? null : (analysis.errors[0] ?? 'The website could not be analysed'),
    };
    if (analysis.ok) {
      result.bookingPotential = deriveBookingPotential(analysis).potential;
      result.digitalMaturityScore = deriveDigitalMaturityScore(analysis).score;
    } else {
      failed++;
    }
    if (lead && analysis.ok) {
      const taken = (email: string) => {
        if (!fillEmails) return true;
        const owner = owners.get(email.toLowerCase());
        return owner !== undefined && owner !== lead!.id;
      };
      const plan = planLeadUpdate(lead, analysis, taken, new Date(analysis.fetchedAt));
      await tx.update(leads).set(plan.patch).where(eq(leads.id, lead.id));
      if (plan.patch.email) owners.set(plan.patch.email.toLowerCase(), lead.id);
      lead = { ...lead, ...plan.patch };
      byId.set(lead.id, lead);
      leadsUpdated++;
      Object.assign(result, { filled: plan.filled, qualityScore: plan.qualityScore });
      activity.push({
        entityType: 'lead',
        entityId: lead.id,
        action: 'analysed',
        description: `Website analysed: ${plan.evidenceSummary}`,
        metadata: { jobId, domain: analysis.domain, fromCache: site.fromCache, bookingPotential: plan.bookingPotential, digitalMaturityScore: plan.digitalMaturityScore, filled: plan.filled },
      });
    } else if (lead) {
      activity.push({
        entityType: 'lead',
        entityId: lead.id,
        action: 'analysed',
        description: `Website could not be analysed: ${result.error}`,
        metadata: { jobId, domain: analysis.domain, errors: analysis.errors.slice(0, 5) },
      });
    }
    const { position: _p, leadId: _l, website: _w, state: _s, ...summary } = result;
    await tx
      .update(researchJobLeads)
      .set({ state: result.state, summary, finishedAt: new Date() })
      .where(and(eq(researchJobLeads.jobId, jobId), eq(researchJobLeads.position, site.position)));
    results.push(result);
  }
  await recordActivity(tx, activity);
  return { results, leadsUpdated, failed };
}
