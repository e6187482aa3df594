import { and, asc, desc, eq } from 'drizzle-orm';
import type { TemplateSender } from '../../../src-shared/domain/templates';
import type { DbOrTx } from '../../db/client';
import { smtpConfig } from '../../db/schema';
import { AppError } from '../../rpc/app-error';
import { readSettings } from '../settings/read-settings';

/**
 * Who the preview signs as: the chosen sending account, else the primary (or first active) one,
 * else the profile name with a placeholder address until an account is set up.
 */
export async function previewSender(db: DbOrTx, accountId?: string): Promise<TemplateSender & { source: 'account' | 'profile' }> {
  if (accountId) {
    const [account] = await db.select().from(smtpConfig).where(eq(smtpConfig.id, accountId));
    if (!account) throw new AppError('NOT_FOUND', 'That sending account no longer exists.');
    return { name: account.fromName, email: account.fromEmail, signature: null, source: 'account' };
  }
  const [account] = await db
    .select()
    .from(smtpConfig)
    .where(and(eq(smtpConfig.isActive, true)))
    .orderBy(desc(smtpConfig.isPrimary), asc(smtpConfig.priority), asc(smtpConfig.createdAt))
    .limit(1);
  if (account) return { name: account.fromName, email: account.fromEmail, signature: null, source: 'account' };
  const profile = await readSettings(db, ['profile.name']);
  return { name: profile['profile.name'] || null, email: 'you@example.com', signature: null, source: 'profile' };
}
