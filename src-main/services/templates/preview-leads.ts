import { and, asc, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import type { LeadChoice, PreviewAudience } from '../../../src-shared/contract/templates';
import type { DbOrTx } from '../../db/client';
import { leads, leadStatuses, type Lead, type LeadStatus } from '../../db/schema';
import { AppError } from '../../rpc/app-error';
import { likePattern } from './like-pattern';

export function leadChoiceOf(lead: Pick<Lead, 'id' | 'companyName' | 'contactName' | 'email'>): LeadChoice {
  return { id: lead.id, companyName: lead.companyName, contactName: lead.contactName, email: lead.email };
}

/** The preview's lead picker: 20 leads matching company, contact or email. */
export async function searchLeads(db: DbOrTx, search: string): Promise<LeadChoice[]> {
  const pattern = likePattern(search);
  const rows = await db
    .select({ id: leads.id, companyName: leads.companyName, contactName: leads.contactName, email: leads.email })
    .from(leads)
    .where(search ? or(ilike(leads.companyName, pattern), ilike(leads.contactName, pattern), ilike(leads.email, pattern)) : undefined)
    .orderBy(asc(leads.companyName), asc(leads.id))
    .limit(20);
  return rows.map(leadChoiceOf);
}

/**
 * The WHERE clause of a preview audience. Deliberately small: when the leads workspace's
 * LeadFilter / buildLeadFilter() lands, this function is the one place to swap for it.
 */
export function audienceCondition(audience: PreviewAudience): SQL | undefined {
  const conditions: SQL[] = [];
  if (audience.search) {
    const pattern = likePattern(audience.search);
    conditions.push(
      or(ilike(leads.companyName, pattern), ilike(leads.contactName, pattern), ilike(leads.email, pattern), ilike(leads.city, pattern))!,
    );
  }
  if (audience.industry)
    conditions.push(
      ilike(
        leads.industry,
        audience.industry.replace(/[\\%_]/g, (c) => `\\${c}`),
      ),
    );
  if (audience.status) {
    if (!(leadStatuses as readonly string[]).includes(audience.status)) {
      throw new AppError('INVALID_INPUT', `Unknown lead status "${audience.status}".`, {
        fieldErrors: { 'audience.status': ['Unknown status'] },
      });
    }
    conditions.push(eq(leads.status, audience.status as LeadStatus));
  }
  return and(...conditions);
}

export async function countAudience(db: DbOrTx, where: SQL | undefined): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(leads)
    .where(where);
  return row?.n ?? 0;
}

export async function randomLeads(db: DbOrTx, where: SQL | undefined, count: number): Promise<Lead[]> {
  return db
    .select()
    .from(leads)
    .where(where)
    .orderBy(sql`random()`)
    .limit(count);
}

/** One page of the audience in a stable order, for counting missing values by rendering. */
export async function audiencePage(db: DbOrTx, where: SQL | undefined, afterId: string | null, size: number): Promise<Lead[]> {
  const cursor = afterId ? sql`${leads.id} > ${afterId}` : undefined;
  return db.select().from(leads).where(and(where, cursor)).orderBy(asc(leads.id)).limit(size);
}

export async function readLead(db: DbOrTx, id: string): Promise<Lead> {
  const row = await db.query.leads.findFirst({ where: eq(leads.id, id) });
  if (!row) throw new AppError('NOT_FOUND', 'That lead no longer exists.');
  return row;
}
