import { sql } from 'drizzle-orm';
import { queryRows, type AppDb, type AppTx } from '../../db/client';
import { recordActivity } from '../activity/record-activity';
import { CONNECTION_FAILURES_BEFORE_REST, MAX_ATTEMPTS, RETRY_DELAYS_MS, restDurationMs, type SmtpFailure } from './classify-smtp-failure';
import type { ClaimedEmail } from './claim-due-emails';

export interface RestedAccount {
  accountId: string;
  name: string;
  until: Date;
  reason: string;
}

export interface SentItem {
  id: string;
  leadId: string;
  campaignId: string | null;
  messageId: string;
  subject: string;
  accountId: string | null;
  reply: string;
}

/** How many times each key occurs: one counter update per lead, campaign or account per batch. */
function tally(keys: Array<string | null>): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const key of keys) if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
  return [...counts];
}

/**
 * Marks rows sent and counts them on their leads, campaigns and accounts, with their activity,
 * in the caller's transaction. Only the engine that claimed a row may finish it (engineId null:
 * the user, resolving an unknown one). 'unknown' is accepted too: another engine may have given
 * up on a slow send that then succeeded, and the server's 250 is the better knowledge.
 */
export async function markSentMany(tx: AppTx, items: SentItem[], now: Date, engineId: string | null): Promise<string[]> {
  if (items.length === 0) return [];
  const owner = engineId === null ? sql`TRUE` : sql`e.claimed_by = ${engineId}`;
  const values = sql.join(
    items.map((i) => sql`(${i.id}::uuid, ${i.reply}::text)`),
    sql`, `,
  );
  const updated = await queryRows<{ id: string }>(
    tx,
    sql`UPDATE emails e SET status = 'sent', sent_at = ${now}, external_id = e.message_id, smtp_response = v.reply,
          error_message = NULL, wait_reason = NULL
        FROM (VALUES ${values}) AS v(id, reply)
        WHERE e.id = v.id AND e.status IN ('sending', 'unknown') AND ${owner} RETURNING e.id`,
  );
  const done = new Set(updated.map((r) => r.id));
  const sent = items.filter((i) => done.has(i.id));
  if (sent.length === 0) return [];
  const leadCounts = sql.join(
    tally(sent.map((i) => i.leadId)).map(([id, n]) => sql`(${id}::uuid, ${n}::int)`),
    sql`, `,
  );
  await tx.execute(
    sql`UPDATE leads l SET emails_sent = l.emails_sent + v.n, last_contacted_at = ${now},
          status = CASE WHEN l.status = 'new' THEN 'contacted'::lead_status ELSE l.status END
        FROM (VALUES ${leadCounts}) AS v(id, n) WHERE l.id = v.id`,
  );
  for (const [campaignId, n] of tally(sent.map((i) => i.campaignId))) {
    await tx.execute(sql`UPDATE campaigns SET emails_sent = emails_sent + ${n} WHERE id = ${campaignId}`);
  }
  for (const [accountId, n] of tally(sent.map((i) => i.accountId))) {
    // The spec's counters, kept for display; caps are computed from the emails table.
    await tx.execute(
      sql`UPDATE smtp_config SET consecutive_failures = 0,
            emails_sent_this_hour = CASE WHEN last_reset_at IS NOT NULL AND date_trunc('hour', last_reset_at) = date_trunc('hour', ${now}::timestamptz) THEN emails_sent_this_hour + ${n} ELSE ${n} END,
            emails_sent_today = CASE WHEN last_reset_at IS NOT NULL AND date_trunc('day', last_reset_at) = date_trunc('day', ${now}::timestamptz) THEN emails_sent_today + ${n} ELSE ${n} END,
            last_reset_at = ${now}
          WHERE id = ${accountId}`,
    );
  }
  await recordActivity(
    tx,
    sent.flatMap((i) => [
      {
        entityType: 'email',
        entityId: i.id,
        action: 'sent',
        description: `Sent "${i.subject}"`,
        metadata: { reply: i.reply, messageId: i.messageId, accountId: i.accountId },
      },
      {
        entityType: 'lead',
        entityId: i.leadId,
        action: 'email_sent',
        description: `Email sent: "${i.subject}"`,
        metadata: { emailId: i.id },
      },
    ]),
  );
  return sent.map((i) => i.id);
}

export interface RecordedOutcome {
  emailId: string;
  status: string;
  rested: RestedAccount | null;
}

