// A manual campaign writes each email (rendered for its lead, scheduled, account chosen) and holds
// it as 'awaiting_approval'. The user reads and edits it; approving puts it in the queue as it
// stands, skipping takes it out for good (the lead then leaves the sequence on the next tick).
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { CampaignDraft } from '../../../src-shared/contract/campaigns';
import { htmlToText } from '../../../src-shared/domain/templates';
import { queryRows, type DbOrTx } from '../../db/client';
import { campaignLeads, campaigns, emails } from '../../db/schema';
import { AppError } from '../../rpc/app-error';
import { recordActivity } from '../activity/record-activity';
import { holdOutsideWindow } from './hold-outside-window';

interface DraftRow extends Omit<CampaignDraft, 'scheduledAt' | 'editedAt'> {
  scheduledAt: Date | string;
  editedAt: string | null;
}

const draftColumns = sql`e.id AS "emailId", e.lead_id AS "leadId", l.company_name AS "companyName", l.contact_name AS "contactName",
  l.email AS "to", e.step_number AS step, e.subject, e.body_text AS "bodyText", e.body_html AS "bodyHtml",
  e.scheduled_at AS "scheduledAt", e.metadata->>'editedAt' AS "editedAt"`;

const toDraft = (r: DraftRow): CampaignDraft => ({ ...r, scheduledAt: new Date(r.scheduledAt).toISOString() });

/** The campaign's held emails, the earliest due first. */
export async function readDrafts(
  db: DbOrTx,
  input: { id: string; offset: number; limit: number },
): Promise<{ rows: CampaignDraft[]; total: number }> {
  const rows = await queryRows<DraftRow>(
    db,
    sql`SELECT ${draftColumns} FROM emails e JOIN leads l ON l.id = e.lead_id
        WHERE e.campaign_id = ${input.id} AND e.status = 'awaiting_approval'
        ORDER BY e.scheduled_at, e.id OFFSET ${input.offset} LIMIT ${input.limit}`,
  );
  const [count] = await queryRows<{ n: number }>(
    db,
    sql`SELECT count(*)::int AS n FROM emails WHERE campaign_id = ${input.id} AND status = 'awaiting_approval'`,
  );
  return { rows: rows.map(toDraft), total: count?.n ?? 0 };
}

/** The user's own words replace what the template wrote, for this email only. */
export async function editDraft(
  db: DbOrTx,
  now: Date,
  input: { emailId: string; subject: string; bodyHtml: string | null; bodyText?: string | undefined },
): Promise<CampaignDraft> {
  const html = input.bodyHtml?.trim() ? input.bodyHtml : null;
  const text = input.bodyText?.trim() ? input.bodyText : html ? htmlToText(html) : '';
  if (!text.trim()) throw new AppError('INVALID_INPUT', 'The email has no body.', { fieldErrors: { bodyHtml: ['Write the email'] } });
  const updated = await db
    .update(emails)
    .set({
      subject: input.subject,
      bodyHtml: html,
      bodyText: text,
      metadata: sql`${emails.metadata} || jsonb_build_object('editedAt', ${now.toISOString()}::text)`,
    })
    .where(and(eq(emails.id, input.emailId), eq(emails.status, 'awaiting_approval')))
    .returning({ campaignId: emails.campaignId, leadId: emails.leadId, step: emails.stepNumber });
  if (updated.length === 0) await explainNotHeld(db, input.emailId);
  const [e] = updated;
  if (e!.step === 1 && e!.campaignId) {
    // Follow-ups sent as replies quote the subject the lead actually received.
    await db
      .update(campaignLeads)
      .set({ firstSubject: input.subject })
      .where(and(eq(campaignLeads.campaignId, e!.campaignId), eq(campaignLeads.leadId, e!.leadId)));
  }
  const [row] = await queryRows<DraftRow>(
    db,
    sql`SELECT ${draftColumns} FROM emails e JOIN leads l ON l.id = e.lead_id WHERE e.id = ${input.emailId}`,
  );
  return toDraft(row!);
}

async function explainNotHeld(db: DbOrTx, emailId: string): Promise<never> {
  const [e] = await db.select({ status: emails.status }).from(emails).where(eq(emails.id, emailId));
  if (!e) throw new AppError('NOT_FOUND', 'That email no longer exists.');
  throw new AppError('CONFLICT', `That email is ${e.status.replace('_', ' ')}; only an email waiting for approval can be changed.`);
}

function heldWhere(campaignId: string, emailIds: 'all' | string[]) {
  const held = and(eq(emails.campaignId, campaignId), eq(emails.status, 'awaiting_approval'));
  return emailIds === 'all' ? held : and(held, inArray(emails.id, emailIds));
}

/**
 * Approved emails enter the queue as they stand. One whose time has passed while it waited goes
 * out at once when its recipient's window is open, else at the window's next opening.
 */
export async function approveDrafts(
  db: DbOrTx,
  now: Date,
  input: { id: string; emailIds: 'all' | string[] },
): Promise<{ approved: number }> {
  const [c] = await db.select().from(campaigns).where(eq(campaigns.id, input.id));
  if (!c) throw new AppError('NOT_FOUND', 'That campaign no longer exists.');
  if (c.status === 'archived' || c.status === 'completed')
    throw new AppError('CONFLICT', `The campaign is ${c.status}; nothing more can be sent from it.`);
  return db.transaction(async (tx) => {
    const rows = await tx
      .update(emails)
      .set({ status: 'queued', waitReason: null, nextAttemptAt: sql`greatest(${emails.nextAttemptAt}, ${now})` })
      .where(heldWhere(input.id, input.emailIds))
      .returning({ id: emails.id });
    if (c.status === 'active') await holdOutsideWindow(tx, now, [c]);
    if (rows.length > 0) {
      await recordActivity(tx, {
        entityType: 'campaign',
        entityId: c.id,
        action: 'emails_approved',
        description: `${rows.length} email${rows.length === 1 ? '' : 's'} of "${c.name}" approved for sending`,
      });
    }
    return { approved: rows.length };
  });
}

/** Skipped emails are never sent; their leads leave the sequence on the scheduler's next pass. */
export async function skipDrafts(db: DbOrTx, input: { id: string; emailIds: 'all' | string[] }): Promise<{ skipped: number }> {
  return db.transaction(async (tx) => {
    const rows = await tx
      .update(emails)
      .set({ status: 'skipped', waitReason: 'Not approved' })
      .where(heldWhere(input.id, input.emailIds))
      .returning({ id: emails.id });
    if (rows.length > 0) {
      await recordActivity(tx, {
        entityType: 'campaign',
        entityId: input.id,
        action: 'emails_skipped',
        description: `${rows.length} email${rows.length === 1 ? '' : 's'} not approved and skipped`,
      });
    }
    return { skipped: rows.length };
  });
}
