import { sql } from 'drizzle-orm';
import { queryRows, type AppDb } from '../../db/client';
import { recordActivity } from '../activity/record-activity';

/**
 * At start-up: imports left running by a process that stopped (crash, power loss, kill) become
 * interrupted. Their counts are exact, as every chunk committed its rows and counts together.
 * Embedded, this process is the only one, so every running batch is orphaned; on a shared
 * server another instance may be importing, so only batches whose heartbeat stopped count.
 */
export async function markInterruptedImports(db: AppDb, options: { staleAfterMs: number }): Promise<string[]> {
  const rows = await queryRows<{ id: string; source_file: string | null }>(
    db,
    sql`UPDATE lead_batches SET status = 'interrupted', completed_at = COALESCE(heartbeat_at, created_at),
          notes = COALESCE(notes, 'The app stopped while this import ran; the rows counted here were imported.')
        WHERE status = 'running'
          AND COALESCE(heartbeat_at, created_at) < now() - make_interval(secs => ${options.staleAfterMs / 1000})
        RETURNING id, source_file`,
  );
  await recordActivity(
    db,
    rows.map((r) => ({
      entityType: 'lead_batch',
      entityId: r.id,
      action: 'import_interrupted',
      description: `The import of ${r.source_file ?? 'a file'} was interrupted.`,
    })),
  );
  return rows.map((r) => r.id);
}
