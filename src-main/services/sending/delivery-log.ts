import { sql } from 'drizzle-orm';
import { deliveryStates, type DeliveryLogRow, type DeliveryState, type SendingStatus } from '../../../src-shared/contract/sending';
import { queryRows, type DbOrTx } from '../../db/client';
import { readSettings } from '../settings/read-settings';
import { accountUsage } from '../smtp-accounts/list-accounts';

interface LogQueryRow extends Omit<DeliveryLogRow, 'scheduledAt' | 'nextAttemptAt' | 'claimedAt' | 'sentAt' | 'bouncedAt' | 'waitReason'> {
  scheduledAt: Date | string;
  nextAttemptAt: Date | string;
  claimedAt: Date | string | null;
  sentAt: Date | string | null;
  bouncedAt: Date | string | null;
  storedReason: string | null;
  campaignStatus: string | null;
  accountActive: boolean | null;
  accountRestingUntil: Date | string | null;
}

interface AccountCaps {
  name: string;
  hourlyLimit: number;
  dailyLimit: number;
  lastHour: number;
  last24h: number;
}

/** Which cap of an account is full, in words; null when it may send now. */
function capReached(a: AccountCaps): string | null {
  if (a.last24h >= a.dailyLimit) return `${a.name} sent ${a.last24h} in the last 24 hours (daily cap ${a.dailyLimit})`;
  if (a.lastHour >= a.hourlyLimit) return `${a.name} sent ${a.lastHour} in the last hour (hourly cap ${a.hourlyLimit})`;
  return null;
}

const iso = (v: Date | string | null) => (v === null ? null : new Date(v).toISOString());

/** Why a queued email is not out yet, in words; the engine's own reason (a retry) when it gave one. */
function waitReasonOf(row: LogQueryRow, now: Date, ctx: { paused: boolean; activeAccounts: number; caps: Map<string, AccountCaps> }): string | null {
  if (row.status !== 'queued') return row.storedReason;
  if (ctx.paused) return 'Sending is paused';
  if (row.campaignStatus && row.campaignStatus !== 'active') return `Campaign is ${row.campaignStatus}`;
  if (row.accountId && row.accountActive === false) return `Waiting for ${row.accountName}, which is turned off`;
  if (row.accountId && row.accountRestingUntil && new Date(row.accountRestingUntil) > now) {
    return `Waiting for ${row.accountName}, resting until ${iso(row.accountRestingUntil)}`;
  }
  if (ctx.activeAccounts === 0) return 'No active sending account';
  if (new Date(row.nextAttemptAt) > now) return row.storedReason ?? `Scheduled for ${iso(row.nextAttemptAt)}`;
  const pinned = row.accountId ? ctx.caps.get(row.accountId) : undefined;
  const reached = pinned ? [capReached(pinned)] : [...ctx.caps.values()].map(capReached);
  const full = reached.length > 0 && reached.every((r) => r !== null) ? reached.join('; ') : null;
  if (full) return `Cap reached: ${full}`;
  return row.storedReason ?? 'Due: next in line (the gap between sends decides when)';
}

