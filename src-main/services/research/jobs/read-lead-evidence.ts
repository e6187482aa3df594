import { eq } from 'drizzle-orm';
import type { LeadEvidence } from '../../../../src-shared/contract/research';
import { deriveBookingPotential, deriveDigitalMaturityScore } from '../../../../src-shared/domain/qualification';
import type { DbOrTx } from '../../../db/client';
import { leads } from '../../../db/schema';
import { notFound } from '../../../rpc/app-error';
import { domainKey } from '../analyse-site';
import { readStoredAnalyses } from '../db-analysis-cache';
import { bookingToolName, evidenceLines, pageLabel } from './evidence-lines';

/**
 * What the lead record shows under "Website analysis": the evidence lines, the factors behind
 * booking potential and digital maturity, and the contacts found with where. Read from the cached
 * analysis of the lead's domain (kept even after it expires); a lead analysed before its cache row
 * was removed still shows the short evidence kept on the lead.
 */
export async function readLeadEvidence(db: DbOrTx, leadId: string): Promise<LeadEvidence> {
  const [lead] = await db
    .select({ id: leads.id, website: leads.website, customFields: leads.customFields })
    .from(leads)
    .where(eq(leads.id, leadId));
  if (!lead) throw notFound('That lead');
  const domain = lead.customFields['research.domain'] ?? (lead.website ? domainKey(lead.website) : null);
  const empty: LeadEvidence = {
    leadId,
    domain,
    analysedAt: lead.customFields['research.analysedAt'] ?? null,
    expiresAt: null,
    ok: lead.customFields['research.analysedAt'] !== undefined,
    lines: (lead.customFields['research.evidence'] ?? '')
      .split('\n')
      .filter(Boolean)
      .map((text) => ({ signal: 'note', text, url: '' })),
    bookingTool: null,
    bookingPotential: null,
    digitalMaturity: null,
    contacts: [],
    errors: [],
  };
  if (!domain) return empty;
  const stored = (await readStoredAnalyses(db, [domain])).get(domain);
  if (!stored) return empty;
  const { analysis } = stored;
  const site = analysis.finalUrl || analysis.url;
  const potential = deriveBookingPotential(analysis);
  const maturity = deriveDigitalMaturityScore(analysis);
  return {
    leadId,
    domain,
    analysedAt: analysis.fetchedAt,
    expiresAt: stored.expiresAt?.toISOString() ?? null,
    ok: analysis.ok,
    lines: evidenceLines(analysis),
    bookingTool: bookingToolName(analysis),
    bookingPotential: { potential: potential.potential, factors: potential.factors },
    digitalMaturity: { score: maturity.score, factors: maturity.factors },
    contacts: analysis.contactSources.map((c) => ({ kind: c.kind, value: c.value, source: `found on ${pageLabel(c.url, site)}` })),
    errors: analysis.errors,
  };
}
