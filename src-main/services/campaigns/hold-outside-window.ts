// The engine knows caps, not windows. Emails that fell due while the app was closed, the campaign
// paused or an account capped must not go out at night: before the engine sees them, each one due
// now but outside its recipient's window is moved to the window's next opening.
import { inArray, sql } from 'drizzle-orm';
import { isInsideWindow, nextWindowOpening } from '../../../src-shared/domain/campaign-schedule';
import { queryRows, type DbOrTx } from '../../db/client';
import { emails, type Campaign } from '../../db/schema';
import { windowOf } from './schedule-tick';

export async function holdOutsideWindow(db: DbOrTx, now: Date, active: Campaign[]): Promise<number> {
  if (active.length === 0) return 0;
  const byId = new Map(active.map((c) => [c.id, c]));
  const due = await queryRows<{ id: string; campaignId: string; zone: string | null }>(
    db,
    sql`SELECT e.id, e.campaign_id AS "campaignId", cl.time_zone AS zone
        FROM emails e JOIN campaign_leads cl ON cl.campaign_id = e.campaign_id AND cl.lead_id = e.lead_id
        WHERE e.status = 'queued' AND e.next_attempt_at <= ${now}
          AND e.campaign_id IN (${sql.join(active.map((c) => sql`${c.id}`), sql`, `)})`,
  );
  const moves = new Map<number, string[]>();
  // Thousands of due emails share a handful of windows and zones: work each opening out once.
  const openings = new Map<string, number | null>();
  for (const row of due) {
    const c = byId.get(row.campaignId)!;
    const zone = row.zone ?? c.timeZone;
    const key = `${c.windowDays.join()}|${c.windowStart}|${c.windowEnd}|${zone}`;
    let at = openings.get(key);
    if (at === undefined) {
      const window = windowOf(c);
      at = isInsideWindow(now, window, zone) ? null : nextWindowOpening(now, window, zone).getTime();
      openings.set(key, at);
    }
    if (at === null) continue;
    const ids = moves.get(at);
    if (ids) ids.push(row.id);
    else moves.set(at, [row.id]);
  }
  for (const [at, ids] of moves) {
    await db
      .update(emails)
      .set({ nextAttemptAt: new Date(at), waitReason: 'Outside the sending window' })
      .where(inArray(emails.id, ids));
  }
  return due.length;
}
