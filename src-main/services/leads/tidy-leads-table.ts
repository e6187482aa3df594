import type { DatabaseHandle } from '../../db/client';
import type { Logger } from '../../context';

/** Changes at least this big leave enough dead rows to be worth a VACUUM on the embedded database. */
export const tidyThreshold = 5_000;

/**
 * PGlite runs no autovacuum. After a big bulk change, VACUUM ANALYZE frees the old row versions
 * (so the next bulk change finds room for HOT updates), refreshes the visibility map (counts become
 * index-only scans) and the planner's statistics. A server's autovacuum does this on its own.
 */
export async function tidyLeadsTable(handle: DatabaseHandle, changedRows: number): Promise<boolean> {
  if (!handle.pglite || changedRows < tidyThreshold) return false;
  await handle.pglite.exec('VACUUM ANALYZE leads');
  return true;
}

/** The same, after the caller has answered: a user's next click queues behind it, not the answer. */
export function tidyLeadsTableLater(handle: DatabaseHandle, changedRows: number, log: Logger): void {
  if (!handle.pglite || changedRows < tidyThreshold) return;
  setTimeout(() => {
    tidyLeadsTable(handle, changedRows).catch((error: unknown) => log.warn('VACUUM of leads failed', error));
  }, 50);
}
