import { sql } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../../db/client';

export interface DoNotContactMatch {
  value: string;
  kind: 'address' | 'domain';
  reason: string;
}

/** The domain and its parents: mail.example.co.uk → [mail.example.co.uk, example.co.uk, co.uk]. */
export function domainsOf(address: string): string[] {
  const domain = address.split('@')[1]?.trim().toLowerCase() ?? '';
  const parts = domain.split('.').filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i < parts.length - 1; i++) out.push(parts.slice(i).join('.'));
  return out;
}

/** The entry that forbids writing to this address (the address itself, or its domain or a parent domain), if any. */
export async function findDoNotContact(db: DbOrTx, address: string): Promise<DoNotContactMatch | null> {
  const lower = address.trim().toLowerCase();
  const candidates = [lower, ...domainsOf(lower)];
  const [row] = await queryRows<DoNotContactMatch>(
    db,
    sql`SELECT value, kind, reason FROM do_not_contact WHERE lower(value) IN (${sql.join(candidates.map((c) => sql`${c}`), sql`, `)})
        ORDER BY kind LIMIT 1`,
  );
  return row ?? null;
}
