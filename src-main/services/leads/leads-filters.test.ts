import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LeadFilter } from '../../../src-shared/contract/leads';
import { leadStatusValues, verificationStatusValues } from '../../../src-shared/domain/lead-values';
import { leadStatuses, verificationStatuses } from '../../db/schema';
import { campaigns, leadBatches, leads, type NewLead } from '../../db/schema';
import { createTestContext, createTestRouter } from '../../testing/test-app';
import { useTestDatabase } from '../../testing/test-db';
import { bulkUpdateLeads } from './bulk-update-leads';
import { countLeads, leadFacets, leadPipeline, listLeads } from './list-leads';
import { recomputeLeadScores } from './recompute-lead-scores';

const t = useTestDatabase();
let batchId = '';
let campaignId = '';

const day = (iso: string) => new Date(`${iso}T12:00:00Z`);

async function names(filter: LeadFilter): Promise<string[]> {
  const page = await listLeads(t().db, { filter, sort: { column: 'companyName', direction: 'asc' }, limit: 100 });
  expect(page.total).toBe(await countLeads(t().db, filter));
  return page.rows.map((r) => r.companyName);
}

beforeAll(async () => {
  const db = t().db;
  [{ id: batchId }] = (await db.insert(leadBatches).values({ name: 'Apollo March' }).returning({ id: leadBatches.id })) as [{ id: string }];
  [{ id: campaignId }] = (await db.insert(campaigns).values({ name: 'Spring dentists' }).returning({ id: campaigns.id })) as [{ id: string }];
  const rows: NewLead[] = [
    { companyName: 'Sourire Dental', contactName: 'Camille Martin', email: 'camille@sourire.fr', phone: '+33478000001', website: 'https://sourire.fr', city: 'Lyon', country: 'France', industry: 'Dental clinic', source: 'apollo', status: 'new', verificationStatus: 'email_verified', tags: ['vip', 'lyon'], companySize: '1-10', batchId, bookingPotential: 'high', createdAt: day('2025-01-10'), notes: 'Met at the dental fair' },
    { companyName: 'Atelier Coiffure', contactName: 'Hugo Petit', email: 'hugo@atelier.fr', city: 'Paris', country: 'France', industry: 'Hair salon', source: 'google_places', status: 'contacted', verificationStatus: 'unverified', tags: ['lyon'], companySize: '11-50', lastContactedAt: day('2025-03-02'), bookingPotential: 'low', createdAt: day('2025-02-01') },
    { companyName: 'Zen Yoga', contactName: 'Léa Moreau', phone: '+4930123456', website: 'zen-yoga.de', city: 'Berlin', country: 'Germany', industry: 'Yoga studio', source: 'linkedin', status: 'interested', verificationStatus: 'phone_verified', tags: [], createdAt: day('2025-03-15'), lastContactedAt: day('2025-03-20') },
    { companyName: 'Lyon Physio', email: 'info@lyonphysio.fr', city: 'Lyon', country: 'France', industry: 'Physiotherapy', source: 'apollo', status: 'converted', verificationStatus: 'fully_verified', tags: ['vip'], companySize: '11-50', createdAt: day('2025-04-01'), bookingPotential: 'medium' },
    { companyName: '100% Dent_al', city: 'Marseille', country: 'France', industry: 'Dental clinic', source: 'csv', status: 'invalid', tags: ['old'], createdAt: day('2024-12-24') },
  ];
  await db.insert(leads).values(rows);
  await recomputeLeadScores(db, { filter: {} });
  // Pin two scores so the score filters have known answers.
  await db.execute(sql`UPDATE leads SET quality_score = 85 WHERE company_name = 'Sourire Dental'`);
  await db.execute(sql`UPDATE leads SET quality_score = 55 WHERE company_name = 'Atelier Coiffure'`);
  await db.execute(sql`UPDATE leads SET quality_score = 20 WHERE company_name IN ('Zen Yoga', 'Lyon Physio')`);
  await db.execute(sql`UPDATE leads SET quality_score = NULL WHERE company_name = '100% Dent_al'`);
  await bulkUpdateLeads(db, { filter: { search: 'Zen' } }, { kind: 'addToCampaign', campaignId });
});

