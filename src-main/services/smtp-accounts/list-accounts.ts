import { sql } from 'drizzle-orm';
import type { SmtpAccount } from '../../../src-shared/contract/smtp';
import { queryRows, type DbOrTx } from '../../db/client';
import { smtpConfig, type SmtpConfig } from '../../db/schema';
import { countedStatesSql, DAY_MS, HOUR_MS } from '../sending/sending-queries';

export function toSmtpAccount(row: SmtpConfig, usage: SmtpAccount['usage'], now: Date): SmtpAccount {
  const resting = row.restingUntil && row.restingUntil > now;
  return {
    id: row.id,
    provider: row.provider,
    providerName: row.providerName,
    host: row.host,
    port: row.port,
    secure: row.secure,
    username: row.username,
    passwordSet: Boolean(row.password),
    fromEmail: row.fromEmail,
    fromName: row.fromName,
    replyTo: row.replyTo,
    dailyLimit: row.dailyLimit,
    hourlyLimit: row.hourlyLimit,
    isActive: row.isActive,
    isPrimary: row.isPrimary,
    priority: row.priority,
    documentationUrl: row.documentationUrl,
    setupNotes: row.setupNotes,
    restingUntil: resting ? row.restingUntil!.toISOString() : null,
    restReason: resting ? row.restReason : null,
    usage,
    createdAt: row.createdAt.toISOString(),
  };
}

/** Sends per account over the last hour and 24 hours, from the emails table (rolling windows). */
export async function accountUsage(db: DbOrTx, now: Date): Promise<Map<string, SmtpAccount['usage']>> {
  const hourAgo = new Date(now.getTime() - HOUR_MS);
  const dayAgo = new Date(now.getTime() - DAY_MS);
  const rows = await queryRows<{ id: string; hour: number; day: number }>(
    db,
    sql`SELECT smtp_config_id AS id, count(*) FILTER (WHERE claimed_at > ${hourAgo})::int AS hour, count(*)::int AS day
        FROM emails WHERE smtp_config_id IS NOT NULL AND claimed_at > ${dayAgo} AND claimed_at <= ${now} AND status IN ${countedStatesSql}
        GROUP BY smtp_config_id`,
  );
  return new Map(rows.map((r) => [r.id, { lastHour: r.hour, last24h: r.day }]));
}

/** Accounts in failover order (primary first, then by priority), each with its usage. */
export async function listAccounts(db: DbOrTx, now: Date): Promise<SmtpAccount[]> {
  const rows = await db.select().from(smtpConfig).orderBy(sql`${smtpConfig.isPrimary} DESC`, smtpConfig.priority, smtpConfig.createdAt);
  const usage = await accountUsage(db, now);
  return rows.map((row) => toSmtpAccount(row, usage.get(row.id) ?? { lastHour: 0, last24h: 0 }, now));
}

export async function getAccount(db: DbOrTx, id: string, now: Date): Promise<SmtpAccount | null> {
  return (await listAccounts(db, now)).find((a) => a.id === id) ?? null;
}
