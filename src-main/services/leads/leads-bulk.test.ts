import { Writable } from 'node:stream';
import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { scoreLead } from '../../../src-shared/domain/lead-score';
import { queryRows } from '../../db/client';
import { activityLog, campaignLeads, campaigns, emails, leads } from '../../db/schema';
import { useTestDatabase } from '../../testing/test-db';
import { bulkUpdateLeads, perLeadActivityLimit } from './bulk-update-leads';
import { deleteLeads, restoreDeletedLeads } from './delete-leads';
import { exportLeadsCsv } from './export-leads';
import { countLeads, listLeads } from './list-leads';
import { readLeadDetail, readLeadTimeline } from './read-lead-detail';
import { createLead, updateLead } from './save-lead';
import { deleteView, listSavedViews, saveView } from './saved-views';
import { seedLeads } from './seed-leads';

const t = useTestDatabase();
const seeded = 12_000;

class Collect extends Writable {
  chunks: Buffer[] = [];
  override _write(chunk: Buffer, _enc: BufferEncoding, done: () => void) {
    this.chunks.push(chunk);
    done();
  }
  text() {
    return Buffer.concat(this.chunks).toString('utf8');
  }
}

async function csvOf(input: Parameters<typeof exportLeadsCsv>[1]): Promise<string> {
  const sink = new Collect();
  await exportLeadsCsv(t().handle, input, sink);
  return sink.text();
}

beforeAll(async () => {
  const result = await seedLeads(t().handle, { count: seeded, batchSize: 5_000 });
  expect(result.inserted).toBe(seeded);
});

describe('seeded leads', () => {
  it('are realistic and scored by scoreLead', async () => {
    const page = await listLeads(t().db, { limit: 50 });
    expect(page.total).toBe(seeded);
    for (const row of page.rows) {
      expect(row.companyName).not.toBe('');
      expect(row.qualityScore).toBe(scoreLead((await readLeadDetail(t().db, row.id)) as never).score);
    }
    // The indexes dropped for the bulk load are back.
    const indexes = await queryRows<{ indexname: string }>(t().db, sql`SELECT indexname FROM pg_indexes WHERE tablename = 'leads'`);
    expect(indexes.map((i) => i.indexname)).toEqual(expect.arrayContaining(['leads_search_trgm_idx', 'leads_tags_idx', 'leads_quality_score_idx']));
  });
});

