import { sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import {
  defaultLeadSort,
  fastCountCap,
  type LeadFacets,
  type LeadFilter,
  type LeadList,
  type LeadListRow,
  type LeadSort,
} from '../../../src-shared/contract/leads';
import type { LeadSortColumn } from '../../../src-shared/domain/lead-columns';
import { leadStatusValues, type LeadStatusValue } from '../../../src-shared/domain/lead-values';
import { queryRows, type DbOrTx } from '../../db/client';
import { campaigns, leadBatches, leads } from '../../db/schema';
import { buildLeadFilter, withoutStatuses } from './build-lead-filter';
import { leadListColumns } from './lead-record';

const sortColumns: Record<LeadSortColumn, AnyPgColumn> = {
  companyName: leads.companyName,
  contactName: leads.contactName,
  jobTitle: leads.jobTitle,
  email: leads.email,
  phone: leads.phone,
  website: leads.website,
  city: leads.city,
  country: leads.country,
  industry: leads.industry,
  source: leads.source,
  status: leads.status,
  qualityScore: leads.qualityScore,
  bookingPotential: leads.bookingPotential,
  lastContactedAt: leads.lastContactedAt,
  createdAt: leads.createdAt,
  updatedAt: leads.updatedAt,
  companySize: leads.companySize,
  verificationStatus: leads.verificationStatus,
  googleRating: leads.googleRating,
  digitalMaturityScore: leads.digitalMaturityScore,
  emailsSent: leads.emailsSent,
};

/**
 * ORDER BY of a lead sort. Empty values count as the lowest: first ascending, last descending (a
 * "last contacted, newest first" sort shows contacted leads first). That is the order of the sort
 * indexes scanned forwards or backwards. The id breaks ties so paging never repeats or skips a row.
 */
export function leadOrderBy(sort: LeadSort = defaultLeadSort): SQL {
  const column = sortColumns[sort.column];
  const direction = sort.direction === 'asc' ? sql`ASC` : sql`DESC`;
  // Booking potential sorts by meaning, not alphabetically.
  const key =
    sort.column === 'bookingPotential' ? sql`CASE ${column} WHEN 'high' THEN 3 WHEN 'medium' THEN 2 WHEN 'low' THEN 1 END` : sql`${column}`;
  const nulls =
    sort.column === 'createdAt' || sort.column === 'updatedAt' ? sql`` : sort.direction === 'asc' ? sql` NULLS FIRST` : sql` NULLS LAST`;
  return sql`${key} ${direction}${nulls}, ${leads.id} ${direction}`;
}

export interface ListLeadsInput {
  filter?: LeadFilter;
  sort?: LeadSort;
  offset?: number;
  limit?: number;
  count?: 'exact' | 'fast';
}

/** One page of the lead table and the number of leads the filter matches. */
export async function listLeads(db: DbOrTx, input: ListLeadsInput = {}): Promise<LeadList> {
  const where = buildLeadFilter(input.filter ?? {});
  const offset = input.offset ?? 0;
  const limit = input.limit ?? 100;
  const rows = await selectLeadPage(db, where, leadOrderBy(input.sort), limit, offset);
  // A short first page is the whole answer: no count needed.
  if (offset === 0 && rows.length < limit) return { rows, total: rows.length, totalExact: true, offset };
  const total = input.count === 'fast' ? await countLeads(db, input.filter ?? {}, fastCountCap) : await countLeads(db, input.filter ?? {});
  const totalExact = input.count !== 'fast' || total < fastCountCap;
  return { rows, total: Math.max(total, offset + rows.length), totalExact, offset };
}

// Each row as one JSON object: the driver then parses one field per row instead of 23, which is
// most of a page's cost on the embedded database.
const pageObject = sql.join(
  Object.entries(leadListColumns).map(([key, column]) => sql`${sql.raw(`'${key}'`)}, ${column}`),
  sql`, `,
);
const timestampFields = Object.entries(leadListColumns)
  .filter(([, column]) => column.columnType === 'PgTimestamp')
  .map(([key]) => key);

async function selectLeadPage(db: DbOrTx, where: SQL, orderBy: SQL, limit: number, offset: number): Promise<LeadListRow[]> {
  const found = await queryRows<{ row: string }>(
    db,
    // The objects are built for the page only, after the sort and offset, not for every match.
    sql`SELECT json_build_object(${pageObject})::text AS row
        FROM (SELECT * FROM ${leads} WHERE ${where} ORDER BY ${orderBy} LIMIT ${limit} OFFSET ${offset}) AS ${leads}
        ORDER BY ${orderBy}`,
  );
  return found.map(({ row }) => {
    const lead = JSON.parse(row) as Record<string, unknown>;
    // Postgres writes "2026-01-02T03:04:05.123456+00:00"; the contract says toISOString().
    for (const key of timestampFields) if (typeof lead[key] === 'string') lead[key] = new Date(lead[key]).toISOString();
    return lead as unknown as LeadListRow;
  });
}

/** How many leads match; with a cap, counting stops there (the result is then at least the cap). */
export async function countLeads(db: DbOrTx, filter: LeadFilter, cap?: number): Promise<number> {
  const where = buildLeadFilter(filter);
  const query = cap
    ? sql`SELECT count(*)::int AS n FROM (SELECT 1 FROM ${leads} WHERE ${where} LIMIT ${cap}) AS capped`
    : sql`SELECT count(*)::int AS n FROM ${leads} WHERE ${where}`;
  const [row] = await queryRows<{ n: number | string }>(db, query);
  return Number(row?.n ?? 0);
}

/** Counts per status over the filter without its status part: the pipeline bar above the table. */
export async function leadPipeline(db: DbOrTx, filter: LeadFilter): Promise<{ counts: Record<LeadStatusValue, number>; total: number }> {
  const rows = await queryRows<{ status: LeadStatusValue; n: number | string }>(
    db,
    sql`SELECT ${leads.status} AS status, count(*)::int AS n FROM ${leads} WHERE ${buildLeadFilter(withoutStatuses(filter))} GROUP BY 1`,
  );
  const counts = Object.fromEntries(leadStatusValues.map((s) => [s, 0])) as Record<LeadStatusValue, number>;
  let total = 0;
  for (const row of rows) {
    counts[row.status] = Number(row.n);
    total += Number(row.n);
  }
  return { counts, total };
}

async function topValues(db: DbOrTx, column: SQL, limit: number) {
  const rows = await queryRows<{ value: string; n: number | string }>(
    db,
    sql`SELECT ${column} AS value, count(*)::int AS n FROM ${leads} WHERE ${column} IS NOT NULL AND ${column} <> '' GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ${limit}`,
  );
  return rows.map((r) => ({ value: r.value, count: Number(r.n) }));
}

/** The values the filter menus offer, most common first. */
export async function leadFacets(db: DbOrTx): Promise<LeadFacets> {
  const [sources, industries, countries, cities, companySizes, tags, batches, campaignRows] = await Promise.all([
    topValues(db, sql`${leads.source}`, 100),
    topValues(db, sql`${leads.industry}`, 300),
    topValues(db, sql`${leads.country}`, 300),
    topValues(db, sql`${leads.city}`, 500),
    topValues(db, sql`${leads.companySize}`, 100),
    queryRows<{ value: string; n: number | string }>(
      db,
      sql`SELECT tag AS value, count(*)::int AS n FROM ${leads}, unnest(${leads.tags}) AS tag GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 500`,
    ).then((rows) => rows.map((r) => ({ value: r.value, count: Number(r.n) }))),
    db
      .select({ id: leadBatches.id, name: leadBatches.name })
      .from(leadBatches)
      .orderBy(sql`${leadBatches.createdAt} DESC`)
      .limit(200),
    db.select({ id: campaigns.id, name: campaigns.name }).from(campaigns).orderBy(campaigns.name).limit(500),
  ]);
  return { sources, industries, countries, cities, companySizes, tags, batches, campaigns: campaignRows };
}
