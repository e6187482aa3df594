import { activityLog } from '../../db/schema';
import type { DbOrTx } from '../../db/client';

export interface ActivityEntry {
  entityType: string;
  entityId: string;
  action: string;
  description?: string;
  metadata?: Record<string, unknown>;
}

/** Every mutation writes one line here: the lead timeline and the audit trail read it back. */
export async function recordActivity(db: DbOrTx, entry: ActivityEntry | ActivityEntry[]): Promise<void> {
  const entries = Array.isArray(entry) ? entry : [entry];
  if (entries.length === 0) return;
  await db.insert(activityLog).values(
    entries.map((e) => ({
      entityType: e.entityType,
      entityId: e.entityId,
      action: e.action,
      description: e.description ?? null,
      metadata: e.metadata ?? null,
    })),
  );
}
