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
  return (await findDoNotContactMany(db, [address])).get(address.trim().toLowerCase()) ?? null;
}

/** The blocking entry of each address (lower-cased) that has one: one query for a whole batch. */
export async function findDoNotContactMany(db: DbOrTx, addresses: string[]): Promise<Map<string, DoNotContactMatch>> {
  const out = new Map<string, DoNotContactMatch>();
  if (addresses.length === 0) return out;
  const lower = addresses.map((a) => a.trim().toLowerCase());
  const candidates = [...new Set(lower.flatMap((a) => [a, ...domainsOf(a)]))];
  const rows = await queryRows<DoNotContactMatch>(
    db,
    sql`SELECT lower(value) AS value, kind, reason FROM do_not_contact WHERE lower(value) IN (${sql.join(candidates.map((c) => sql`${c}`), sql`, `)})`,
  );
  const byValue = new Map(rows.map((r) => [r.value, r]));
  for (const address of lower) {
    const match = [address, ...domainsOf(address)].map((v) => byValue.get(v)).find(Boolean);
    if (match) out.set(address, match);
  }
  return out;
}
