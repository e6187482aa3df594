// One pass of the campaign scheduler: stop leads who answered, enrol today's new leads, and put
// each lead's next due step in the delivery queue (scheduled at its due time, inside the window in
// the recipient's zone). The engine sends; caps are the engine's. Idempotent: the queue's unique
// (campaign, lead, step) key and the per-lead step_reached make a re-run or a crash harmless.
import { and, eq, sql } from 'drizzle-orm';
import { inferRecipientTimeZone, type SendingWindow, type Weekday } from '../../../src-shared/domain/campaign-schedule';
import { queryRows, type DbOrTx } from '../../db/client';
import { campaignLeads, campaigns, type Campaign } from '../../db/schema';
import { holdOutsideWindow } from './hold-outside-window';
import { advanceLeads } from './advance-leads';
import { enrolDueLeads, type PickedLead } from './enrol-leads';

/** Lead statuses that end a sequence at once (replies are marked by hand for now). */
export const STOP_STATUSES = ['responded', 'interested', 'not_interested', 'converted', 'invalid'] as const;
/**
 * Leads a tick writes at most (enrolled or advanced to their next step). On the embedded database
 * the app's screens wait while a tick holds it, so a tick does a bounded share of a busy day and
 * the scheduler runs the next one at once; a day's enrolment of thousands never freezes the app.
 */
export const TICK_BUDGET = 200;

export interface TickResult {
  campaigns: number;
  enrolled: number;
  enqueued: number;
  left: number;
  finished: number;
  completed: number;
  /** Work was left for the next tick (the budget ran out); the scheduler runs it at once. */
  more: boolean;
}

export function windowOf(c: Pick<Campaign, 'windowDays' | 'windowStart' | 'windowEnd'>): SendingWindow {
  return { days: c.windowDays as Weekday[], start: c.windowStart, end: c.windowEnd };
}

export function leadZone(c: Pick<Campaign, 'timeZoneMode' | 'timeZone'>, lead: { country: string | null; city: string | null }): string {
  return c.timeZoneMode === 'recipient' ? inferRecipientTimeZone({ country: lead.country, city: lead.city }, c.timeZone).zone : c.timeZone;
}

export interface DueRow {
  clId: string;
  campaignId: string;
  leadId: string;
  stepReached: number;
  enrolledAt: Date | string;
  lastSentAt: Date | string | null;
  timeZone: string | null;
  smtpConfigId: string | null;
  firstSubject: string | null;
  emailId: string | null;
  emailStatus: string | null;
  emailSentAt: Date | string | null;
  messageId: string | null;
}

export const asDate = (v: Date | string | null) => (v === null ? null : new Date(v));

/** A lead enrolled this tick, as the due row it becomes: no step sent yet. */
function enrolledRow(p: PickedLead, now: Date): DueRow {
  return {
    clId: p.clId,
    campaignId: p.campaignId,
    leadId: p.leadId,
    stepReached: 0,
    enrolledAt: now,
    lastSentAt: null,
    timeZone: p.zone,
    smtpConfigId: null,
    firstSubject: null,
    emailId: null,
    emailStatus: null,
    emailSentAt: null,
    messageId: null,
  };
}

export async function runScheduleTick(db: DbOrTx, now: Date): Promise<TickResult> {
  const result: TickResult = { campaigns: 0, enrolled: 0, enqueued: 0, left: 0, finished: 0, completed: 0, more: false };
  const touched = new Set<string>();

  // 1. A lead marked as answered (or invalid) leaves every sequence, and its queued emails are cancelled.
  const stopList = sql.join(
    STOP_STATUSES.map((s) => sql`${s}`),
    sql`, `,
  );
  const left = await queryRows<{ campaignId: string }>(
    db,
    sql`UPDATE campaign_leads cl SET state = 'left', left_reason = l.status::text, next_due_at = NULL
        FROM leads l WHERE l.id = cl.lead_id AND cl.state IN ('queued', 'active') AND l.status::text IN (${stopList})
        RETURNING cl.campaign_id AS "campaignId"`,
  );
  if (left.length > 0) {
    await db.execute(
      sql`UPDATE emails e SET status = 'cancelled', wait_reason = 'Lead ' || replace(l.status::text, '_', ' ')
          FROM leads l WHERE l.id = e.lead_id AND e.status IN ('queued', 'awaiting_approval') AND e.campaign_id IS NOT NULL AND l.status::text IN (${stopList})`,
    );
    result.left += left.length;
    for (const r of left) touched.add(r.campaignId);
  }

  const active = await db.select().from(campaigns).where(eq(campaigns.status, 'active'));
  result.campaigns = active.length;
  if (active.length === 0) return result;
  const byId = new Map(active.map((c) => [c.id, c]));

  // 2. Leads whose next step may be due, across all active campaigns, oldest first.
  const due = await queryRows<DueRow>(
    db,
    sql`SELECT cl.id AS "clId", cl.campaign_id AS "campaignId", cl.lead_id AS "leadId", cl.step_reached AS "stepReached",
          cl.enrolled_at AS "enrolledAt", cl.last_sent_at AS "lastSentAt", cl.time_zone AS "timeZone",
          cl.smtp_config_id AS "smtpConfigId", cl.first_subject AS "firstSubject", e.id AS "emailId", e.status AS "emailStatus",
          e.sent_at AS "emailSentAt", e.message_id AS "messageId"
        FROM campaign_leads cl
        LEFT JOIN emails e ON e.id = cl.last_email_id
        WHERE cl.state = 'active' AND cl.next_due_at <= ${now}
          AND cl.campaign_id IN (${sql.join(
            active.map((c) => sql`${c.id}`),
            sql`, `,
          )})
        ORDER BY cl.next_due_at LIMIT ${TICK_BUDGET}`,
  );

  // 3. Enrolment, with what is left of the budget: at each due run, up to leadsPerDay per
  // campaign-local day; missed runs collapse into one. The picked leads are due at once, and
  // written as enrolled with their first step.
  const enrolment = await enrolDueLeads(db, now, active, TICK_BUDGET - due.length);
  const picked = enrolment.picked;
  result.enrolled += picked.length;
  result.more = due.length === TICK_BUDGET || enrolment.deferred;

  const enrolments = new Map(picked.map((p) => [p.clId, p]));
  const work = [...picked.map((p) => enrolledRow(p, now)), ...due];
  if (work.length > 0) {
    await advanceLeads(db, now, byId, work, result, touched, enrolments);
  }

  // 4. Nothing goes out at night: overdue emails outside their window wait for its next opening.
  await holdOutsideWindow(db, now, active);

  // 5. Completion: nobody left in the sequence (and nobody left to enrol, or the end date passed).
  for (const c of active) {
    const ended = c.endDate !== null && c.endDate.getTime() <= now.getTime();
    if (!touched.has(c.id) && !ended) continue;
    if (ended) {
      await db
        .update(campaignLeads)
        .set({ state: 'left', leftReason: 'campaign ended' })
        .where(and(eq(campaignLeads.campaignId, c.id), eq(campaignLeads.state, 'queued')));
    }
    const [open] = await queryRows<{ one: number }>(
      db,
      sql`SELECT 1 AS one FROM campaign_leads WHERE campaign_id = ${c.id} AND state IN ('queued', 'active') LIMIT 1`,
    );
    if (!open) {
      await db.update(campaigns).set({ status: 'completed', completedAt: now }).where(eq(campaigns.id, c.id));
      result.completed++;
    }
  }
  return result;
}
