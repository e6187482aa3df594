import { eq, sql } from 'drizzle-orm';
import type { DeliveryState } from '../../../src-shared/contract/sending';
import type { AppDb } from '../../db/client';
import { emails } from '../../db/schema';
import { AppError, notFound } from '../../rpc/app-error';
import { recordActivity } from '../activity/record-activity';
import { markSentMany } from './record-outcome';

/**
 * The user's answer for an 'unknown' email (they checked their Sent folder, or the recipient
 * replied): 'sent' counts it like any sent email; 'failed' closes it. Neither resends it.
 */
export async function resolveUnknownEmail(db: AppDb, now: Date, emailId: string, outcome: 'sent' | 'failed'): Promise<{ status: DeliveryState }> {
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(emails).where(eq(emails.id, emailId)).for('update');
    if (!row) throw notFound('That email');
    if (row.status !== 'unknown') throw new AppError('PRECONDITION_FAILED', `That email is ${row.status}, not waiting for your decision.`);
    if (outcome === 'sent') {
      const reply = row.smtpResponse ?? 'Marked sent by the user';
      await markSentMany(tx, [{ id: row.id, leadId: row.leadId, campaignId: row.campaignId, messageId: row.messageId ?? '', subject: row.subject, accountId: row.smtpConfigId, reply }], now, null);
      // markSent stamps the time of the decision; the message went out when it was claimed.
      await tx
        .update(emails)
        .set({ sentAt: row.claimedAt ?? now, waitReason: 'Marked sent by you: the server never confirmed it' })
        .where(eq(emails.id, row.id));
    } else {
      await tx.execute(sql`UPDATE emails SET status = 'failed', error_message = coalesce(error_message, '') || ' Marked failed by the user.' WHERE id = ${row.id}`);
      await recordActivity(tx, { entityType: 'email', entityId: row.id, action: 'failed', description: 'Marked failed by the user after an unknown delivery' });
    }
    return { status: outcome };
  });
}

/** Takes a queued email out of the queue for good. */
export async function cancelQueuedEmail(db: AppDb, emailId: string): Promise<{ status: DeliveryState }> {
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(emails).where(eq(emails.id, emailId)).for('update');
    if (!row) throw notFound('That email');
    if (row.status !== 'queued') throw new AppError('PRECONDITION_FAILED', `That email is ${row.status}; only queued emails can be cancelled.`);
    await tx.update(emails).set({ status: 'cancelled', waitReason: 'Cancelled by the user' }).where(eq(emails.id, row.id));
    await recordActivity(tx, { entityType: 'email', entityId: row.id, action: 'cancelled', description: 'Removed from the queue by the user' });
    return { status: 'cancelled' };
  });
}
