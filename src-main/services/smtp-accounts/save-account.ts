import { eq, sql } from 'drizzle-orm';
import type { SmtpAccount } from '../../../src-shared/contract/smtp';
import type { AppDb } from '../../db/client';
import { smtpConfig, type NewSmtpConfig } from '../../db/schema';
import { AppError, notFound } from '../../rpc/app-error';
import type { SecretStore } from '../../secrets/secret-store';
import { recordActivity } from '../activity/record-activity';
import { sealPassword } from '../sending/password-seals';
import { getAccount } from './list-accounts';

export type AccountChanges = Partial<Omit<NewSmtpConfig, 'password' | 'id'>> & {
  password?: string | null | undefined;
  acknowledgeWeakStorage?: boolean | undefined;
};

/**
 * Seals a new password with this process's SecretStore. Where that store is only a key file
 * beside the data (Linux without a keyring), the user must have agreed to it first.
 */
function passwordColumn(secrets: SecretStore, changes: AccountChanges): { password?: string | null } {
  if (changes.password === undefined) return {};
  if (changes.password === null || changes.password === '') return { password: null };
  if (secrets.kind === 'plain-text-fallback' && !changes.acknowledgeWeakStorage) {
    throw new AppError(
      'PRECONDITION_FAILED',
      'This system has no keyring, so the password would be protected only by a key file in your data folder. Confirm that you accept this to save it.',
      { needs: 'acknowledgeWeakStorage' },
    );
  }
  return { password: sealPassword(secrets, changes.password) };
}

function columns(changes: AccountChanges): Partial<NewSmtpConfig> {
  const { password: _p, acknowledgeWeakStorage: _a, ...rest } = changes;
  return Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)) as Partial<NewSmtpConfig>;
}

export async function createAccount(db: AppDb, secrets: SecretStore, now: Date, input: AccountChanges & Pick<NewSmtpConfig, 'provider' | 'providerName' | 'host' | 'port' | 'fromEmail'>): Promise<SmtpAccount> {
  const id = await db.transaction(async (tx) => {
    // One primary: marking this one primary takes it from the others.
    if (input.isPrimary) await tx.update(smtpConfig).set({ isPrimary: false }).where(eq(smtpConfig.isPrimary, true));
    const [row] = await tx
      .insert(smtpConfig)
      .values({ ...(columns(input) as NewSmtpConfig), ...passwordColumn(secrets, input) })
      .returning({ id: smtpConfig.id });
    await recordActivity(tx, { entityType: 'smtp_config', entityId: row!.id, action: 'created', description: `Sending account ${input.providerName} added` });
    return row!.id;
  });
  return (await getAccount(db, id, now))!;
}

export async function updateAccount(db: AppDb, secrets: SecretStore, now: Date, id: string, changes: AccountChanges): Promise<SmtpAccount> {
  await db.transaction(async (tx) => {
    if (changes.isPrimary) await tx.update(smtpConfig).set({ isPrimary: false }).where(sql`${smtpConfig.isPrimary} AND ${smtpConfig.id} <> ${id}`);
    const set = { ...columns(changes), ...passwordColumn(secrets, changes) };
    // New credentials or settings deserve a fresh try: the rest came from the old ones.
    const touchesConnection = ['host', 'port', 'secure', 'username', 'password', 'isActive'].some((k) => k in set);
    const updated = await tx
      .update(smtpConfig)
      .set({ ...set, ...(touchesConnection ? { restingUntil: null, restReason: null, consecutiveFailures: 0 } : {}) })
      .where(eq(smtpConfig.id, id))
      .returning({ id: smtpConfig.id, providerName: smtpConfig.providerName });
    if (!updated.length) throw notFound('That sending account');
    await recordActivity(tx, {
      entityType: 'smtp_config',
      entityId: id,
      action: 'updated',
      description: `Sending account ${updated[0]!.providerName} changed`,
      metadata: { fields: Object.keys(set).map((k) => (k === 'password' ? 'password (not logged)' : k)) },
    });
  });
  return (await getAccount(db, id, now))!;
}

export async function deleteAccount(db: AppDb, id: string): Promise<{ deleted: boolean }> {
  return db.transaction(async (tx) => {
    // Emails still waiting for this account lose their pin and go out from the others.
    await tx.execute(sql`UPDATE emails SET smtp_config_id = NULL WHERE smtp_config_id = ${id} AND status IN ('queued', 'awaiting_approval')`);
    const rows = await tx.delete(smtpConfig).where(eq(smtpConfig.id, id)).returning({ name: smtpConfig.providerName });
    if (!rows.length) throw notFound('That sending account');
    await recordActivity(tx, { entityType: 'smtp_config', entityId: id, action: 'deleted', description: `Sending account ${rows[0]!.name} removed` });
    return { deleted: true };
  });
}

export async function endRest(db: AppDb, id: string, now: Date): Promise<SmtpAccount> {
  const rows = await db
    .update(smtpConfig)
    .set({ restingUntil: null, restReason: null, consecutiveFailures: 0 })
    .where(eq(smtpConfig.id, id))
    .returning({ id: smtpConfig.id, name: smtpConfig.providerName });
  if (!rows.length) throw notFound('That sending account');
  await recordActivity(db, { entityType: 'smtp_config', entityId: id, action: 'rest_ended', description: `${rows[0]!.name} may send again` });
  return (await getAccount(db, id, now))!;
}
