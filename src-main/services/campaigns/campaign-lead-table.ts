import { eq, sql } from 'drizzle-orm';
import type { CampaignLeadRow } from '../../../src-shared/contract/campaigns';
import { nextStepDue } from '../../../src-shared/domain/campaign-schedule';
import { queryRows, type DbOrTx } from '../../db/client';
import { campaigns } from '../../db/schema';
import { readCampaignSteps } from './campaign-steps';
import { windowOf } from './schedule-tick';

const SENT = ['sent', 'delivered', 'opened', 'clicked'];

type LeadTableRow = Omit<CampaignLeadRow, 'nextDueAt'> & {
  nextDueAt: Date | string | null;
  lastSentAt: Date | string | null;
  enrolledAt: Date | string | null;
};

/** The campaign page's per-lead table: where each lead is in the sequence, one page at a time. */
export async function readCampaignLeads(
  db: DbOrTx,
  input: { id: string; offset: number; limit: number },
): Promise<{ rows: CampaignLeadRow[]; total: number }> {
  const rows = await queryRows<LeadTableRow>(
    db,
    sql`SELECT cl.lead_id AS "leadId", l.company_name AS "companyName", l.email, cl.state, cl.step_reached AS "stepReached",
          CASE WHEN e.status = 'queued' THEN e.next_attempt_at WHEN e.status = 'sending' THEN NULL ELSE cl.next_due_at END AS "nextDueAt", e.status AS "lastEmailStatus", cl.left_reason AS "leftReason", cl.time_zone AS "timeZone",
          e.sent_at AS "lastSentAt", cl.enrolled_at AS "enrolledAt"
        FROM campaign_leads cl JOIN leads l ON l.id = cl.lead_id LEFT JOIN emails e ON e.id = cl.last_email_id
        WHERE cl.campaign_id = ${input.id}
        ORDER BY cl.enrolled_at NULLS LAST, cl.added_at, cl.id
        OFFSET ${input.offset} LIMIT ${input.limit}`,
  );
  const [count] = await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM campaign_leads WHERE campaign_id = ${input.id}`);
  const nextSend = await plannedFollowUps(db, input.id, rows);
  return {
    rows: rows.map(({ lastSentAt: _sent, enrolledAt: _enrolled, ...r }, i) => {
      const next = nextSend[i] !== undefined ? nextSend[i] : r.nextDueAt;
      return { ...r, nextDueAt: next === null ? null : new Date(next).toISOString() };
    }),
    total: count?.n ?? 0,
  };
}

/**
 * After a lead's email went out, the scheduler looks at the lead again a few minutes later to queue
 * the next step; until then the table shows when that step is planned (null: the sequence is done),
 * not when the scheduler will look. Undefined where the stored time is already the answer.
 */
async function plannedFollowUps(db: DbOrTx, campaignId: string, rows: LeadTableRow[]): Promise<Array<Date | null | undefined>> {
  const justSent = (r: LeadTableRow) =>
    r.state === 'active' && r.lastEmailStatus !== null && SENT.includes(r.lastEmailStatus) && r.lastSentAt !== null;
  if (!rows.some(justSent)) return rows.map(() => undefined);
  const [c] = await db.select().from(campaigns).where(eq(campaigns.id, campaignId));
  if (!c) return rows.map(() => undefined);
  const steps = await readCampaignSteps(db, c);
  return rows.map((r) => {
    if (!justSent(r)) return undefined;
    const zone = r.timeZone ?? c.timeZone;
    const due = nextStepDue(
      { lastStepNumber: r.stepReached, lastSentAt: new Date(r.lastSentAt!) },
      steps,
      windowOf(c),
      zone,
      new Date(r.enrolledAt ?? r.lastSentAt!),
    );
    return due.kind === 'due' ? due.dueAt : null;
  });
}
