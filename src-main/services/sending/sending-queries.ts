import { sql } from 'drizzle-orm';

/**
 * States that used an account's allowance: everything that reached (or may have reached) the
 * provider. Caps and usage bars count these over rolling windows of claimed_at, from the emails
 * table itself, so they are right after a restart and across engines sharing one database.
 */
export const COUNTED_STATES = ['sending', 'sent', 'delivered', 'opened', 'clicked', 'spam', 'bounced', 'unknown'] as const;

export const countedStatesSql = sql.raw(`(${COUNTED_STATES.map((s) => `'${s}'`).join(', ')})`);

export const HOUR_MS = 60 * 60_000;
export const DAY_MS = 24 * HOUR_MS;
