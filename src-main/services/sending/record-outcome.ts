import { sql } from 'drizzle-orm';
import type { AppDb, AppTx } from '../../db/client';
import { recordActivity } from '../activity/record-activity';
import {
  CONNECTION_FAILURES_BEFORE_REST,
  MAX_ATTEMPTS,
  RETRY_DELAYS_MS,
  restDurationMs,
  type SmtpFailure,
} from './classify-smtp-failure';
import type { ClaimedEmail } from './claim-next-email';


export interface RestedAccount {
  accountId: string;
  name: string;
  until: Date;
  reason: string;
}

/** Marks a row sent and counts it on the lead, the campaign and the account, all in one transaction. */
export async function markSent(tx: AppTx, email: Pick<ClaimedEmail, 'id' | 'leadId' | 'campaignId' | 'messageId' | 'subject'>, accountId: string | null, reply: string, now: Date, engineId: string | null): Promise<boolean> {
  // Only the engine that claimed it may finish it ('unknown' too: another engine may have given up on
  // a slow send that then succeeded, and the server's 250 is the better knowledge).
  const owner = engineId === null ? sql`TRUE` : sql`claimed_by = ${engineId}`;
  const updated = await tx.execute(
    sql`UPDATE emails SET status = 'sent', sent_at = ${now}, external_id = message_id, smtp_response = ${reply},
          error_message = NULL, wait_reason = NULL
        WHERE id = ${email.id} AND status IN ('sending', 'unknown') AND ${owner} RETURNING id`,
  );
  if (((updated as unknown as { rows: unknown[] }).rows ?? []).length === 0) return false;
  await tx.execute(
    sql`UPDATE leads SET emails_sent = emails_sent + 1, last_contacted_at = ${now},
          status = CASE WHEN status = 'new' THEN 'contacted'::lead_status ELSE status END
        WHERE id = ${email.leadId}`,
  );
  if (email.campaignId) {
    await tx.execute(sql`UPDATE campaigns SET emails_sent = emails_sent + 1 WHERE id = ${email.campaignId}`);
  }
  if (accountId) {
    // The spec's counters, kept for display; caps are computed from the emails table.
    await tx.execute(
      sql`UPDATE smtp_config SET consecutive_failures = 0,
            emails_sent_this_hour = CASE WHEN last_reset_at IS NOT NULL AND date_trunc('hour', last_reset_at) = date_trunc('hour', ${now}::timestamptz) THEN emails_sent_this_hour + 1 ELSE 1 END,
            emails_sent_today = CASE WHEN last_reset_at IS NOT NULL AND date_trunc('day', last_reset_at) = date_trunc('day', ${now}::timestamptz) THEN emails_sent_today + 1 ELSE 1 END,
            last_reset_at = ${now}
          WHERE id = ${accountId}`,
    );
  }
  await recordActivity(tx, [
    { entityType: 'email', entityId: email.id, action: 'sent', description: `Sent "${email.subject}"`, metadata: { reply, messageId: email.messageId, accountId } },
    { entityType: 'lead', entityId: email.leadId, action: 'email_sent', description: `Email sent: "${email.subject}"`, metadata: { emailId: email.id } },
  ]);
  return true;
}