describe('bulk actions on "all matching"', () => {
  it('change the status of every lead of a filter (10,000+), in one statement, with a summary line', async () => {
    const filter = { verificationStatuses: ['unverified' as const, 'email_verified' as const, 'phone_verified' as const, 'fully_verified' as const] };
    const before = await countLeads(t().db, { ...filter, statuses: ['interested'] });
    const { affected } = await bulkUpdateLeads(t().db, { filter }, { kind: 'setStatus', status: 'interested' });
    expect(affected).toBe(seeded - before);
    expect(affected).toBeGreaterThan(perLeadActivityLimit);
    expect(await countLeads(t().db, { statuses: ['interested'] })).toBe(seeded);
    const summary = await t().db.select().from(activityLog).where(eq(activityLog.action, 'status_changed'));
    expect(summary.map((s) => s.entityType)).toEqual(['leads']);
  });

  it('add and remove tags on a filter minus unticked rows, and log each lead', async () => {
    const filter = { cities: ['Lyon'] };
    const lyon = await countLeads(t().db, filter);
    const first = (await listLeads(t().db, { filter, limit: 2 })).rows.map((r) => r.id);
    const added = await bulkUpdateLeads(t().db, { filter, excludeIds: first }, { kind: 'addTags', tags: ['hot-lyon', 'q3'] });
    expect(added.affected).toBe(lyon - 2);
    expect(await countLeads(t().db, { tags: ['hot-lyon', 'q3'], tagsMode: 'all' })).toBe(lyon - 2);
    // Adding again changes nothing: tags are not duplicated.
    expect((await bulkUpdateLeads(t().db, { filter, excludeIds: first }, { kind: 'addTags', tags: ['q3'] })).affected).toBe(0);
    const timeline = await readLeadTimeline(t().db, (await listLeads(t().db, { filter: { tags: ['q3'] }, limit: 1 })).rows[0]!.id);
    expect(timeline[0]!.title).toBe('Tagged hot-lyon, q3 (bulk)');
    const removed = await bulkUpdateLeads(t().db, { filter: { tags: ['q3'] } }, { kind: 'removeTags', tags: ['q3'] });
    expect(removed.affected).toBe(lyon - 2);
    expect(await countLeads(t().db, { tags: ['q3'] })).toBe(0);
    expect(await countLeads(t().db, { tags: ['hot-lyon'] })).toBe(lyon - 2);
  });

  it('set the industry, add to a campaign (idempotent) and recompute scores', async () => {
    const filter = { search: 'martin' };
    const n = await countLeads(t().db, filter);
    expect(n).toBeGreaterThan(0);
    expect((await bulkUpdateLeads(t().db, { filter }, { kind: 'setIndustry', industry: 'Dentistry' })).affected).toBe(n);
    expect(await countLeads(t().db, { industries: ['Dentistry'] })).toBe(n);

    const [campaign] = await t().db.insert(campaigns).values({ name: 'Martins' }).returning();
    expect((await bulkUpdateLeads(t().db, { filter }, { kind: 'addToCampaign', campaignId: campaign!.id })).affected).toBe(n);
    expect((await bulkUpdateLeads(t().db, { filter }, { kind: 'addToCampaign', campaignId: campaign!.id })).affected).toBe(0);
    expect(await countLeads(t().db, { campaignIds: [campaign!.id] })).toBe(n);

    await t().db.execute(sql`UPDATE leads SET quality_score = 0 WHERE city = 'Paris'`);
    const paris = await countLeads(t().db, { cities: ['Paris'] });
    const rescored = await bulkUpdateLeads(t().db, { filter: {} }, { kind: 'recomputeScores' });
    expect(rescored.affected).toBe(paris - (await countLeads(t().db, { cities: ['Paris'], scoreMax: 0 })));
  });

  it('delete a filter with a snapshot, and undo puts leads, memberships and emails back', async () => {
    const filter = { cities: ['Berlin'] };
    const n = await countLeads(t().db, filter);
    const [one] = (await listLeads(t().db, { filter, limit: 1 })).rows;
    const [campaign] = await t().db.insert(campaigns).values({ name: 'Berlin' }).returning();
    await t().db.insert(campaignLeads).values({ campaignId: campaign!.id, leadId: one!.id });
    await t().db.insert(emails).values({ leadId: one!.id, campaignId: campaign!.id, subject: 'Hallo', bodyText: 'Hi', status: 'sent', sentAt: new Date() });

    const { deleted, undoToken } = await deleteLeads(t().db, { filter }, new Date());
    expect(deleted).toBe(n);
    expect(await countLeads(t().db, filter)).toBe(0);
    expect(await t().db.select().from(emails).where(eq(emails.leadId, one!.id))).toHaveLength(0);

    expect((await restoreDeletedLeads(t().db, undoToken!)).restored).toBe(n);
    expect(await countLeads(t().db, filter)).toBe(n);
    expect(await countLeads(t().db, { campaignIds: [campaign!.id] })).toBe(1);
    const [mail] = await t().db.select().from(emails).where(eq(emails.leadId, one!.id));
    expect(mail!.subject).toBe('Hallo');
    const detail = await readLeadDetail(t().db, one!.id);
    expect(detail.updatedAt).toBe(one!.updatedAt);
    await expect(restoreDeletedLeads(t().db, undoToken!)).rejects.toThrow(/cannot be restored/);
  });
});

describe('export', () => {
  it('writes the chosen columns of a filter as CSV, and neutralises formulas', async () => {
    const evil = await createLead(t().db, { companyName: '=HYPERLINK("http://x")', industry: '+cmd', source: 'handmade', contactName: '@SUM(A1)', notes: 'x', tags: ['-2+3', 'ok'] });
    // Raw insert: the lead editor trims, an import or another tool might not.
    await t().db.insert(leads).values({ companyName: 'Plain "Quoted", Inc', industry: 'Law firm', source: 'handmade', jobTitle: '\rCR', tags: ['\tTab'] });
    const csv = await csvOf({ filter: { sources: ['handmade'], search: '' }, columns: ['companyName', 'contactName', 'industry', 'tags', 'jobTitle', 'status'], sort: { column: 'companyName', direction: 'asc' } });
    const lines = csv.replace(/^\uFEFF/, '').trimEnd().split('\n');
    expect(lines[0]).toBe('Company,Contact,Industry,Tags,Job title,Status');
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")",'@SUM(A1),'+cmd,"'-2+3, ok",,new`);
    expect(csv).toContain(`"Plain ""Quoted"", Inc",,Law firm,'\tTab,"'\rCR",new`);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(evil.companyName).toBe('=HYPERLINK("http://x")');
  });

  it('exports every lead of a big filter, in the order of the sort', async () => {
    const csv = await csvOf({ filter: {}, columns: ['createdAt'], sort: { column: 'createdAt', direction: 'asc' } });
    const rows = csv.trimEnd().split('\n').slice(1);
    expect(rows).toHaveLength(await countLeads(t().db, {}));
    expect([...rows].sort()).toEqual(rows);
  });
});