export async function readDeliveryLog(
  db: DbOrTx,
  now: Date,
  input: { status: DeliveryState | 'all'; search?: string | undefined; campaignId?: string | undefined; offset: number; limit: number },
): Promise<{ rows: DeliveryLogRow[]; total: number }> {
  const conditions = [sql`TRUE`];
  if (input.status !== 'all') conditions.push(sql`e.status = ${input.status}`);
  if (input.campaignId) conditions.push(sql`e.campaign_id = ${input.campaignId}`);
  if (input.search) {
    const like = `%${input.search.toLowerCase().replace(/[%_\\]/g, '\\$&')}%`;
    conditions.push(sql`(lower(l.email) LIKE ${like} OR lower(l.company_name) LIKE ${like} OR lower(e.subject) LIKE ${like})`);
  }
  const where = sql.join(conditions, sql` AND `);
  const rows = await queryRows<LogQueryRow>(
    db,
    sql`SELECT e.id, e.status, e.subject, l.email AS "to", e.lead_id AS "leadId", l.company_name AS company,
          e.campaign_id AS "campaignId", c.name AS "campaignName", c.status AS "campaignStatus", e.step_number AS step,
          e.smtp_config_id AS "accountId", a.provider_name AS "accountName", a.is_active AS "accountActive",
          a.resting_until AS "accountRestingUntil", e.message_id AS "messageId", e.attempts,
          e.scheduled_at AS "scheduledAt", e.next_attempt_at AS "nextAttemptAt", e.claimed_at AS "claimedAt",
          e.sent_at AS "sentAt", e.bounced_at AS "bouncedAt", e.smtp_response AS "smtpResponse",
          e.error_message AS "errorMessage", e.wait_reason AS "storedReason"
        FROM emails e
        JOIN leads l ON l.id = e.lead_id
        LEFT JOIN campaigns c ON c.id = e.campaign_id
        LEFT JOIN smtp_config a ON a.id = e.smtp_config_id
        WHERE ${where}
        ORDER BY e.created_at DESC, e.id
        OFFSET ${input.offset} LIMIT ${input.limit}`,
  );
  const [total] = await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM emails e JOIN leads l ON l.id = e.lead_id WHERE ${where}`);
  const settings = await readSettings(db, ['sending.paused']);
  const usage = await accountUsage(db, now);
  const ready = await queryRows<{ id: string; name: string; hourlyLimit: number; dailyLimit: number }>(
    db,
    sql`SELECT id, provider_name AS name, hourly_limit AS "hourlyLimit", daily_limit AS "dailyLimit" FROM smtp_config
        WHERE is_active AND (resting_until IS NULL OR resting_until <= ${now})`,
  );
  const caps = new Map(ready.map((a) => [a.id, { ...a, ...(usage.get(a.id) ?? { lastHour: 0, last24h: 0 }) }]));
  const ctx = { paused: settings['sending.paused'] ?? false, activeAccounts: ready.length, caps };
  return {
    total: total?.n ?? 0,
    rows: rows.map((r) => ({
      id: r.id,
      status: r.status,
      subject: r.subject,
      to: r.to,
      leadId: r.leadId,
      company: r.company,
      campaignId: r.campaignId,
      campaignName: r.campaignName,
      step: r.step,
      accountId: r.accountId,
      accountName: r.accountName,
      messageId: r.messageId,
      attempts: r.attempts,
      scheduledAt: iso(r.scheduledAt)!,
      nextAttemptAt: iso(r.nextAttemptAt)!,
      claimedAt: iso(r.claimedAt),
      sentAt: iso(r.sentAt),
      bouncedAt: iso(r.bouncedAt),
      smtpResponse: r.smtpResponse,
      errorMessage: r.errorMessage,
      waitReason: waitReasonOf(r, now, ctx),
    })),
  };
}

export async function readSendingStatus(db: DbOrTx, now: Date, engineRunning: boolean): Promise<SendingStatus> {
  const counts = Object.fromEntries(deliveryStates.map((s) => [s, 0])) as Record<DeliveryState, number>;
  const rows = await queryRows<{ status: DeliveryState; n: number }>(db, sql`SELECT status, count(*)::int AS n FROM emails GROUP BY status`);
  for (const r of rows) counts[r.status] = r.n;
  const [due] = await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM emails WHERE status = 'queued' AND next_attempt_at <= ${now}`);
  const [acc] = await queryRows<{ active: number; resting: number }>(
    db,
    sql`SELECT count(*) FILTER (WHERE is_active AND (resting_until IS NULL OR resting_until <= ${now}))::int AS active,
          count(*) FILTER (WHERE is_active AND resting_until > ${now})::int AS resting FROM smtp_config`,
  );
  const s = await readSettings(db, ['sending.paused', 'sending.gapMinSeconds', 'sending.gapMaxSeconds']);
  return {
    paused: s['sending.paused'] ?? false,
    engineRunning,
    counts,
    due: due?.n ?? 0,
    activeAccounts: acc?.active ?? 0,
    restingAccounts: acc?.resting ?? 0,
    gap: { minSeconds: s['sending.gapMinSeconds'] ?? 60, maxSeconds: s['sending.gapMaxSeconds'] ?? 180 },
  };
}
