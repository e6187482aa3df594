import { sql } from 'drizzle-orm';
import nodemailer from 'nodemailer';
import type { AppDb } from '../db/client';
import { campaigns, leads, smtpConfig, type NewSmtpConfig } from '../db/schema';
import type { SecretStore } from '../secrets/secret-store';
import type { TransportFactory } from '../services/sending/smtp-transport';
import type { SmtpSink } from './smtp-sink';

/** Real nodemailer, as the app uses it. */
export const realTransport: TransportFactory = (options) => nodemailer.createTransport(options);

/** A clock a test moves by hand. */
export function manualClock(start = new Date('2030-01-07T09:00:00Z')) {
  let now = start.getTime();
  return {
    now: () => new Date(now),
    advance(ms: number) {
      now += ms;
    },
  };
}

export async function resetSendingTables(db: AppDb): Promise<void> {
  await db.execute(sql`DELETE FROM emails`);
  await db.execute(sql`DELETE FROM smtp_config`);
  await db.execute(sql`DELETE FROM do_not_contact`);
  await db.execute(sql`DELETE FROM leads`);
  await db.execute(sql`DELETE FROM campaigns`);
  await db.execute(sql`DELETE FROM settings WHERE key LIKE 'sending.%'`);
}

export async function setGapSeconds(db: AppDb, min: number, max: number): Promise<void> {
  for (const [key, value] of [['sending.gapMinSeconds', min], ['sending.gapMaxSeconds', max]] as const) {
    await db.execute(sql`INSERT INTO settings (key, value) VALUES (${key}, ${JSON.stringify(value)}::jsonb)
      ON CONFLICT (key) DO UPDATE SET value = excluded.value`);
  }
}

export async function addAccount(
  db: AppDb,
  sink: Pick<SmtpSink, 'host' | 'port'>,
  values: Partial<NewSmtpConfig> & { plainPassword?: string; secrets?: SecretStore } = {},
) {
  const { plainPassword, secrets, ...rest } = values;
  const [row] = await db
    .insert(smtpConfig)
    .values({
      provider: 'custom',
      providerName: rest.providerName ?? `Sink ${sink.port}`,
      host: sink.host,
      port: sink.port,
      secure: false,
      fromEmail: 'ada@sender.test',
      fromName: 'Ada Lovelace',
      ...(plainPassword && secrets ? { username: 'ada', password: secrets.encrypt(plainPassword) } : {}),
      ...rest,
    })
    .returning();
  return row!;
}

export async function addLeads(db: AppDb, count: number, prefix = 'lead'): Promise<Array<{ id: string; email: string }>> {
  const out: Array<{ id: string; email: string }> = [];
  for (let start = 0; start < count; start += 500) {
    const batch = Array.from({ length: Math.min(500, count - start) }, (_, i) => ({
      companyName: `Company ${start + i}`,
      contactName: `Contact ${start + i}`,
      industry: 'dental',
      source: 'manual',
      email: `${prefix}${start + i}@recipient.test`,
    }));
    const rows = await db.insert(leads).values(batch).returning({ id: leads.id, email: leads.email });
    out.push(...rows.map((r) => ({ id: r.id, email: r.email! })));
  }
  return out;
}

export async function addCampaign(db: AppDb, status: 'active' | 'paused' = 'active') {
  const [row] = await db.insert(campaigns).values({ name: `Campaign ${Math.random()}`, status }).returning();
  return row!;
}