describe('the lead filter', () => {
  it('keeps the shared value lists equal to the database enums', () => {
    expect([...leadStatusValues]).toEqual(leadStatuses);
    expect([...verificationStatusValues]).toEqual(verificationStatuses);
  });

  it('matches everything when empty, and lists newest first by default', async () => {
    const page = await listLeads(t().db, {});
    expect(page.total).toBe(5);
    expect(page.totalExact).toBe(true);
    expect(page.rows[0]!.companyName).toBe('Lyon Physio');
  });

  it('searches company, contact, email, website, city and notes, every word, any case', async () => {
    expect(await names({ search: 'sourire' })).toEqual(['Sourire Dental']);
    expect(await names({ search: 'CAMILLE' })).toEqual(['Sourire Dental']);
    expect(await names({ search: 'atelier.fr' })).toEqual(['Atelier Coiffure']);
    expect(await names({ search: 'zen-yoga' })).toEqual(['Zen Yoga']);
    expect(await names({ search: 'lyon' })).toEqual(['Lyon Physio', 'Sourire Dental']);
    expect(await names({ search: 'dental fair' })).toEqual(['Sourire Dental']);
    expect(await names({ search: 'lyon physio' })).toEqual(['Lyon Physio']);
    // LIKE wildcards typed by the user are plain characters.
    expect(await names({ search: '100%' })).toEqual(['100% Dent_al']);
    expect(await names({ search: 'dent_' })).toEqual(['100% Dent_al']);
    expect(await names({ search: '%' })).toEqual(['100% Dent_al']);
  });

  it('matches a word of one or two letters where a word starts', async () => {
    // "yo" is inside Lyon but starts only Yoga.
    expect(await names({ search: 'yo' })).toEqual(['Zen Yoga']);
    expect(await names({ search: 'ly ph' })).toEqual(['Lyon Physio']);
    // After a dot or an @: domains and emails.
    expect(await names({ search: 'fr' })).toEqual(['Atelier Coiffure', 'Lyon Physio', 'Sourire Dental']);
    expect(await names({ search: 'Hu' })).toEqual(['Atelier Coiffure']);
    // At the very start of the text.
    expect(await names({ search: '10' })).toEqual(['100% Dent_al']);
    // Regular-expression characters typed by the user are plain characters.
    expect(await names({ search: 'l(' })).toEqual([]);
    expect(await names({ search: '0%' })).toEqual([]);
  });

  it('filters by status, source, industry, country, city, size and verification', async () => {
    expect(await names({ statuses: ['new', 'contacted'] })).toEqual(['Atelier Coiffure', 'Sourire Dental']);
    expect(await names({ sources: ['apollo'] })).toEqual(['Lyon Physio', 'Sourire Dental']);
    expect(await names({ industries: ['Dental clinic'] })).toEqual(['100% Dent_al', 'Sourire Dental']);
    expect(await names({ countries: ['Germany'] })).toEqual(['Zen Yoga']);
    expect(await names({ cities: ['Lyon', 'Paris'] })).toEqual(['Atelier Coiffure', 'Lyon Physio', 'Sourire Dental']);
    expect(await names({ companySizes: ['11-50'] })).toEqual(['Atelier Coiffure', 'Lyon Physio']);
    expect(await names({ verificationStatuses: ['fully_verified', 'phone_verified'] })).toEqual(['Lyon Physio', 'Zen Yoga']);
  });

  it('filters by tags, any or all', async () => {
    expect(await names({ tags: ['vip', 'lyon'] })).toEqual(['Atelier Coiffure', 'Lyon Physio', 'Sourire Dental']);
    expect(await names({ tags: ['vip', 'lyon'], tagsMode: 'all' })).toEqual(['Sourire Dental']);
  });

  it('filters by score range, tier and booking potential', async () => {
    expect(await names({ scoreMin: 50 })).toEqual(['Atelier Coiffure', 'Sourire Dental']);
    expect(await names({ scoreMin: 20, scoreMax: 55 })).toEqual(['Atelier Coiffure', 'Lyon Physio', 'Zen Yoga']);
    expect(await names({ tiers: ['hot'] })).toEqual(['Sourire Dental']);
    expect(await names({ tiers: ['warm', 'cold'] })).toEqual(['Atelier Coiffure', 'Lyon Physio', 'Zen Yoga']);
    expect(await names({ bookingPotentials: ['high', 'medium'] })).toEqual(['Lyon Physio', 'Sourire Dental']);
    expect(await names({ bookingPotentials: ['unknown'] })).toEqual(['100% Dent_al', 'Zen Yoga']);
  });

  it('filters by having an email, a phone, a website', async () => {
    expect(await names({ hasEmail: false })).toEqual(['100% Dent_al', 'Zen Yoga']);
    expect(await names({ hasPhone: true })).toEqual(['Sourire Dental', 'Zen Yoga']);
    expect(await names({ hasWebsite: true, hasEmail: true })).toEqual(['Sourire Dental']);
  });

  it('filters by import batch and campaign membership', async () => {
    expect(await names({ batchIds: [batchId] })).toEqual(['Sourire Dental']);
    expect(await names({ campaignIds: [campaignId] })).toEqual(['Zen Yoga']);
    expect(await names({ notInCampaignIds: [campaignId], industries: ['Yoga studio', 'Hair salon'] })).toEqual(['Atelier Coiffure']);
  });

  it('filters by created and last-contacted dates, both bounds inclusive', async () => {
    expect(await names({ createdFrom: '2025-02-01', createdTo: '2025-03-15' })).toEqual(['Atelier Coiffure', 'Zen Yoga']);
    expect(await names({ createdTo: '2024-12-31' })).toEqual(['100% Dent_al']);
    expect(await names({ lastContactedFrom: '2025-03-10' })).toEqual(['Zen Yoga']);
    expect(await names({ lastContactedTo: '2025-03-02' })).toEqual(['Atelier Coiffure']);
    expect(await names({ neverContacted: true, sources: ['apollo'] })).toEqual(['Lyon Physio', 'Sourire Dental']);
  });

  it('sorts by any sortable column, empty values lowest, and pages without gaps', async () => {
    const score = await listLeads(t().db, { sort: { column: 'qualityScore', direction: 'desc' } });
    expect(score.rows.map((r) => r.qualityScore)).toEqual([85, 55, 20, 20, null]);
    const scoreAsc = await listLeads(t().db, { sort: { column: 'qualityScore', direction: 'asc' } });
    expect(scoreAsc.rows.map((r) => r.qualityScore)).toEqual([null, 20, 20, 55, 85]);
    const contacted = await listLeads(t().db, { sort: { column: 'lastContactedAt', direction: 'desc' } });
    expect(contacted.rows.slice(0, 2).map((r) => r.companyName)).toEqual(['Zen Yoga', 'Atelier Coiffure']);
    const booking = await listLeads(t().db, { sort: { column: 'bookingPotential', direction: 'desc' } });
    expect(booking.rows.slice(0, 3).map((r) => r.bookingPotential)).toEqual(['high', 'medium', 'low']);
    const city = await listLeads(t().db, { sort: { column: 'city', direction: 'asc' } });
    expect(city.rows.map((r) => r.city)).toEqual(['Berlin', 'Lyon', 'Lyon', 'Marseille', 'Paris']);
    const status = await listLeads(t().db, { sort: { column: 'status', direction: 'asc' } });
    expect(status.rows.map((r) => r.status)).toEqual(['new', 'contacted', 'interested', 'invalid', 'converted']);
    const pages = [0, 2, 4].map((offset) => listLeads(t().db, { sort: { column: 'companyName', direction: 'desc' }, offset, limit: 2 }));
    const seen = (await Promise.all(pages)).flatMap((p) => p.rows.map((r) => r.companyName));
    expect(seen).toEqual(['Zen Yoga', 'Sourire Dental', 'Lyon Physio', 'Atelier Coiffure', '100% Dent_al']);
  });

  it('counts per status for the pipeline bar, ignoring the status part of the filter', async () => {
    const pipeline = await leadPipeline(t().db, { statuses: ['new'], countries: ['France'] });
    expect(pipeline.total).toBe(4);
    expect(pipeline.counts).toMatchObject({ new: 1, contacted: 1, converted: 1, invalid: 1, interested: 0 });
  });

  it('offers the values present for the filter menus, most common first', async () => {
    const facets = await leadFacets(t().db);
    expect(facets.cities[0]).toEqual({ value: 'Lyon', count: 2 });
    expect(facets.tags.map((x) => x.value)).toEqual(['lyon', 'vip', 'old']);
    expect(facets.batches).toEqual([{ id: batchId, name: 'Apollo March' }]);
    expect(facets.campaigns).toEqual([{ id: campaignId, name: 'Spring dentists' }]);
  });

  it('answers leads.list with {} through the router, and refuses an unknown filter field', async () => {
    const router = createTestRouter(createTestContext(t()));
    const page = await router.call('leads.list', {});
    expect(page.ok && (page.data as { total: number }).total).toBe(5);
    const filtered = await router.call('leads.list', { filter: { statuses: ['converted'] }, sort: { column: 'createdAt', direction: 'asc' }, offset: 0, limit: 10 });
    expect(filtered.ok && (filtered.data as { rows: Array<{ companyName: string }> }).rows.map((r) => r.companyName)).toEqual(['Lyon Physio']);
    const bad = await router.call('leads.list', { filter: { colour: 'red' } });
    expect(bad.ok).toBe(false);
  });
});
