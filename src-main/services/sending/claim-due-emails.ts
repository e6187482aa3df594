import { sql } from 'drizzle-orm';
import { queryRows, type AppDb, type AppTx } from '../../db/client';
import { recordActivity } from '../activity/record-activity';
import { messageIdFor } from './compose-message';
import { countedStatesSql, DAY_MS, HOUR_MS } from './sending-queries';
import { findDoNotContactMany } from '../do-not-contact/find-do-not-contact';

export interface ClaimedAccount {
  id: string;
  providerName: string;
  host: string;
  port: number;
  secure: boolean;
  username: string | null;
  password: string | null;
  fromEmail: string;
  fromName: string | null;
  replyTo: string | null;
  consecutiveFailures: number;
}

export interface ClaimedEmail {
  id: string;
  leadId: string;
  campaignId: string | null;
  /** The account the email was pinned to before this claim (restored if it goes back to the queue). */
  pinnedAccountId: string | null;
  subject: string;
  bodyText: string;
  bodyHtml: string | null;
  messageId: string;
  inReplyTo: string | null;
  attempts: number;
  to: { name: string | null; address: string };
  account: ClaimedAccount;
  claimedAt: Date;
}

export type ClaimResult =
  | { kind: 'claimed'; emails: ClaimedEmail[] }
  /** Nothing can go out now; try again at `retryAt` (or on the next poll when null). */
  | { kind: 'idle'; retryAt: Date | null };

interface AccountRow extends ClaimedAccount {
  nextSendAt: Date | null;
  hourlyLimit: number | null;
  dailyLimit: number | null;
}

interface DueRow {
  id: string;
  leadId: string;
  campaignId: string | null;
  pinnedAccountId: string | null;
  subject: string;
  bodyText: string;
  bodyHtml: string | null;
  messageId: string | null;
  inReplyTo: string | null;
  attempts: number;
  leadEmail: string | null;
  contactName: string | null;
}

export interface ClaimOptions {
  engineId: string;
  now: Date;
  /**
   * At most this many emails of one account in one claim. Only when the gap is zero (bulk sending,
   * tests): with a gap, an account sends one email per gap whatever this says.
   */
  batch?: number;
  /** The gap until this account's next send, in ms (random between the configured bounds). */
  nextGapMs(): number;
}

/** Sends of one account since `since`, counted up to `limit` (an index range scan, never the whole table). */
async function usedSince(tx: AppTx, accountId: string, since: Date, limit: number): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    tx,
    sql`SELECT count(*)::int AS n FROM (SELECT 1 FROM emails WHERE smtp_config_id = ${accountId}
        AND claimed_at > ${since} AND status IN ${countedStatesSql} LIMIT ${limit}) used`,
  );
  return row?.n ?? 0;
}

/** When the oldest send inside the window leaves it, freeing one slot of the cap. */
async function slotFreesAt(tx: AppTx, accountId: string, since: Date, windowMs: number, limit: number): Promise<Date | null> {
  const [row] = await queryRows<{ at: Date | string }>(
    tx,
    sql`SELECT claimed_at AS at FROM emails WHERE smtp_config_id = ${accountId} AND claimed_at > ${since}
        AND status IN ${countedStatesSql} ORDER BY claimed_at DESC OFFSET ${limit - 1} LIMIT 1`,
  );
  return row ? new Date(new Date(row.at).getTime() + windowMs) : null;
}

function earliest(a: Date | null, b: Date | null): Date | null {
  if (!a) return b;
  if (!b) return a;
  return a < b ? a : b;
}

/**
 * Claims due emails in a short transaction: the first active, rested, under-cap account by
 * priority whose gap has passed, and the oldest due queued email it may send (its own pinned ones,
 * or unpinned ones), skipping rows another engine holds (FOR UPDATE SKIP LOCKED), emails of a
 * campaign that is not active, and campaign emails to a lead who has answered. The account, the Message-ID and 'sending' are written before any
 * SMTP conversation starts, so a crash leaves a row that says exactly what may have happened.
 */