describe('the lead record', () => {
  it('creates by hand with a normalised phone, a score and a created line', async () => {
    const lead = await createLead(t().db, { companyName: 'Cabinet Durand', industry: 'Dental clinic', email: 'anne@durand.fr', phone: '04 78 00 00 00', country: 'France', jobTitle: 'Owner' });
    expect(lead.phone).toBe('+33478000000');
    expect(lead.source).toBe('manual');
    expect(lead.qualityScore).toBe(scoreLead(lead).score);
    expect((await readLeadTimeline(t().db, lead.id))[0]!.title).toBe('Lead Cabinet Durand created by hand');
  });

  it('edits fields, rescoring and logging what changed; refuses a bad phone and a duplicate email', async () => {
    const lead = await createLead(t().db, { companyName: 'Studio Nord', industry: 'Yoga studio' });
    const edited = await updateLead(t().db, lead.id, { email: 'hello@studionord.com', isDecisionMaker: true, customFields: { 'Favourite tool': 'Notion' } });
    expect(edited.qualityScore).toBe(scoreLead(edited).score);
    expect(edited.qualityScore).toBeGreaterThan(lead.qualityScore!);
    expect(edited.customFields).toEqual({ 'Favourite tool': 'Notion' });
    expect((await readLeadTimeline(t().db, lead.id))[0]!.title).toBe('Edited email, is decision maker, custom fields');
    await expect(updateLead(t().db, lead.id, { phone: '12' })).rejects.toThrow(/not a valid phone number/);
    await expect(updateLead(t().db, lead.id, { email: 'ANNE@durand.fr' })).rejects.toThrow();
    const detail = await readLeadDetail(t().db, lead.id);
    expect(detail.score.factors.find((f) => f.label === 'Decision maker')!.points).toBe(10);
  });
});

describe('saved views', () => {
  it('are stored, updated, listed by name and deleted', async () => {
    const view = await saveView(t().db, { name: 'Hot dentists in Lyon', filter: { tiers: ['hot'], cities: ['Lyon'] }, columns: null, sort: { column: 'qualityScore', direction: 'desc' } });
    await saveView(t().db, { name: 'All Berlin', filter: { cities: ['Berlin'] }, columns: [{ id: 'companyName', visible: true, width: 300 }], sort: null });
    const updated = await saveView(t().db, { id: view.id, name: 'Hot dentists in Lyon', filter: { tiers: ['hot', 'warm'], cities: ['Lyon'] }, columns: null, sort: null });
    expect(updated.filter.tiers).toEqual(['hot', 'warm']);
    expect((await listSavedViews(t().db)).map((v) => v.name)).toEqual(['All Berlin', 'Hot dentists in Lyon']);
    expect(await deleteView(t().db, view.id)).toEqual({ deleted: true });
    expect((await listSavedViews(t().db)).map((v) => v.name)).toEqual(['All Berlin']);
  });
});

describe('the updated_at trigger', () => {
  it('covers saved_views', async () => {
    const view = await saveView(t().db, { name: 'Touch', filter: {}, columns: null, sort: null });
    await t().db.execute(sql`UPDATE saved_views SET updated_at = now() - interval '1 day' WHERE id = ${view.id}`);
    await t().db.execute(sql`UPDATE saved_views SET name = 'Touched' WHERE id = ${view.id}`);
    const [row] = await queryRows<{ age: number }>(t().db, sql`SELECT extract(epoch FROM now() - updated_at)::int AS age FROM saved_views WHERE id = ${view.id}`);
    expect(row!.age).toBeLessThan(60);
  });
});

