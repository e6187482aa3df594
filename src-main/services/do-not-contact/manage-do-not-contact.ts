import { eq, sql } from 'drizzle-orm';
import Papa from 'papaparse';
import { doNotContactValue, type DoNotContactReason, type DoNotContactRow } from '../../../src-shared/contract/do-not-contact';
import { queryRows, type AppDb, type DbOrTx } from '../../db/client';
import { doNotContact, type DoNotContactEntry } from '../../db/schema';
import { notFound } from '../../rpc/app-error';
import { recordActivity } from '../activity/record-activity';

function toRow(e: DoNotContactEntry): DoNotContactRow {
  return { id: e.id, kind: e.kind, value: e.value, reason: e.reason, note: e.note, createdAt: e.createdAt.toISOString() };
}

function kindOf(value: string): 'address' | 'domain' {
  return value.includes('@') ? 'address' : 'domain';
}

export async function listDoNotContact(db: DbOrTx, input: { search?: string | undefined; offset: number; limit: number }) {
  const where = input.search ? sql`lower(value) LIKE ${`%${input.search.toLowerCase().replace(/[%_\\]/g, '\\$&')}%`}` : sql`TRUE`;
  const rows = await db.select().from(doNotContact).where(where).orderBy(sql`${doNotContact.createdAt} DESC`, doNotContact.value).offset(input.offset).limit(input.limit);
  const [total] = await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM do_not_contact WHERE ${where}`);
  return { rows: rows.map(toRow), total: total?.n ?? 0 };
}

/**
 * Queued emails to addresses now on the list become 'skipped' right away, so the delivery log
 * tells the truth before the engine gets to them (the engine checks again at every send).
 */
async function skipQueuedFor(tx: DbOrTx, values: string[]): Promise<number> {
  if (!values.length) return 0;
  const list = sql.join(values.map((v) => sql`${v}`), sql`, `);
  const rows = await queryRows<{ id: string }>(
    tx,
    sql`UPDATE emails e SET status = 'skipped', wait_reason = 'On the do-not-contact list'
        FROM leads l WHERE l.id = e.lead_id AND e.status IN ('queued', 'awaiting_approval')
          AND (lower(l.email) IN (${list}) OR lower(split_part(l.email, '@', 2)) IN (${list})
               OR EXISTS (SELECT 1 FROM unnest(ARRAY[${list}]::text[]) d WHERE lower(split_part(l.email, '@', 2)) LIKE '%.' || d))
        RETURNING e.id`,
  );
  return rows.length;
}

export async function addDoNotContact(db: AppDb, input: { value: string; reason: DoNotContactReason; note?: string | undefined }) {
  return db.transaction(async (tx) => {
    const inserted = await tx
      .insert(doNotContact)
      .values({ kind: kindOf(input.value), value: input.value, reason: input.reason, note: input.note ?? null })
      .onConflictDoNothing()
      .returning();
    const entry = inserted[0] ?? (await tx.select().from(doNotContact).where(sql`lower(${doNotContact.value}) = ${input.value}`))[0]!;
    const queuedSkipped = inserted.length ? await skipQueuedFor(tx, [input.value]) : 0;
    if (inserted.length) {
      await recordActivity(tx, { entityType: 'do_not_contact', entityId: entry.id, action: 'created', description: `${input.value} added to do-not-contact (${input.reason})` });
    }
    return { entry: toRow(entry), created: inserted.length > 0, queuedSkipped };
  });
}

export async function removeDoNotContact(db: AppDb, id: string) {
  return db.transaction(async (tx) => {
    const rows = await tx.delete(doNotContact).where(eq(doNotContact.id, id)).returning();
    if (!rows.length) throw notFound('That do-not-contact entry');
    await recordActivity(tx, { entityType: 'do_not_contact', entityId: id, action: 'deleted', description: `${rows[0]!.value} removed from do-not-contact` });
    return { removed: true };
  });
}

const VALUE_COLUMNS = ['email', 'address', 'email address', 'domain', 'value'];

/** Reads entries from a CSV (a column named email/address/domain/value, else the first column). */
export async function importDoNotContact(db: AppDb, csv: string, reason: DoNotContactReason) {
  const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
  const rows = parsed.data;
  const header = (rows[0] ?? []).map((h) => String(h).trim().toLowerCase());
  let column = header.findIndex((h) => VALUE_COLUMNS.includes(h));
  const hasHeader = column >= 0 || (rows[0] !== undefined && !doNotContactValue.safeParse(rows[0][0] ?? '').success);
  if (column < 0) column = 0;
  const invalid: string[] = [];
  const values = new Set<string>();
  for (const row of rows.slice(hasHeader ? 1 : 0)) {
    const raw = String(row[column] ?? '').trim();
    if (!raw) continue;
    const parsedValue = doNotContactValue.safeParse(raw);
    if (parsedValue.success) values.add(parsedValue.data);
    else if (invalid.length < 50) invalid.push(raw);
  }
  const list = [...values];
  return db.transaction(async (tx) => {
    let added = 0;
    const addedValues: string[] = [];
    for (let i = 0; i < list.length; i += 1000) {
      const chunk = list.slice(i, i + 1000);
      const inserted = await tx
        .insert(doNotContact)
        .values(chunk.map((value) => ({ kind: kindOf(value), value, reason })))
        .onConflictDoNothing()
        .returning({ id: doNotContact.id, value: doNotContact.value });
      added += inserted.length;
      addedValues.push(...inserted.map((r) => r.value));
    }
    await skipQueuedFor(tx, addedValues);
    if (added) {
      await recordActivity(tx, { entityType: 'do_not_contact', entityId: '00000000-0000-0000-0000-000000000000', action: 'imported', description: `${added} entries imported to do-not-contact (${reason})` });
    }
    return { added, alreadyListed: list.length - added, invalid };
  });
}

export async function exportDoNotContact(db: DbOrTx): Promise<{ csv: string; count: number }> {
  const rows = await db.select().from(doNotContact).orderBy(doNotContact.value);
  const csv = Papa.unparse({
    fields: ['value', 'kind', 'reason', 'note', 'created_at'],
    data: rows.map((r) => [r.value, r.kind, r.reason, r.note ?? '', r.createdAt.toISOString()]),
  }, { escapeFormulae: true });
  return { csv, count: rows.length };
}
