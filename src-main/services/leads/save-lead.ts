import { eq } from 'drizzle-orm';
import type { LeadPatch, NewLeadInput } from '../../../src-shared/contract/leads';
import type { AppDb, DbOrTx } from '../../db/client';
import { leads, type Lead, type NewLead } from '../../db/schema';
import { notFound } from '../../rpc/app-error';
import { recordActivity } from '../activity/record-activity';
import { cleanTags, cleanText, normalisePhone } from './normalise-lead-fields';
import { recomputeLeadScores } from './recompute-lead-scores';

const textFields = [
  'website', 'email', 'contactName', 'jobTitle', 'country', 'city', 'address', 'businessType', 'companySize',
  'sourceType', 'followUpStage', 'currentBookingTool', 'responseTime', 'linkedinUrl', 'bookingPotential',
] as const;

/** The patch as columns: empty text is null, phone in E.164, dates as Date, tags cleaned. */
function toColumns(patch: LeadPatch, countryForPhone: string | null | undefined): Partial<NewLead> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    if ((textFields as readonly string[]).includes(key)) out[key] = cleanText(value as string | null);
    else if (key === 'phone') out.phone = normalisePhone(value as string | null, countryForPhone);
    else if (key === 'lastContactedAt' || key === 'lastRespondedAt') out[key] = value ? new Date(value as string) : null;
    else if (key === 'tags') out.tags = cleanTags(value as string[]);
    else if (key === 'notes') out.notes = (value as string | null)?.trim() ? value : null;
    else out[key] = value;
  }
  return out as Partial<NewLead>;
}

/** Creates a lead typed in by hand, scores it, and notes it in the activity log. */
export async function createLead(db: AppDb, input: NewLeadInput): Promise<Lead> {
  return db.transaction(async (tx) => {
    const values = { source: 'manual', ...toColumns(input, input.country) } as NewLead;
    const [row] = await tx.insert(leads).values(values).returning();
    await recomputeLeadScores(tx, { ids: [row!.id] });
    await recordActivity(tx, { entityType: 'lead', entityId: row!.id, action: 'created', description: `Lead ${row!.companyName} created by hand` });
    return (await readLead(tx, row!.id))!;
  });
}

export async function readLead(db: DbOrTx, id: string): Promise<Lead | null> {
  const [row] = await db.select().from(leads).where(eq(leads.id, id));
  return row ?? null;
}

function same(a: unknown, b: unknown): boolean {
  if (a instanceof Date || b instanceof Date) return (a as Date | null)?.getTime?.() === (b as Date | null)?.getTime?.();
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/** Saves the changed fields of one lead, rescoring it, and logs which fields changed. */
export async function updateLead(db: AppDb, id: string, patch: LeadPatch): Promise<Lead> {
  return db.transaction(async (tx) => {
    const before = await readLead(tx, id);
    if (!before) throw notFound('That lead');
    const columns = toColumns(patch, patch.country !== undefined ? patch.country : before.country);
    const changed = Object.keys(columns).filter((key) => !same((columns as Record<string, unknown>)[key], (before as Record<string, unknown>)[key]));
    if (changed.length === 0) return before;
    await tx.update(leads).set(Object.fromEntries(changed.map((k) => [k, (columns as Record<string, unknown>)[k]]))).where(eq(leads.id, id));
    await recomputeLeadScores(tx, { ids: [id] });
    await recordActivity(tx, {
      entityType: 'lead',
      entityId: id,
      action: 'updated',
      description: `Edited ${changed.map(fieldLabel).join(', ')}`,
      metadata: { fields: changed },
    });
    return (await readLead(tx, id))!;
  });
}

function fieldLabel(key: string): string {
  return key.replace(/([A-Z])/g, ' $1').toLowerCase();
}
