import { sql } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Envelope } from '../../src-shared/errors';
import type { AppContext } from '../context';
import { queryRows } from '../db/client';
import { emailTemplates, leads, smtpConfig } from '../db/schema';
import { runScheduleTick } from '../services/campaigns/schedule-tick';
import { addLeads, manualClock, resetSendingTables } from '../testing/sending-fixtures';
import { createTestContext, createTestRouter } from '../testing/test-app';
import { useTestDatabase } from '../testing/test-db';

describe('campaign procedures through the router', () => {
  const t = useTestDatabase();
  let ctx: AppContext;
  // Monday 6 January 2031, 08:00 UTC.
  const clock = manualClock(new Date('2031-01-06T08:00:00Z'));
  const call = async <T = Record<string, unknown>>(name: string, input: unknown): Promise<T> => {
    const envelope = (await createTestRouter(ctx).call(name, input)) as Envelope<T>;
    if (!envelope.ok) throw Object.assign(new Error(envelope.error.message), { code: envelope.error.code });
    return envelope.data;
  };

  beforeEach(async () => {
    await resetSendingTables(t().db);
    await t().db.execute(sql`DELETE FROM email_templates`);
    ctx = createTestContext(t(), { clock });
  });

  /** A sending account the engine never reaches: these tests look at what is queued, not sent. */
  const addAccountRow = (limits: { dailyLimit?: number; hourlyLimit?: number } = {}) =>
    t()
      .db.insert(smtpConfig)
      .values({
        provider: 'custom',
        providerName: 'Main',
        host: '127.0.0.1',
        port: 2525,
        secure: false,
        fromEmail: 'me@sender.test',
        fromName: 'Me',
        ...limits,
      });

  async function draft(extra: Record<string, unknown> = {}) {
    const [template] = await t()
      .db.insert(emailTemplates)
      .values({ name: 'Intro', subject: 'Hello {{companyName}}', bodyText: 'Hi {{contactName}}' })
      .returning();
    return call<{ id: string; status: string }>('campaigns.create', {
      name: 'Dentists in Paris',
      audienceFilter: { industries: ['dental'] },
      emailTemplateId: template!.id,
      leadsPerDay: 5,
      scheduleType: 'immediate',
      timeZoneMode: 'fixed',
      timeZone: 'Europe/Paris',
      ...extra,
    });
  }

  it('builds, checks, launches, lists, pauses, resumes, duplicates and archives a campaign', async () => {
    await addLeads(t().db, 12);
    const created = await draft();
    expect(created.status).toBe('draft');

    // No sending account yet: preflight says so and launch is refused.
    const blocked = await call<{ problems: string[] }>('campaigns.preflight', { id: created.id });
    expect(blocked.problems.join(' ')).toMatch(/No active sending account/);
    await expect(call('campaigns.launch', { id: created.id })).rejects.toMatchObject({ code: 'PRECONDITION_FAILED' });

    await addAccountRow({ dailyLimit: 20, hourlyLimit: 10 });
    const check = await call<{
      problems: string[];
      warnings: string[];
      audience: number;
      calendar: { days: Array<{ firstEmails: number; followUps: number }>; projectedFinish: string | null };
    }>('campaigns.preflight', { id: created.id });
    expect(check.problems).toEqual([]);
    expect(check.warnings).toEqual([]);
    expect(check.audience).toBe(12);
    expect(check.calendar.days).toHaveLength(14);
    // 12 leads at 5 a weekday: 5, 5, 2 first emails on Monday to Wednesday.
    expect(check.calendar.days.slice(0, 3).map((d) => d.firstEmails)).toEqual([5, 5, 2]);
    // 36 emails in all; Wednesday's two third steps fall on day 15 (Saturday + 5 → the Monday after), past the calendar.
    expect(check.calendar.days.reduce((n, d) => n + d.firstEmails + d.followUps, 0)).toBe(34);
    expect(check.calendar.projectedFinish).not.toBeNull();

    await call('campaigns.launch', { id: created.id });
    await runScheduleTick(t().db, clock.now());
    const [listed] = await call<
      Array<{
        id: string;
        status: string;
        scheduleInWords: string;
        numbers: { targeted: number; enrolled: number; queued: number };
        nextSendAt: string | null;
      }>
    >('campaigns.list', {});
    expect(listed).toMatchObject({ id: created.id, status: 'active', numbers: { targeted: 12, enrolled: 5, waiting: 7, queued: 5 } });
    expect(listed!.scheduleInWords).toMatch(/5 new leads/);
    expect(listed!.nextSendAt).not.toBeNull();

    const table = await call<{ rows: Array<{ state: string; stepReached: number }>; total: number }>('campaigns.leads', { id: created.id });
    expect(table.total).toBe(12);
    expect(table.rows.filter((r) => r.state === 'active' && r.stepReached === 1)).toHaveLength(5);
    const log = await call<{ total: number }>('sending.log', { campaignId: created.id });
    expect(log.total).toBe(5);

    // Another campaign over the same leads excludes those active here.
    const other = await call<{ count: number; excluded: { activeElsewhere: number } }>('campaigns.previewAudience', {
      audienceFilter: { industries: ['dental'] },
    });
    expect(other).toMatchObject({ count: 0, excluded: { activeElsewhere: 12 } });

    // Paused: the tick enqueues nothing, even on the next day.
    await call('campaigns.pause', { id: created.id });
    clock.advance(24 * 3_600_000);
    await runScheduleTick(t().db, clock.now());
    expect((await call<{ numbers: { enrolled: number } }>('campaigns.get', { id: created.id })).numbers.enrolled).toBe(5);
    await call('campaigns.resume', { id: created.id });
    await runScheduleTick(t().db, clock.now());
    expect((await call<{ numbers: { enrolled: number; queued: number } }>('campaigns.get', { id: created.id })).numbers).toMatchObject({
      enrolled: 10,
      queued: 10,
    });

    const copy = await call<{ id: string; name: string; status: string }>('campaigns.duplicate', { id: created.id });
    expect(copy).toMatchObject({ name: 'Dentists in Paris (copy)', status: 'draft' });
    await call('campaigns.archive', { id: created.id });
    const [archived] = await queryRows<{ cancelled: number }>(
      t().db,
      sql`SELECT count(*)::int AS cancelled FROM emails WHERE campaign_id = ${created.id} AND status = 'cancelled'`,
    );
    expect(archived!.cancelled).toBe(10);
    expect((await call<unknown[]>('campaigns.list', {})).length).toBe(1);
  });

  it('says when it sends next: the next queued email, else the next run that enrols waiting leads', async () => {
    await addLeads(t().db, 12);
    await addAccountRow();
    const created = await draft();
    await call('campaigns.launch', { id: created.id });
    await runScheduleTick(t().db, clock.now());
    const before = await call<{ nextSendAt: string }>('campaigns.get', { id: created.id });
    // The clock is at 08:00 UTC on a weekday (09:00 in Paris, inside the window): the queued emails are due now.
    expect(before.nextSendAt).toBe(clock.now().toISOString());
    // Today's five went out (and their follow-ups are not queued yet): next is tomorrow's enrolment, at Paris midnight.
    await t().db.execute(sql`UPDATE emails SET status = 'sent', sent_at = ${clock.now()}`);
    const after = await call<{ nextSendAt: string; numbers: { waiting: number } }>('campaigns.get', { id: created.id });
    expect(after.numbers.waiting).toBe(7);
    expect(after.nextSendAt).toBe(new Date(clock.now().getTime() + 15 * 3_600_000).toISOString());
    // Per lead, a sent first email's next send is its follow-up three days later (a weekday, at the
    // same 09:00 in Paris), not the scheduler's next look at the lead; a lead not yet enrolled has none.
    const table = await call<{ rows: Array<{ state: string; nextDueAt: string | null }> }>('campaigns.leads', { id: created.id });
    const active = table.rows.filter((r) => r.state === 'active');
    expect(active).toHaveLength(5);
    expect(new Set(active.map((r) => r.nextDueAt))).toEqual(new Set([new Date(clock.now().getTime() + 3 * 86_400_000).toISOString()]));
    expect(table.rows.filter((r) => r.state === 'queued').every((r) => r.nextDueAt === null)).toBe(true);
  });

  it('after three days of downtime enrols one day of leads, not three', async () => {
    await addLeads(t().db, 40);
    await addAccountRow();
    const created = await draft({ leadsPerDay: 5 });
    await call('campaigns.launch', { id: created.id });
    await runScheduleTick(t().db, clock.now());
    clock.advance(3 * 24 * 3_600_000);
    await runScheduleTick(t().db, clock.now());
    await runScheduleTick(t().db, clock.now());
    const days = await queryRows<{ day: string; n: number }>(
      t().db,
      sql`SELECT enrolled_day AS day, count(*)::int AS n FROM campaign_leads WHERE enrolled_day IS NOT NULL GROUP BY enrolled_day ORDER BY 1`,
    );
    expect(days.map((d) => d.n)).toEqual([5, 5]);
    await t().db.update(leads).set({ status: 'interested' });
    expect((await runScheduleTick(t().db, clock.now())).left).toBe(40);
  });
});
