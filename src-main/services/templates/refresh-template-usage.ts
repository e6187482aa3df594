import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';

/**
 * Usage counts the library shows, kept true from what uses them rather than bumped by hand:
 * a template is used by each sequence step taken from it and each campaign that sends it; a
 * sequence by each campaign that sends it. Archived campaigns still count: they did send it.
 */
export async function refreshTemplateUsage(db: DbOrTx): Promise<void> {
  await db.execute(sql`
    UPDATE email_templates t SET usage_count = u.n
    FROM (SELECT t2.id, (SELECT count(*) FROM workflow_steps s WHERE s.template_id = t2.id)::int
                        + (SELECT count(*) FROM campaigns c WHERE c.email_template_id = t2.id)::int AS n
          FROM email_templates t2) u
    WHERE u.id = t.id AND t.usage_count <> u.n`);
  await db.execute(sql`
    UPDATE workflows w SET usage_count = u.n
    FROM (SELECT w2.id, (SELECT count(*) FROM campaigns c WHERE c.workflow_id = w2.id)::int AS n FROM workflows w2) u
    WHERE u.id = w.id AND w.usage_count <> u.n`);
}
