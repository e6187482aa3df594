import { and, eq, sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { EventPayloads } from '../../../../src-shared/contract';
import { queryRows } from '../../../db/client';
import { activityLog, leads, researchJobLeads, scrapingJobs, websiteAnalysisCache, type NewLead } from '../../../db/schema';
import { loadFixtureSites, startFixtureSiteServer, type FixtureSiteServer } from '../../../testing/fixture-site-server';
import { createTestContext, createTestRouter } from '../../../testing/test-app';
import { useTestDatabase } from '../../../testing/test-db';
import type { AppContext } from '../../../context';
import { scoreLead } from '../../../../src-shared/domain/lead-score';
import { spyOnSockets } from '../spy-on-sockets';
import { createResearchRunner, type ResearchRunner } from './research-job-runner';
import { startResearchJob } from './start-research-job';

const t = useTestDatabase();
const spy = spyOnSockets();
let server: FixtureSiteServer;
let ctx: AppContext;
const events: Array<EventPayloads['research.progressed']> = [];
const runners: ResearchRunner[] = [];

function runner(extra: { politeDelayMs?: number; maxAttempts?: number } = {}): ResearchRunner {
  const r = createResearchRunner({
    db: ctx.db,
    clock: ctx.clock,
    events: ctx.events,
    log: ctx.log,
    mode: ctx.database.mode,
    analyser: { resolve: server.resolve, allowedAddresses: ['127.0.0.1'], politeDelayMs: extra.politeDelayMs ?? 0 },
    heartbeatMs: 200,
    maxAttempts: extra.maxAttempts ?? 3,
  });
  runners.push(r);
  return r;
}

beforeAll(async () => {
  server = await startFixtureSiteServer(loadFixtureSites());
  ctx = createTestContext(t());
  ctx.events.subscribe((name, payload) => {
    if (name === 'research.progressed') events.push(payload as EventPayloads['research.progressed']);
  });
});
// A runner polls for queued jobs: one left running would take the next test's jobs.
afterEach(async () => {
  for (const r of runners.splice(0)) await r.stop();
});
afterAll(async () => {
  await server.close();
  spy.stop();
  expect(spy.connections.filter((c) => c.address !== '127.0.0.1')).toEqual([]);
});

async function addLead(companyName: string, website: string | null, extra: Partial<NewLead> = {}): Promise<string> {
  const [row] = await ctx.db.insert(leads).values({ companyName, website, industry: 'Beauty', source: 'manual', ...extra }).returning({ id: leads.id });
  return row!.id;
}
const lead = async (id: string) => (await ctx.db.select().from(leads).where(eq(leads.id, id)))[0]!;
const job = async (id: string) => (await ctx.db.select().from(scrapingJobs).where(eq(scrapingJobs.id, id)))[0]!;
const requestsTo = (host: string) => server.requests.filter((r) => r.host === host).length;

describe('website-analysis jobs', () => {
  let lumiere: string;
  let kinetic: string;
  let plumber: string;
  let missing: string;
  let noSite: string;

  it('runs a job: progress events, lead fields, contacts with their source, scores, evidence, activity, cache rows', async () => {
    // This address already belongs to someone: the lead for that site must not take it (unique lower(email)).
    await addLead('Old contact', null, { email: 'BOOK@kineticsportsmassage.com' });
    lumiere = await addLead('Salon Lumière', server.url('salon-lumiere.co.uk'));
    kinetic = await addLead('Kinetic Sports Massage', server.url('kineticsportsmassage.com'));
    plumber = await addLead('Loodgieter de Vries', server.url('loodgieterdevries.nl'), { phone: '+31 6 0000 0000' });
    missing = await addLead('Gone Ltd', server.url('gone.example'));
    noSite = await addLead('No Website BV', null);
    const r = runner();
    const router = createTestRouter({ ...ctx, research: r });
    const started = await router.call('research.start', { leadIds: [lumiere, kinetic, plumber, missing, noSite] });
    expect(started).toMatchObject({ ok: true, data: { status: 'queued', total: 4, selection: '5 selected leads' } });
    const jobId = (started as { data: { id: string } }).data.id;
    await r.idle();

    const row = await job(jobId);
    expect(row).toMatchObject({ status: 'completed', progress: 100, leadsFound: 4, leadsImported: 3, source: 'website_analysis', attempts: 1 });
    expect((row.resultsJson as unknown[]).length).toBe(4);
    const mine = events.filter((e) => e.job.id === jobId);
    expect([...new Set(mine.map((e) => e.job.status))]).toEqual(['queued', 'running', 'completed']);
    expect(mine.at(-1)!.job).toMatchObject({ status: 'completed', done: 4, failed: 1, progress: 100, leadsUpdated: 3 });

    const l = await lead(lumiere);
    expect(l).toMatchObject({ currentBookingTool: 'fresha', hasOnlineBooking: true, hasWeekendHours: true, email: 'hello@salon-lumiere.co.uk', phone: '+442079460321' });
    expect(l.bookingPotential).toBe('low');
    expect(l.digitalMaturityScore).toBeGreaterThan(50);
    expect(l.qualityScore).toBe(scoreLead(l).score);
    expect(l.servicesCount).toBe(8);
    expect(l.customFields['research.email.source']).toMatch(/^found on \//);
    expect(l.customFields['research.social.instagram']).toContain('instagram.com');
    expect(l.customFields['research.evidence']).toMatch(/Fresha .* on \//);

    const k = await lead(kinetic);
    expect(k.currentBookingTool).toBe('calendly');
    expect(k.email).toBeNull(); // taken by "Old contact"
    expect(k.customFields['research.emails']).toBe('book@kineticsportsmassage.com');

    const p = await lead(plumber);
    expect(p.phone).toBe('+31 6 0000 0000'); // never overwritten
    expect(p.bookingPotential).not.toBeNull();
    expect(p.hasOnlineBooking).toBe(false);

    const gone = await lead(missing);
    expect(gone.bookingPotential).toBeNull();
    const detail = await router.call('research.job', { jobId });
    const results = (detail as { data: { results: Array<{ leadId: string; state: string; error: string | null; bookingTool: string | null }> } }).data.results;
    expect(results.map((x) => x.state)).toEqual(['done', 'done', 'done', 'failed']);
    expect(results.find((x) => x.leadId === missing)!.error).toMatch(/gone\.example/);
    expect(results.find((x) => x.leadId === kinetic)!.bookingTool).toBe('Calendly');

    const activity = await ctx.db.select().from(activityLog).where(and(eq(activityLog.entityId, lumiere), eq(activityLog.action, 'analysed')));
    expect(activity[0]!.description).toContain('Books online with Fresha');

    const [cached] = await ctx.db.select().from(websiteAnalysisCache).where(eq(websiteAnalysisCache.domain, 'salon-lumiere.co.uk'));
    expect(cached!.currentBookingTool).toBe('fresha');
    expect(cached!.expiresAt!.getTime() - cached!.lastAnalyzedAt!.getTime()).toBe(30 * 24 * 3600 * 1000);
    expect((cached!.analysisData as { evidence: unknown[] }).evidence.length).toBeGreaterThan(0);
    expect(await ctx.db.$count(websiteAnalysisCache, eq(websiteAnalysisCache.domain, 'gone.example'))).toBe(0);

    const evidence = await router.call('research.evidence', { leadId: kinetic });
    expect(evidence).toMatchObject({ ok: true, data: { bookingTool: 'Calendly', domain: 'kineticsportsmassage.com' } });
    expect((evidence as { data: { lines: Array<{ text: string }> } }).data.lines.some((x) => /Calendly .* on \//.test(x.text))).toBe(true);
  });

  it('answers a second run from the cache, and a forced run fetches again', async () => {
    const r = runner();
    const before = requestsTo('salon-lumiere.co.uk');
    const again = await startResearchJob(ctx.db, ctx.clock, { leadIds: [lumiere, kinetic] });
    r.wake();
    await r.idle();
    expect(requestsTo('salon-lumiere.co.uk')).toBe(before);
    const [{ n }] = (await queryRows<{ n: number }>(ctx.db, sql`select count(*)::int as n from research_job_leads where job_id = ${again.id} and (summary->>'fromCache')::boolean`)) as [{ n: number }];
    expect(n).toBe(2);

    const forced = await startResearchJob(ctx.db, ctx.clock, { leadIds: [lumiere], force: true });
    r.wake();
    await r.idle();
    expect(requestsTo('salon-lumiere.co.uk')).toBeGreaterThan(before);
    expect((await job(forced.id)).status).toBe('completed');
  });

  it('"not analysed" picks only leads without a recent analysis', async () => {
    const fresh = await addLead('Physio am Park', server.url('physio-am-park.de'));
    const created = await startResearchJob(ctx.db, ctx.clock, { unanalysed: true });
    const rows = await ctx.db.select().from(researchJobLeads).where(eq(researchJobLeads.jobId, created.id));
    expect(rows.map((x) => x.leadId).sort()).toEqual([missing, fresh].sort());
    const r = runner();
    r.wake();
    await r.idle();
    expect((await lead(fresh)).hasAppointmentForm).toBe(true);
    await expect(startResearchJob(ctx.db, ctx.clock, { leadIds: [noSite] })).rejects.toThrow(/website/);
  });

  it('"all matching" takes the lead table\'s filter (buildLeadFilter), minus unticked rows', async () => {
    const created = await startResearchJob(ctx.db, ctx.clock, { filter: { search: '.co' }, excludeIds: [lumiere] });
    const rows = await ctx.db.select().from(researchJobLeads).where(eq(researchJobLeads.jobId, created.id));
    const expected = (await ctx.db.select().from(leads)).filter((x) => x.website && x.id !== lumiere && /\.co/i.test(`${x.companyName} ${x.website}`));
    expect(rows.map((x) => x.leadId).sort()).toEqual(expected.map((x) => x.id).sort());
    expect(rows.length).toBeGreaterThan(0);
    expect(created.selection).toBe('All leads matching a filter');
    await ctx.db.update(scrapingJobs).set({ status: 'cancelled' }).where(eq(scrapingJobs.id, created.id));
  });

  it('cancels a running job: finished websites stay applied, the rest stay pending, the status stays cancelled', async () => {
    const ids: string[] = [];
    for (const site of loadFixtureSites().slice(0, 12)) ids.push(await addLead(`Cancel ${site.name}`, server.url(site.host)));
    const r = runner({ politeDelayMs: 150 });
    const created = await startResearchJob(ctx.db, ctx.clock, { leadIds: ids, force: true });
    const firstProgress = new Promise<void>((resolve) => {
      const off = ctx.events.subscribe((name, payload) => {
        const e = payload as EventPayloads['research.progressed'];
        if (name === 'research.progressed' && e.job.id === created.id && e.job.done > 0) {
          off();
          resolve();
        }
      });
    });
    r.wake();
    await firstProgress;
    const cancelled = await r.cancel(created.id);
    expect(cancelled.status).toBe('cancelled');
    await r.idle();
    const row = await job(created.id);
    expect(row.status).toBe('cancelled');
    const states = await ctx.db.select({ state: researchJobLeads.state }).from(researchJobLeads).where(eq(researchJobLeads.jobId, created.id));
    const done = states.filter((s) => s.state !== 'pending').length;
    expect(done).toBeGreaterThan(0);
    expect(done).toBeLessThan(12);
    await expect(r.cancel(created.id)).rejects.toThrow(/already been cancelled/);
  });

  it('after a restart, a job left running resumes with exactly the websites not done', async () => {
    const a = await addLead('Resume A', server.url('harbourphysio.co.uk'));
    const b = await addLead('Resume B', server.url('kapsalonknip.nl'));
    const created = await startResearchJob(ctx.db, ctx.clock, { leadIds: [a, b], force: true });
    // As a crash leaves it: claimed and running, the first website done, no live heartbeat.
    await ctx.db.update(scrapingJobs).set({ status: 'running', attempts: 1, heartbeatAt: null, startedAt: new Date() }).where(eq(scrapingJobs.id, created.id));
    await ctx.db.update(researchJobLeads).set({ state: 'done', summary: { domain: 'harbourphysio.co.uk' } }).where(and(eq(researchJobLeads.jobId, created.id), eq(researchJobLeads.leadId, a)));
    const harbourBefore = requestsTo('harbourphysio.co.uk');
    const r = runner();
    r.wake();
    await r.idle();
    const row = await job(created.id);
    expect(row).toMatchObject({ status: 'completed', attempts: 2, progress: 100 });
    expect(requestsTo('harbourphysio.co.uk')).toBe(harbourBefore);
    expect((await lead(b)).currentBookingTool).toBe('salonized');
    expect((await lead(a)).currentBookingTool).toBeNull();
  });

  it('after a restart, a job that keeps dying finishes as failed with the reason, never stuck running', async () => {
    const a = await addLead('Doomed', server.url('glownailbar.com'));
    const created = await startResearchJob(ctx.db, ctx.clock, { leadIds: [a] });
    await ctx.db.update(scrapingJobs).set({ status: 'running', attempts: 3, heartbeatAt: null }).where(eq(scrapingJobs.id, created.id));
    const r = runner();
    r.wake();
    await r.idle();
    const row = await job(created.id);
    expect(row.status).toBe('failed');
    expect(row.errorMessage).toMatch(/Stopped 3 times/);
  });

  it('a live job of another instance is left alone on a shared server (fresh heartbeat)', async () => {
    const a = await addLead('Busy elsewhere', server.url('glownailbar.com'));
    const created = await startResearchJob(ctx.db, ctx.clock, { leadIds: [a] });
    await ctx.db.update(scrapingJobs).set({ status: 'running', attempts: 1, heartbeatAt: new Date() }).where(eq(scrapingJobs.id, created.id));
    const r = runner();
    r.wake();
    await r.idle();
    // Embedded: one process only, so it was abandoned and resumed. Server: it is someone else's.
    expect((await job(created.id)).status).toBe(ctx.database.mode === 'embedded' ? 'completed' : 'running');
    await ctx.db.update(scrapingJobs).set({ status: 'cancelled' }).where(eq(scrapingJobs.id, created.id));
  });

  it('two runners on one database each run a job once (claimed with SKIP LOCKED)', async () => {
    const ids = [await addLead('Two A', server.url('yogastudio-oost.nl')), await addLead('Two B', server.url('theolivetable.com'))];
    const jobs = [
      await startResearchJob(ctx.db, ctx.clock, { leadIds: [ids[0]!], force: true }),
      await startResearchJob(ctx.db, ctx.clock, { leadIds: [ids[1]!], force: true }),
    ];
    const [r1, r2] = [runner(), runner()];
    r1.wake();
    r2.wake();
    await Promise.all([r1.idle(), r2.idle()]);
    for (const j of jobs) expect(await job(j.id)).toMatchObject({ status: 'completed', attempts: 1 });
  });
});
