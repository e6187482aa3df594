import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';

/** custom_variables.usage_count = the templates whose variables list names the key; kept true on every save. */
export async function refreshVariableUsage(db: DbOrTx): Promise<void> {
  await db.execute(sql`
    UPDATE custom_variables cv SET usage_count = u.n
    FROM (SELECT v.id, (SELECT count(*)::int FROM email_templates t WHERE jsonb_exists(t.variables, v.key)) AS n FROM custom_variables v) u
    WHERE u.id = cv.id AND cv.usage_count <> u.n`);
}