/** Writes what one SMTP attempt ended in. Returns the account it rested, if it did. */
export async function recordOutcome(db: AppDb, email: ClaimedEmail, result: { kind: 'sent'; reply: string } | SmtpFailure, now: Date, engineId: string): Promise<{ status: string; rested: RestedAccount | null }> {
  return db.transaction(async (tx) => {
    const account = email.account;
    const mine = sql`id = ${email.id} AND status = 'sending' AND claimed_by = ${engineId}`;
    if (result.kind === 'sent') {
      await markSent(tx, email, account.id, result.reply, now, engineId);
      return { status: 'sent', rested: null };
    }
    if (result.kind === 'bounced') {
      await tx.execute(sql`UPDATE emails SET status = 'bounced', bounced_at = ${now}, smtp_response = ${result.reply}, error_message = ${result.reply} WHERE ${mine}`);
      // The address does not exist: the lead is marked invalid and the address is never tried again.
      await tx.execute(sql`UPDATE leads SET status = 'invalid' WHERE id = ${email.leadId}`);
      await tx.execute(
        sql`INSERT INTO do_not_contact (kind, value, reason, note) VALUES ('address', ${email.to.address.toLowerCase()}, 'bounced', ${result.reply})
            ON CONFLICT DO NOTHING`,
      );
      await recordActivity(tx, [
        { entityType: 'email', entityId: email.id, action: 'bounced', description: result.reply, metadata: { accountId: account.id } },
        { entityType: 'lead', entityId: email.leadId, action: 'marked_invalid', description: `${email.to.address} bounced: ${result.reply}` },
      ]);
      return { status: 'bounced', rested: null };
    }
    if (result.kind === 'rejected') {
      await tx.execute(sql`UPDATE emails SET status = 'failed', smtp_response = ${result.reply}, error_message = ${result.reply} WHERE ${mine}`);
      await recordActivity(tx, { entityType: 'email', entityId: email.id, action: 'failed', description: result.reply, metadata: { accountId: account.id } });
      return { status: 'failed', rested: null };
    }
    if (result.kind === 'unknown') {
      const error = `The connection ended after the message was sent and before the server answered (${result.reply}). It may or may not have been delivered; it will not be resent automatically.`;
      await tx.execute(sql`UPDATE emails SET status = 'unknown', smtp_response = ${result.reply}, error_message = ${error} WHERE ${mine}`);
      await recordActivity(tx, { entityType: 'email', entityId: email.id, action: 'unknown', description: error, metadata: { accountId: account.id } });
      return { status: 'unknown', rested: null };
    }
    if (result.kind === 'retry') {
      const attempts = email.attempts + 1;
      if (attempts >= MAX_ATTEMPTS) {
        const error = `Gave up after ${attempts} attempts: ${result.reply}`;
        await tx.execute(sql`UPDATE emails SET status = 'failed', attempts = ${attempts}, smtp_response = ${result.reply}, error_message = ${error} WHERE ${mine}`);
        await recordActivity(tx, { entityType: 'email', entityId: email.id, action: 'failed', description: error });
        return { status: 'failed', rested: null };
      }
      const retryAt = new Date(now.getTime() + RETRY_DELAYS_MS[attempts - 1]!);
      await tx.execute(
        sql`UPDATE emails SET status = 'queued', attempts = ${attempts}, next_attempt_at = ${retryAt}, smtp_config_id = ${email.pinnedAccountId},
              claimed_by = NULL, smtp_response = ${result.reply}, wait_reason = ${`Retry ${attempts + 1} of ${MAX_ATTEMPTS} after: ${result.reply}`}
            WHERE ${mine}`,
      );
      return { status: 'queued', rested: null };
    }
    // The account's fault, not the email's: the email goes straight back to the queue for the next account.
    await tx.execute(
      sql`UPDATE emails SET status = 'queued', next_attempt_at = ${now}, smtp_config_id = ${email.pinnedAccountId}, claimed_by = NULL,
            smtp_response = ${result.reply}, wait_reason = ${`${account.providerName} could not send: ${result.reply}`}
          WHERE ${mine}`,
    );
    const failures = account.consecutiveFailures + 1;
    const rests = result.reason !== 'connection' || failures >= CONNECTION_FAILURES_BEFORE_REST;
    if (!rests) {
      await tx.execute(sql`UPDATE smtp_config SET consecutive_failures = ${failures} WHERE id = ${account.id}`);
      return { status: 'queued', rested: null };
    }
    const until = new Date(now.getTime() + restDurationMs(result.reason, failures));
    const reason = `${result.reason === 'connection' ? `${failures} connection failures in a row` : result.reason}: ${result.reply}`;
    await tx.execute(
      sql`UPDATE smtp_config SET consecutive_failures = ${failures}, resting_until = ${until}, rest_reason = ${reason} WHERE id = ${account.id}`,
    );
    await recordActivity(tx, { entityType: 'smtp_config', entityId: account.id, action: 'rested', description: `${account.providerName} rests until ${until.toISOString()}: ${reason}` });
    return { status: 'queued', rested: { accountId: account.id, name: account.providerName, until, reason } };
  });
}

/**
 * Rows left in 'sending' by an engine that stopped mid-conversation become 'unknown': the message
 * may have gone out, and resending could deliver it twice. `olderThan` limits it to claims no live
 * engine can still hold (on a shared server other engines may be mid-send right now).
 */
export async function markInterruptedUnknown(db: AppDb, olderThan: Date | null): Promise<string[]> {
  const age = olderThan ? sql`AND claimed_at < ${olderThan}` : sql``;
  return db.transaction(async (tx) => {
    const result = await tx.execute(
      sql`UPDATE emails SET status = 'unknown',
            error_message = 'Sending was interrupted (the app or computer stopped) during the SMTP conversation. It may or may not have been delivered; it will not be resent automatically.'
          WHERE status = 'sending' ${age} RETURNING id`,
    );
    const ids = ((result as unknown as { rows: Array<{ id: string }> }).rows ?? []).map((r) => r.id);
    if (ids.length) {
      await recordActivity(tx, ids.map((id) => ({ entityType: 'email', entityId: id, action: 'unknown', description: 'Interrupted during sending' })));
    }
    return ids;
  });
}
