import { sql, type SQL } from 'drizzle-orm';
import type { LeadFilter } from '../../../src-shared/contract/leads';
import { scoreLead, scoringColumns, type ScoringInput } from '../../../src-shared/domain/lead-score';
import { queryRows, type DbOrTx } from '../../db/client';
import { leads } from '../../db/schema';
import { buildLeadFilter } from './build-lead-filter';

export type ScoreScope = { filter: LeadFilter } | { ids: string[] } | { where: SQL };

const batchSize = 5_000;

type ScoringRow = Record<(typeof scoringColumns)[number], unknown> & { id: string; quality_score: number | null };

function toScoringInput(row: ScoringRow): ScoringInput {
  return {
    email: row.email as string | null,
    phone: row.phone as string | null,
    website: row.website as string | null,
    contactName: row.contact_name as string | null,
    jobTitle: row.job_title as string | null,
    linkedinUrl: row.linkedin_url as string | null,
    city: row.city as string | null,
    country: row.country as string | null,
    address: row.address as string | null,
    companySize: row.company_size as string | null,
    verificationStatus: row.verification_status as string | null,
    isDecisionMaker: row.is_decision_maker as boolean | null,
    hasBookingKeywords: row.has_booking_keywords as boolean | null,
    bookingKeywordScore: row.booking_keyword_score as number | null,
    hasAppointmentForm: row.has_appointment_form as boolean | null,
    hasOnlineBooking: row.has_online_booking as boolean | null,
    currentBookingTool: row.current_booking_tool as string | null,
    hasMultiLocation: row.has_multi_location as boolean | null,
    servicesCount: row.services_count as number | null,
    hasGoogleMapsListing: row.has_google_maps_listing as boolean | null,
    googleRating: row.google_rating as string | number | null,
    googleReviewCount: row.google_review_count as number | null,
    bookingPotential: row.booking_potential as string | null,
    digitalMaturityScore: row.digital_maturity_score as number | null,
  };
}

function scopeWhere(scope: ScoreScope): SQL {
  if ('where' in scope) return scope.where;
  if ('ids' in scope) {
    if (scope.ids.length === 0) return sql`false`;
    return sql`${leads.id} IN (${sql.join(
      scope.ids.map((id) => sql`${id}`),
      sql`, `,
    )})`;
  }
  return buildLeadFilter(scope.filter);
}

/**
 * Recomputes `quality_score` with scoreLead() for the leads in scope, in batches of 5,000 walked by
 * id (keyset, so rows changed meanwhile are neither skipped nor repeated). Only rows whose score
 * changes are written, in one UPDATE … FROM unnest() per batch. Returns how many changed.
 *
 * Call it whenever a scoring input changes: a lead edit, a bulk edit, an import, website research.
 */
export async function recomputeLeadScores(db: DbOrTx, scope: ScoreScope): Promise<{ scanned: number; changed: number }> {
  const where = scopeWhere(scope);
  const columns = sql.raw(scoringColumns.map((c) => `"${c}"`).join(', '));
  let after: string | null = null;
  let scanned = 0;
  let changed = 0;
  for (;;) {
    const rows: ScoringRow[] = await queryRows<ScoringRow>(
      db,
      sql`SELECT id, quality_score, ${columns} FROM ${leads} WHERE ${where} ${after ? sql`AND ${leads.id} > ${after}` : sql``} ORDER BY ${leads.id} LIMIT ${batchSize}`,
    );
    if (rows.length === 0) break;
    scanned += rows.length;
    const ids: string[] = [];
    const scores: number[] = [];
    for (const row of rows) {
      const { score } = scoreLead(toScoringInput(row));
      if (row.quality_score !== score) {
        ids.push(row.id);
        scores.push(score);
      }
    }
    if (ids.length) {
      // Two text parameters split in SQL: one round trip, no per-row parameters, same on both drivers.
      // The id range keeps the join on the primary key's range: without it the planner hashes the whole table per batch.
      await db.execute(
        sql`UPDATE ${leads} SET quality_score = u.score
            FROM unnest(string_to_array(${ids.join(',')}, ',')::uuid[], string_to_array(${scores.join(',')}, ',')::int[]) AS u(id, score)
            WHERE ${leads.id} = u.id AND ${leads.id} BETWEEN ${rows[0]!.id}::uuid AND ${rows[rows.length - 1]!.id}::uuid`,
      );
      changed += ids.length;
    }
    after = rows[rows.length - 1]!.id;
    if (rows.length < batchSize) break;
  }
  return { scanned, changed };
}