/** Writes what a batch of SMTP attempts ended in, in one transaction. */
export async function recordOutcomes(
  db: AppDb,
  results: Array<{ email: ClaimedEmail; result: { kind: 'sent'; reply: string } | SmtpFailure }>,
  now: Date,
  engineId: string,
): Promise<RecordedOutcome[]> {
  return db.transaction(async (tx) => {
    const out: RecordedOutcome[] = [];
    const sent = results.filter((r) => r.result.kind === 'sent');
    await markSentMany(
      tx,
      sent.map(({ email, result }) => ({
        id: email.id,
        leadId: email.leadId,
        campaignId: email.campaignId,
        messageId: email.messageId,
        subject: email.subject,
        accountId: email.account.id,
        reply: result.reply,
      })),
      now,
      engineId,
    );
    for (const { email } of sent) out.push({ emailId: email.id, status: 'sent', rested: null });
    for (const { email, result } of results) {
      if (result.kind === 'sent') continue;
      out.push({ emailId: email.id, ...(await recordFailure(tx, email, result, now, engineId)) });
    }
    return out;
  });
}

/** Writes one SMTP attempt's outcome (single-email form of recordOutcomes). */
export async function recordOutcome(
  db: AppDb,
  email: ClaimedEmail,
  result: { kind: 'sent'; reply: string } | SmtpFailure,
  now: Date,
  engineId: string,
): Promise<{ status: string; rested: RestedAccount | null }> {
  const [outcome] = await recordOutcomes(db, [{ email, result }], now, engineId);
  return outcome!;
}

async function recordFailure(
  tx: AppTx,
  email: ClaimedEmail,
  result: SmtpFailure,
  now: Date,
  engineId: string,
): Promise<{ status: string; rested: RestedAccount | null }> {
  const account = email.account;
  const mine = sql`id = ${email.id} AND status = 'sending' AND claimed_by = ${engineId}`;
  if (result.kind === 'bounced') {
    await tx.execute(
      sql`UPDATE emails SET status = 'bounced', bounced_at = ${now}, smtp_response = ${result.reply}, error_message = ${result.reply} WHERE ${mine}`,
    );
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
    await tx.execute(
      sql`UPDATE emails SET status = 'failed', smtp_response = ${result.reply}, error_message = ${result.reply} WHERE ${mine}`,
    );
    await recordActivity(tx, {
      entityType: 'email',
      entityId: email.id,
      action: 'failed',
      description: result.reply,
      metadata: { accountId: account.id },
    });
    return { status: 'failed', rested: null };
  }
  if (result.kind === 'unknown') {
    const error = `The connection ended after the message was sent and before the server answered (${result.reply}). It may or may not have been delivered; it will not be resent automatically.`;
    await tx.execute(sql`UPDATE emails SET status = 'unknown', smtp_response = ${result.reply}, error_message = ${error} WHERE ${mine}`);
    await recordActivity(tx, {
      entityType: 'email',
      entityId: email.id,
      action: 'unknown',
      description: error,
      metadata: { accountId: account.id },
    });
    return { status: 'unknown', rested: null };
  }
  if (result.kind === 'retry') {
    const attempts = email.attempts + 1;
    if (attempts >= MAX_ATTEMPTS) {
      const error = `Gave up after ${attempts} attempts: ${result.reply}`;
      await tx.execute(
        sql`UPDATE emails SET status = 'failed', attempts = ${attempts}, smtp_response = ${result.reply}, error_message = ${error} WHERE ${mine}`,
      );
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
  // Counted in SQL: several emails of one batch (or engine) may fail on the same account at once.
  const [counted] = await queryRows<{ failures: number; restingUntil: Date | string | null }>(
    tx,
    sql`UPDATE smtp_config SET consecutive_failures = consecutive_failures + 1 WHERE id = ${account.id}
          RETURNING consecutive_failures AS failures, resting_until AS "restingUntil"`,
  );
  const failures = counted?.failures ?? 1;
  const alreadyResting = counted?.restingUntil ? new Date(counted.restingUntil) > now : false;
  const rests = !alreadyResting && (result.reason !== 'connection' || failures >= CONNECTION_FAILURES_BEFORE_REST);
  if (!rests) return { status: 'queued', rested: null };
  const until = new Date(now.getTime() + restDurationMs(result.reason, failures));
  const reason = `${result.reason === 'connection' ? `${failures} connection failures in a row` : result.reason}: ${result.reply}`;
  await tx.execute(sql`UPDATE smtp_config SET resting_until = ${until}, rest_reason = ${reason} WHERE id = ${account.id}`);
  await recordActivity(tx, {
    entityType: 'smtp_config',
    entityId: account.id,
    action: 'rested',
    description: `${account.providerName} rests until ${until.toISOString()}: ${reason}`,
  });
  return { status: 'queued', rested: { accountId: account.id, name: account.providerName, until, reason } };
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
      await recordActivity(
        tx,
        ids.map((id) => ({ entityType: 'email', entityId: id, action: 'unknown', description: 'Interrupted during sending' })),
      );
    }
    return ids;
  });
}
