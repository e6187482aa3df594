import { asc, eq } from 'drizzle-orm';
import type { LeadFilter, LeadSort, SavedView } from '../../../src-shared/contract/leads';
import type { LeadColumnState } from '../../../src-shared/domain/lead-columns';
import type { AppDb } from '../../db/client';
import { savedViews, type SavedViewRow } from '../../db/schema';
import { notFound } from '../../rpc/app-error';
import { recordActivity } from '../activity/record-activity';

function toSavedView(row: SavedViewRow): SavedView {
  return {
    id: row.id,
    name: row.name,
    filter: row.filter,
    columns: row.columns ?? null,
    sort: row.sort ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export async function listSavedViews(db: AppDb): Promise<SavedView[]> {
  const rows = await db.select().from(savedViews).orderBy(asc(savedViews.name));
  return rows.map(toSavedView);
}

export interface SaveViewInput {
  id?: string | undefined;
  name: string;
  filter: LeadFilter;
  columns: LeadColumnState[] | null;
  sort: LeadSort | null;
}

/** Creates a view, or replaces the filter, columns and sort of an existing one. */
export async function saveView(db: AppDb, input: SaveViewInput): Promise<SavedView> {
  return db.transaction(async (tx) => {
    const values = { name: input.name, filter: input.filter, columns: input.columns, sort: input.sort };
    const [row] = input.id
      ? await tx.update(savedViews).set(values).where(eq(savedViews.id, input.id)).returning()
      : await tx.insert(savedViews).values(values).returning();
    if (!row) throw notFound('That saved view');
    await recordActivity(tx, {
      entityType: 'saved_view',
      entityId: row.id,
      action: input.id ? 'updated' : 'created',
      description: `View “${row.name}” ${input.id ? 'updated' : 'saved'}`,
    });
    return toSavedView(row);
  });
}

export async function deleteView(db: AppDb, id: string): Promise<{ deleted: boolean }> {
  return db.transaction(async (tx) => {
    const [row] = await tx.delete(savedViews).where(eq(savedViews.id, id)).returning();
    if (!row) return { deleted: false };
    await recordActivity(tx, { entityType: 'saved_view', entityId: id, action: 'deleted', description: `View “${row.name}” deleted` });
    return { deleted: true };
  });
}
