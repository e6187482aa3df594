// npm run bench -- schedule
// One scheduler tick over 100 active campaigns of 10,000 enrolled leads each (1,000,000
// campaign_leads rows) on the embedded database: each campaign enrols its day's 10 new leads and
// queues their first emails (1,000 enqueues), the rest wait for later steps. A tick writes at most
// TICK_BUDGET leads, so the day takes several ticks back to back: schedule.tick is the slowest of
// them in a running process, schedule.tickFirst the first of a fresh one, schedule.day all of them.
// Then an idle tick.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { openEmbeddedDatabase, queryRows } from '../../db/client';
import { reportFigure } from '../../testing/bench';
import { runScheduleTick, TICK_BUDGET } from './schedule-tick';

const CAMPAIGNS = Number(process.env.SCHEDULE_BENCH_CAMPAIGNS ?? 100);
const LEADS = Number(process.env.SCHEDULE_BENCH_LEADS ?? 10_000);
const NEW_PER_DAY = 10;
// Tuesday 7 January 2031, 10:00 in Paris: inside the window.
const now = new Date('2031-01-07T09:00:00Z');

const dataDir = mkdtempSync(join(tmpdir(), 'outreach-desk-bench-schedule-'));
const handle = await openEmbeddedDatabase({ dataDir });
const db = handle.db;
try {
  const t0 = performance.now();
  await db.execute(sql`INSERT INTO smtp_config (provider, provider_name, host, port, secure, from_email, from_name)
    VALUES ('custom', 'Bench', '127.0.0.1', 2525, false, 'me@sender.test', 'Me')`);
  const [template] = await queryRows<{ id: string }>(
    db,
    sql`INSERT INTO email_templates (name, subject, body_text) VALUES ('Bench', 'Hello {{companyName}}', 'Hi {{contactName}}, a note.') RETURNING id`,
  );
  await db.execute(sql`INSERT INTO leads (company_name, contact_name, email, source, industry, country, city)
    SELECT 'Company ' || i, 'Contact ' || i, 'lead' || i || '@recipient.test', 'manual', 'dental',
           (ARRAY['France', 'United States', 'Germany', 'Australia'])[1 + i % 4], NULL
    FROM generate_series(1, ${LEADS + NEW_PER_DAY}) AS i`);
  await db.execute(sql`INSERT INTO campaigns (name, status, schedule_type, leads_per_day, email_template_id, time_zone, time_zone_mode,
      activated_at, last_run_at)
    SELECT 'Campaign ' || i, 'active', 'immediate', ${NEW_PER_DAY}, ${template!.id}, 'Europe/Paris', 'recipient',
      ${new Date(now.getTime() - 3 * 86_400_000)}, ${new Date(now.getTime() - 86_400_000)}
    FROM generate_series(1, ${CAMPAIGNS}) AS i`);
  // Enrolled earlier and waiting for a later step; then today's NEW_PER_DAY leads still to enrol.
  await db.execute(sql`INSERT INTO campaign_leads (campaign_id, lead_id, state, enrolled_at, enrolled_day, step_reached, last_sent_at, next_due_at, time_zone)
    SELECT c.id, l.id, 'active', ${new Date(now.getTime() - 2 * 86_400_000)}, '2031-01-05', 1, ${new Date(now.getTime() - 86_400_000)},
           ${new Date(now.getTime() + 2 * 86_400_000)}, 'Europe/Paris'
    FROM campaigns c CROSS JOIN (SELECT id FROM leads ORDER BY company_name LIMIT ${LEADS}) l`);
  await db.execute(sql`INSERT INTO campaign_leads (campaign_id, lead_id, state)
    SELECT c.id, l.id, 'queued' FROM campaigns c
    CROSS JOIN (SELECT id FROM leads WHERE id NOT IN (SELECT lead_id FROM campaign_leads) LIMIT ${NEW_PER_DAY}) l`);
  await db.execute(sql`ANALYZE`);
  process.stderr.write(`seeded ${CAMPAIGNS} campaigns x ${LEADS} leads in ${Math.round(performance.now() - t0)} ms\n`);

  // In one transaction, as the scheduler runs it.
  const tick = (at: Date) => db.transaction((tx) => runScheduleTick(tx, at));
  const t1 = performance.now();
  const first = await tick(now);
  const firstMs = performance.now() - t1;

  // The rest of the day's enrolment: while a tick leaves work, the scheduler runs the next at once.
  const day = { ticks: 1, enrolled: first.enrolled, enqueued: first.enqueued, ms: firstMs };
  const full: number[] = [];
  for (let more = first.more; more;) {
    const t = performance.now();
    const next = await tick(now);
    const ms = performance.now() - t;
    day.ms += ms;
    day.ticks++;
    day.enrolled += next.enrolled;
    day.enqueued += next.enqueued;
    if (next.enrolled + next.enqueued >= first.enrolled + first.enqueued) full.push(ms);
    more = next.more;
  }
  // A running app's tick: the slowest full tick after the first. The first tick of a fresh process
  // also pays one-time costs (JIT, time-zone data, template compile) and is reported on its own.
  reportFigure('schedule.tick', Math.max(...full), 'ms', {
    ...first,
    fullTicks: full.map((ms) => Math.round(ms)),
    campaigns: CAMPAIGNS,
    enrolledPerCampaign: LEADS,
    budget: TICK_BUDGET,
    target: 200,
  });
  reportFigure('schedule.tickFirst', firstMs, 'ms', { enrolled: first.enrolled, enqueued: first.enqueued });
  reportFigure('schedule.day', day.ms, 'ms', { ticks: day.ticks, enrolled: day.enrolled, enqueued: day.enqueued });

  const samples: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t2 = performance.now();
    await tick(new Date(now.getTime() + (i + 1) * 30_000));
    samples.push(performance.now() - t2);
  }
  samples.sort((a, b) => a - b);
  reportFigure('schedule.tickIdle', samples[2]!, 'ms', { campaigns: CAMPAIGNS, enrolledPerCampaign: LEADS });
} finally {
  await handle.close();
  rmSync(dataDir, { recursive: true, force: true });
}
