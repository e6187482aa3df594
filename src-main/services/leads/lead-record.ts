import { getTableColumns } from 'drizzle-orm';
import { leadListFields, type LeadRecord } from '../../../src-shared/contract/leads';
import { leads, type Lead } from '../../db/schema';

const iso = (date: Date | null) => (date ? date.toISOString() : null);

/** A lead row as it crosses the boundary: dates as ISO strings. */
export function toLeadRecord(row: Lead): LeadRecord {
  return {
    ...row,
    googleRating: row.googleRating === null ? null : Number(row.googleRating),
    lastContactedAt: iso(row.lastContactedAt),
    lastRespondedAt: iso(row.lastRespondedAt),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

const allColumns = getTableColumns(leads);

/** The columns a table row needs (leadListFields): PGlite parses results field by field, so fewer is faster. */
export const leadListColumns = Object.fromEntries(leadListFields.map((f) => [f, allColumns[f]])) as {
  [K in (typeof leadListFields)[number]]: (typeof allColumns)[K];
};
