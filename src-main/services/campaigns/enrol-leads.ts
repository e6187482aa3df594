// Enrolment for every active campaign at once: which campaigns have a run due (pure), how many
// they already enrolled that campaign-local day (one grouped query), and the next targeted leads
// of each (one lateral query). Missed runs collapse into the latest, so downtime never bursts.
import { sql } from 'drizzle-orm';
import { dueRun, enrolmentRoom, localDayKey, scheduleFromColumns } from '../../../src-shared/domain/campaign-schedule';
import { queryRows, type DbOrTx } from '../../db/client';
import type { Campaign } from '../../db/schema';
import { leadZone, windowOf } from './schedule-tick';

const list = <T>(items: T[], one: (item: T) => ReturnType<typeof sql>) => sql.join(items.map(one), sql`, `);

interface Run {
  c: Campaign;
  dayKey: string;
  room: number;
}

/** A lead picked for enrolment this tick; still 'queued' in the table until its first step is written. */
export interface PickedLead {
  clId: string;
  campaignId: string;
  leadId: string;
  day: string;
  zone: string;
}

/**
 * Picks each due campaign's next leads, `budget` at most in all. They are written as enrolled
 * together with their first step (one UPDATE per row instead of two): `activatePicked` writes
 * those that get no email. A campaign the budget could not serve in full keeps its run due, so the
 * next tick enrols the rest; campaigns that waited longest go first.
 */
export async function enrolDueLeads(
  db: DbOrTx,
  now: Date,
  active: Campaign[],
  budget: number,
): Promise<{ picked: PickedLead[]; deferred: boolean }> {
  const runs: Array<Run & { run: Date }> = [];
  for (const c of active) {
    const schedule = scheduleFromColumns(c);
    const run = dueRun(c.lastRunAt, now, schedule, c.timeZone, c.activatedAt);
    if (run) runs.push({ c, run, dayKey: localDayKey(run, c.timeZone), room: 0 });
  }
  if (runs.length === 0) return { picked: [], deferred: false };

  // Per campaign-local day (campaigns in one zone share it), one index-only scan of
  // (campaign_id, enrolled_day): a join on a VALUES list lets the planner hash the whole
  // campaign_leads table, a million rows for 100 campaigns of 10,000.
  const counts: Array<{ campaignId: string; n: number }> = [];
  for (const day of new Set(runs.map((r) => r.dayKey))) {
    const ids = runs.filter((r) => r.dayKey === day).map((r) => r.c.id);
    counts.push(
      ...(await queryRows<{ campaignId: string; n: number }>(
        db,
        sql`SELECT campaign_id AS "campaignId", count(*)::int AS n FROM campaign_leads
            WHERE campaign_id = ANY(${`{${ids.join(',')}}`}::uuid[]) AND enrolled_day = ${day} GROUP BY campaign_id`,
      )),
    );
  }
  runs.sort((a, b) => (a.c.lastRunAt?.getTime() ?? 0) - (b.c.lastRunAt?.getTime() ?? 0));
  let left = Math.max(0, budget);
  const served: typeof runs = [];
  for (const r of runs) {
    const rules = {
      leadsPerDay: r.c.leadsPerDay,
      schedule: scheduleFromColumns(r.c),
      window: windowOf(r.c),
      campaignZone: r.c.timeZone,
      startDate: r.c.startDate,
      endDate: r.c.endDate,
    };
    const room = enrolmentRoom(r.run.getTime(), rules, counts.find((x) => x.campaignId === r.c.id)?.n ?? 0);
    r.room = Math.min(room, left);
    left -= r.room;
    if (r.room === room) served.push(r);
  }
  const picked = await pickLeads(
    db,
    runs.filter((r) => r.room > 0),
  );
  if (served.length > 0) {
    await db.execute(sql`UPDATE campaigns AS c SET last_run_at = v.run
      FROM (VALUES ${list(served, (r) => sql`(${r.c.id}::uuid, ${r.run.toISOString()}::timestamptz)`)}) AS v(id, run) WHERE c.id = v.id`);
  }
  return { picked, deferred: served.length < runs.length };
}

/** A campaign scheduled by hand enrols when the user asks: up to leadsPerDay more leads, now. */
export async function enrolBatchNow(db: DbOrTx, now: Date, c: Campaign): Promise<number> {
  const picked = await pickLeads(db, [{ c, dayKey: localDayKey(now, c.timeZone), room: c.leadsPerDay }]);
  await activatePicked(db, now, picked);
  await db.execute(sql`UPDATE campaigns SET last_run_at = ${now} WHERE id = ${c.id}`);
  return picked.length;
}

/** The next `room` targeted leads of each run, with the day and zone they are enrolled under. */
async function pickLeads(db: DbOrTx, withRoom: Run[]): Promise<PickedLead[]> {
  if (withRoom.length === 0) return [];
  const rows = await queryRows<{ id: string; campaignId: string; leadId: string; country: string | null; city: string | null }>(
    db,
    sql`SELECT p.id, p.campaign_id AS "campaignId", p.lead_id AS "leadId", p.country, p.city
        FROM (VALUES ${list(withRoom, (r) => sql`(${r.c.id}::uuid, ${r.room}::int)`)}) AS v(cid, room)
        CROSS JOIN LATERAL (
          SELECT cl.id, cl.campaign_id, cl.lead_id, l.country, l.city FROM campaign_leads cl JOIN leads l ON l.id = cl.lead_id
          WHERE cl.campaign_id = v.cid AND cl.state = 'queued' AND l.email IS NOT NULL AND l.email <> ''
            AND NOT EXISTS (SELECT 1 FROM do_not_contact d WHERE (d.kind = 'address' AND d.value = lower(l.email))
                            OR (d.kind = 'domain' AND d.value = lower(split_part(l.email, '@', 2))))
          ORDER BY cl.added_at, cl.id LIMIT v.room) p`,
  );
  return rows.map((p) => {
    const r = withRoom.find((x) => x.c.id === p.campaignId)!;
    return { clId: p.id, campaignId: p.campaignId, leadId: p.leadId, day: r.dayKey, zone: leadZone(r.c, p) };
  });
}

/** Writes picked leads as enrolled (in the sequence, due at once): one UPDATE per (day, zone). */
export async function activatePicked(db: DbOrTx, now: Date, picked: PickedLead[]): Promise<void> {
  const groups = new Map<string, { day: string; zone: string; ids: string[] }>();
  for (const p of picked) {
    const key = `${p.day}|${p.zone}`;
    const group = groups.get(key) ?? { day: p.day, zone: p.zone, ids: [] };
    group.ids.push(p.clId);
    groups.set(key, group);
  }
  for (const g of groups.values()) {
    await db.execute(sql`UPDATE campaign_leads SET state = 'active', enrolled_at = ${now}, enrolled_day = ${g.day}, time_zone = ${g.zone}, next_due_at = ${now}
      WHERE id = ANY(${`{${g.ids.join(',')}}`}::uuid[])`);
  }
}