export async function claimDueEmails(db: AppDb, options: ClaimOptions): Promise<ClaimResult> {
  const { now } = options;
  return db.transaction(async (tx) => {
    const accounts = await queryRows<{ id: string }>(
      tx,
      sql`SELECT id FROM smtp_config WHERE is_active AND (resting_until IS NULL OR resting_until <= ${now})
          ORDER BY is_primary DESC, priority ASC, created_at ASC`,
    );
    let retryAt: Date | null = null;
    for (const { id } of accounts) {
      // Lock the account row: two engines claiming for one account take turns, so caps and gaps hold.
      const [account] = await queryRows<AccountRow>(
        tx,
        sql`SELECT id, provider_name AS "providerName", host, port, secure, username, password, from_email AS "fromEmail",
              from_name AS "fromName", reply_to AS "replyTo", consecutive_failures AS "consecutiveFailures",
              next_send_at AS "nextSendAt", hourly_limit AS "hourlyLimit", daily_limit AS "dailyLimit"
            FROM smtp_config WHERE id = ${id} AND is_active AND (resting_until IS NULL OR resting_until <= ${now}) FOR UPDATE`,
      );
      if (!account) continue;
      const nextSendAt = account.nextSendAt ? new Date(account.nextSendAt) : null;
      if (nextSendAt && nextSendAt > now) {
        retryAt = earliest(retryAt, nextSendAt);
        continue;
      }
      const windows: Array<[number | null, number]> = [
        [account.hourlyLimit, HOUR_MS],
        [account.dailyLimit, DAY_MS],
      ];
      // With a gap, one email per claim; without, a batch, but never past a cap.
      const gapMs = Math.max(0, Math.round(options.nextGapMs()));
      let room = gapMs > 0 ? 1 : Math.max(1, options.batch ?? 1);
      for (const [limit, windowMs] of windows) {
        if (limit === null) continue;
        const since = new Date(now.getTime() - windowMs);
        const used = limit <= 0 ? 0 : await usedSince(tx, account.id, since, limit);
        room = Math.min(room, Math.max(0, limit - used));
        if (room === 0 && limit > 0) retryAt = earliest(retryAt, await slotFreesAt(tx, account.id, since, windowMs, limit));
      }
      if (room === 0) continue;

      for (;;) {
        const due = await queryRows<DueRow>(
          tx,
          sql`SELECT e.id, e.lead_id AS "leadId", e.campaign_id AS "campaignId", e.smtp_config_id AS "pinnedAccountId",
                e.subject, e.body_text AS "bodyText", e.body_html AS "bodyHtml", e.message_id AS "messageId",
                e.in_reply_to AS "inReplyTo", e.attempts, l.email AS "leadEmail", l.contact_name AS "contactName"
              FROM emails e
              JOIN leads l ON l.id = e.lead_id
              LEFT JOIN campaigns c ON c.id = e.campaign_id
              WHERE e.status = 'queued' AND e.next_attempt_at <= ${now}
                AND (e.campaign_id IS NULL OR c.status = 'active')
                -- A lead marked as answered (or invalid) gets nothing more from a campaign, from that
                -- moment: the scheduler's next tick then cancels these emails with the reason.
                AND (e.campaign_id IS NULL OR l.status NOT IN ('responded', 'interested', 'not_interested', 'converted', 'invalid'))
                AND (e.smtp_config_id IS NULL OR e.smtp_config_id = ${account.id})
              ORDER BY e.next_attempt_at, e.id
              LIMIT ${room}
              FOR UPDATE OF e SKIP LOCKED`,
        );
        if (due.length === 0) break;
        const blocked = await findDoNotContactMany(tx, due.map((d) => d.leadEmail?.trim() ?? '').filter(Boolean));
        const skipped: Array<{ row: DueRow; reason: string }> = [];
        const sendable: DueRow[] = [];
        for (const row of due) {
          const address = row.leadEmail?.trim().toLowerCase() ?? '';
          const match = address ? blocked.get(address) : undefined;
          if (!address) skipped.push({ row, reason: 'The lead has no email address' });
          else if (match) skipped.push({ row, reason: `On the do-not-contact list (${match.value}: ${match.reason})` });
          else sendable.push(row);
        }
        for (const { row, reason } of skipped) {
          await tx.execute(sql`UPDATE emails SET status = 'skipped', wait_reason = ${reason} WHERE id = ${row.id}`);
        }
        if (skipped.length) {
          await recordActivity(tx, skipped.map(({ row, reason }) => ({ entityType: 'email', entityId: row.id, action: 'skipped', description: reason, metadata: { leadId: row.leadId } })));
        }
        if (sendable.length === 0) continue;
        const ids = sql.join(sendable.map((r) => sql`${r.id}::uuid`), sql`, `);
        const domain = account.fromEmail.split('@')[1]?.trim().toLowerCase() || 'localhost';
        const claimed = await queryRows<{ id: string; messageId: string }>(
          tx,
          sql`UPDATE emails SET status = 'sending', smtp_config_id = ${account.id}, claimed_by = ${options.engineId},
                claimed_at = ${now}, message_id = coalesce(message_id, '<' || id::text || '@' || ${domain} || '>'), wait_reason = NULL
              WHERE id IN (${ids}) RETURNING id, message_id AS "messageId"`,
        );
        const messageIds = new Map(claimed.map((c) => [c.id, c.messageId]));
        if (gapMs > 0 || nextSendAt) {
          await tx.execute(sql`UPDATE smtp_config SET next_send_at = ${new Date(now.getTime() + gapMs)} WHERE id = ${account.id}`);
        }
        const { nextSendAt: _n, hourlyLimit: _h, dailyLimit: _d, ...claimedAccount } = account;
        return {
          kind: 'claimed',
          emails: sendable.map((row) => ({
            id: row.id,
            leadId: row.leadId,
            campaignId: row.campaignId,
            pinnedAccountId: row.pinnedAccountId,
            subject: row.subject,
            bodyText: row.bodyText,
            bodyHtml: row.bodyHtml,
            messageId: messageIds.get(row.id) ?? messageIdFor(row.id, account.fromEmail),
            inReplyTo: row.inReplyTo,
            attempts: row.attempts,
            to: { name: row.contactName, address: row.leadEmail!.trim() },
            account: claimedAccount,
            claimedAt: now,
          })),
        };
      }
    }
    // Nothing claimable: wake when the soonest queued email becomes due, if sooner.
    const [next] = await queryRows<{ at: Date | string | null }>(
      tx,
      sql`SELECT min(next_attempt_at) AS at FROM emails WHERE status = 'queued' AND next_attempt_at > ${now}`,
    );
    return { kind: 'idle', retryAt: earliest(retryAt, next?.at ? new Date(next.at) : null) };
  });
}
