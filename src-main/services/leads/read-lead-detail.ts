import { desc, eq, sql } from 'drizzle-orm';
import type { LeadDetail, TimelineEntry } from '../../../src-shared/contract/leads';
import { scoreLead } from '../../../src-shared/domain/lead-score';
import type { DbOrTx } from '../../db/client';
import { activityLog, campaignLeads, campaigns, emails, leadBatches, type Lead } from '../../db/schema';
import { notFound } from '../../rpc/app-error';
import { toLeadRecord } from './lead-record';
import { readLead } from './save-lead';

/** Everything the lead drawer shows: the record, why it scored what it did, its batch and campaigns. */
export async function readLeadDetail(db: DbOrTx, idOrRow: string | Lead): Promise<LeadDetail> {
  const row = typeof idOrRow === 'string' ? await readLead(db, idOrRow) : idOrRow;
  if (!row) throw notFound('That lead');
  const [batch, memberships] = await Promise.all([
    row.batchId ? db.select({ name: leadBatches.name }).from(leadBatches).where(eq(leadBatches.id, row.batchId)) : Promise.resolve([]),
    db
      .select({ id: campaigns.id, name: campaigns.name, addedAt: campaignLeads.addedAt })
      .from(campaignLeads)
      .innerJoin(campaigns, eq(campaigns.id, campaignLeads.campaignId))
      .where(eq(campaignLeads.leadId, row.id))
      .orderBy(desc(campaignLeads.addedAt)),
  ]);
  const record = toLeadRecord(row);
  return {
    ...record,
    score: scoreLead(record),
    batchName: batch[0]?.name ?? null,
    campaigns: memberships.map((m) => ({ id: m.id, name: m.name, addedAt: m.addedAt.toISOString() })),
  };
}

const emailWords: Record<string, string> = {
  queued: 'Email queued',
  sent: 'Email sent',
  delivered: 'Email delivered',
  opened: 'Email opened',
  clicked: 'Email clicked',
  bounced: 'Email bounced',
  failed: 'Email failed',
  spam: 'Email marked as spam',
};

/** The lead's history, newest first: activity-log lines and its emails, merged. */
export async function readLeadTimeline(db: DbOrTx, leadId: string, limit = 100): Promise<TimelineEntry[]> {
  const [activity, mail] = await Promise.all([
    db
      .select()
      .from(activityLog)
      .where(sql`${activityLog.entityType} = 'lead' AND ${activityLog.entityId} = ${leadId}`)
      .orderBy(desc(activityLog.createdAt))
      .limit(limit),
    db
      .select({ id: emails.id, subject: emails.subject, status: emails.status, createdAt: emails.createdAt, sentAt: emails.sentAt, errorMessage: emails.errorMessage })
      .from(emails)
      .where(eq(emails.leadId, leadId))
      .orderBy(desc(emails.createdAt))
      .limit(limit),
  ]);
  const entries: TimelineEntry[] = [
    ...activity.map((a) => ({
      id: a.id,
      kind: 'activity' as const,
      at: a.createdAt.toISOString(),
      title: a.description ?? a.action,
      detail: null,
    })),
    ...mail.map((m) => ({
      id: m.id,
      kind: 'email' as const,
      at: (m.sentAt ?? m.createdAt).toISOString(),
      title: `${emailWords[m.status] ?? m.status}: ${m.subject}`,
      detail: m.errorMessage,
    })),
  ];
  return entries.sort((a, b) => b.at.localeCompare(a.at)).slice(0, limit);
}
