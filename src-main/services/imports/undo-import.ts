import { eq, sql } from 'drizzle-orm';
import { queryRows, type AppDb } from '../../db/client';
import { leadBatches } from '../../db/schema';
import { AppError, notFound } from '../../rpc/app-error';
import { recordActivity } from '../activity/record-activity';

export interface UndoResult {
  removed: number;
  /** Leads of the batch left in place: edited since the import, or already emailed or in a campaign. */
  kept: number;
}

/**
 * Removes the leads a batch imported that nobody has touched since: updated_at not after the
 * batch's last commit (the trigger ignores no-op updates), no email sent and no campaign joined
 * (deleting those would cascade away history). Leads the batch updated (fill, overwrite) belong
 * to earlier batches and stay as they are.
 */
export async function undoImport(db: AppDb, batchId: string): Promise<UndoResult> {
  return db.transaction(async (tx) => {
    const [batch] = await tx.select().from(leadBatches).where(eq(leadBatches.id, batchId)).for('update');
    if (!batch) throw notFound('That import');
    if (batch.status === 'running') throw new AppError('PRECONDITION_FAILED', 'This import is still running: cancel it first.');
    if (batch.undoneAt) throw new AppError('PRECONDITION_FAILED', 'This import was already undone.');
    const [result] = await queryRows<{ removed: number; kept: number }>(
      tx,
      sql`WITH gone AS (
            DELETE FROM leads l
            WHERE l.batch_id = ${batchId}
              -- Compared in SQL: a JS Date would cut the timestamps to milliseconds.
              AND l.updated_at <= (SELECT COALESCE(b.completed_at, b.heartbeat_at, b.created_at) FROM lead_batches b WHERE b.id = ${batchId})
              AND NOT EXISTS (SELECT 1 FROM emails e WHERE e.lead_id = l.id)
              AND NOT EXISTS (SELECT 1 FROM campaign_leads c WHERE c.lead_id = l.id)
            RETURNING 1
          )
          SELECT (SELECT count(*) FROM gone)::int AS removed,
                 ((SELECT count(*) FROM leads WHERE batch_id = ${batchId}) - (SELECT count(*) FROM gone))::int AS kept`,
    );
    const { removed, kept } = result!;
    await tx.update(leadBatches).set({ undoneAt: new Date(), undoKeptLeads: kept }).where(eq(leadBatches.id, batchId));
    await recordActivity(tx, {
      entityType: 'lead_batch',
      entityId: batchId,
      action: 'import_undone',
      description: `Undid the import of ${batch.sourceFile ?? batch.name}: removed ${removed} leads, kept ${kept} changed since.`,
      metadata: { removed, kept },
    });
    return { removed, kept };
  });
}
