// A busy day's enrolment is split over ticks of at most TICK_BUDGET leads, run back to back, and
// every campaign still gets exactly its day's leads: none twice, none lost.
import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { queryRows, type AppDb } from '../../db/client';
import { manualClock } from '../../testing/sending-fixtures';
import { createTestDatabase, type TestDatabase } from '../../testing/test-db';
import { createCampaignScheduler } from './campaign-scheduler';
import { runScheduleTick, TICK_BUDGET, type TickResult } from './schedule-tick';

// Tuesday 7 January 2031, 10:00 in Paris: inside the default window.
const NOW = new Date('2031-01-07T09:00:00Z');
const CAMPAIGNS = 30;
const PER_DAY = 7;

/** CAMPAIGNS active campaigns of PER_DAY leads a day, each with twice that many leads waiting. */
async function seedBusyDay(db: AppDb): Promise<void> {
  await db.execute(sql`INSERT INTO smtp_config (provider, provider_name, host, port, secure, from_email, from_name)
    VALUES ('custom', 'Test', '127.0.0.1', 2525, false, 'me@sender.test', 'Me')`);
  const [template] = await queryRows<{ id: string }>(
    db,
    sql`INSERT INTO email_templates (name, subject, body_text) VALUES ('T', 'Hello {{companyName}}', 'Hi {{contactName}}.') RETURNING id`,
  );
  await db.execute(sql`INSERT INTO leads (company_name, contact_name, email, source, industry, country)
    SELECT 'Company ' || i, 'Contact ' || i, 'lead' || i || '@recipient.test', 'manual', 'dental', 'France'
    FROM generate_series(1, ${CAMPAIGNS * PER_DAY * 2}) AS i`);
  await db.execute(sql`INSERT INTO campaigns (name, status, schedule_type, leads_per_day, email_template_id, time_zone, time_zone_mode,
      activated_at, last_run_at)
    SELECT 'Campaign ' || i, 'active', 'immediate', ${PER_DAY}, ${template!.id}, 'Europe/Paris', 'recipient',
      ${new Date(NOW.getTime() - 3 * 86_400_000)}, ${new Date(NOW.getTime() - 86_400_000)}
    FROM generate_series(1, ${CAMPAIGNS}) AS i`);
  // Each campaign its own leads, so a lead enrolled twice would show as a count above PER_DAY.
  await db.execute(sql`INSERT INTO campaign_leads (campaign_id, lead_id, state)
    SELECT c.id, l.id, 'queued'
    FROM (SELECT id, row_number() OVER (ORDER BY name) - 1 AS n FROM campaigns) c
    JOIN (SELECT id, row_number() OVER (ORDER BY email) - 1 AS n FROM leads) l ON l.n / ${PER_DAY * 2} = c.n`);
}

async function enrolledPerCampaign(db: AppDb): Promise<number[]> {
  const rows = await queryRows<{ n: number }>(
    db,
    sql`SELECT count(cl.id) FILTER (WHERE cl.state = 'active')::int AS n
        FROM campaigns c LEFT JOIN campaign_leads cl ON cl.campaign_id = c.id GROUP BY c.id ORDER BY c.name`,
  );
  return rows.map((r) => r.n);
}

describe('scheduler tick budget', () => {
  let t: TestDatabase;
  beforeEach(async () => {
    t = await createTestDatabase();
    await seedBusyDay(t.db);
  });
  afterEach(async () => {
    await t?.close();
  });

  it('writes at most TICK_BUDGET leads a tick and enrols the rest of the day in the next ticks', async () => {
    const { db } = t;
    const tick = () => db.transaction((tx) => runScheduleTick(tx, NOW));
    const first = await tick();
    expect(first).toMatchObject({ enrolled: TICK_BUDGET, enqueued: TICK_BUDGET, more: true });
    const afterFirst = await enrolledPerCampaign(db);
    expect(afterFirst.reduce((a, b) => a + b, 0)).toBe(TICK_BUDGET);
    // Served in full or kept waiting: a campaign cut short by the budget keeps its run due.
    const waiting = await queryRows<{ n: number }>(
      db,
      sql`SELECT count(*)::int AS n FROM campaigns WHERE last_run_at = ${new Date(NOW.getTime() - 86_400_000)}`,
    );
    expect(waiting[0]!.n).toBe(afterFirst.filter((n) => n < PER_DAY).length);

    // The lead is looked at again once its email should have gone, not at the due time itself.
    const [look] = await queryRows<{ gapMs: number }>(
      db,
      sql`SELECT (extract(epoch FROM cl.next_due_at - e.scheduled_at) * 1000)::int AS "gapMs"
          FROM campaign_leads cl JOIN emails e ON e.id = cl.last_email_id LIMIT 1`,
    );
    expect(look!.gapMs).toBe(5 * 60_000);

    const second = await tick();
    expect(second).toMatchObject({ enrolled: CAMPAIGNS * PER_DAY - TICK_BUDGET, more: false });
    expect(await enrolledPerCampaign(db)).toEqual(Array.from({ length: CAMPAIGNS }, () => PER_DAY));
    const third = await tick();
    expect(third).toMatchObject({ enrolled: 0, enqueued: 0, more: false });
    const [emails] = await queryRows<{ n: number; leads: number }>(
      db,
      sql`SELECT count(*)::int AS n, count(DISTINCT lead_id)::int AS leads FROM emails`,
    );
    expect(emails).toEqual({ n: CAMPAIGNS * PER_DAY, leads: CAMPAIGNS * PER_DAY });
  });

  it('the scheduler runs the next tick at once while a tick leaves work', async () => {
    const results: TickResult[] = [];
    const scheduler = createCampaignScheduler({ db: t.db, clock: manualClock(NOW), intervalMs: 3_600_000, onTick: (r) => results.push(r) });
    await scheduler.tickNow();
    await expect.poll(() => results.length, { timeout: 20_000 }).toBe(2);
    await scheduler.stop();
    expect(results.map((r) => [r.enrolled, r.more])).toEqual([
      [TICK_BUDGET, true],
      [CAMPAIGNS * PER_DAY - TICK_BUDGET, false],
    ]);
    expect(await enrolledPerCampaign(t.db)).toEqual(Array.from({ length: CAMPAIGNS }, () => PER_DAY));
  });
});
