import { sql } from 'drizzle-orm';
import type { CampaignLeadRow } from '../../../src-shared/contract/campaigns';
import { queryRows, type DbOrTx } from '../../db/client';

/** The campaign page's per-lead table: where each lead is in the sequence, one page at a time. */
export async function readCampaignLeads(
  db: DbOrTx,
  input: { id: string; offset: number; limit: number },
): Promise<{ rows: CampaignLeadRow[]; total: number }> {
  const rows = await queryRows<Omit<CampaignLeadRow, 'nextDueAt'> & { nextDueAt: Date | string | null }>(
    db,
    sql`SELECT cl.lead_id AS "leadId", l.company_name AS "companyName", l.email, cl.state, cl.step_reached AS "stepReached",
          CASE WHEN e.status = 'queued' THEN e.next_attempt_at WHEN e.status = 'sending' THEN NULL ELSE cl.next_due_at END AS "nextDueAt", e.status AS "lastEmailStatus", cl.left_reason AS "leftReason", cl.time_zone AS "timeZone"
        FROM campaign_leads cl JOIN leads l ON l.id = cl.lead_id LEFT JOIN emails e ON e.id = cl.last_email_id
        WHERE cl.campaign_id = ${input.id}
        ORDER BY cl.enrolled_at NULLS LAST, cl.added_at, cl.id
        OFFSET ${input.offset} LIMIT ${input.limit}`,
  );
  const [count] = await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM campaign_leads WHERE campaign_id = ${input.id}`);
  return {
    rows: rows.map((r) => ({ ...r, nextDueAt: r.nextDueAt === null ? null : new Date(r.nextDueAt).toISOString() })),
    total: count?.n ?? 0,
  };
}
