import type { DedupeStrategy } from '../../../src-shared/domain/import-options';
import { leadCopyColumns, type LeadCopyColumn } from './lead-copy-text';

export type { DedupeStrategy };

/**
 * The SQL of one import chunk. Per chunk, in one transaction:
 * 1. one query joins the chunk's keys (emails; domain+company or phone keys) against leads;
 * 2. the rows that matched nothing are COPYed straight into leads: the common case costs what a
 *    raw COPY costs;
 * 3. with fill or overwrite, the matched rows are COPYed into a temp staging table and one UPDATE
 *    … FROM applies them, counting only leads it really changed;
 * 4. the batch row gets the chunk's counts.
 */

/**
 * $1 = lower-cased emails, $2 = alternate keys ('d:…', 'p:…'); one lead per key found. LATERAL …
 * LIMIT 1 makes each key an index probe: a hash join would scan the whole (wide) leads table for
 * every chunk, and a million-row import would slow down as it grows.
 */
export const lookupKeysSql = `
  SELECT 'e:' || k.key AS key, m.id::text AS id, m.batch_id::text AS batch_id
    FROM unnest($1::text[]) AS k(key),
    LATERAL (SELECT l.id, l.batch_id FROM leads l WHERE l.email IS NOT NULL AND lower(l.email) = k.key LIMIT 1) m
  UNION ALL
  SELECT k.key, m.id::text, m.batch_id::text
    FROM unnest($2::text[]) AS k(key),
    LATERAL (SELECT l.id, l.batch_id FROM leads l WHERE l.dedupe_key IS NOT NULL AND l.dedupe_key = k.key LIMIT 1) m`;

export const insertTarget = `leads (${leadCopyColumns.join(', ')}, batch_id)`;

export function stagingTable(batchId: string): string {
  return `import_staging_${batchId.replace(/-/g, '').slice(0, 16)}`;
}

export function createStagingSql(staging: string): string {
  return `CREATE TEMP TABLE IF NOT EXISTS ${staging} (match_id uuid NOT NULL, ${leadCopyColumns.map((c) => `${c} ${columnType(c)}`).join(', ')})`;
}

export function stagingTarget(staging: string): string {
  return `${staging} (match_id, ${leadCopyColumns.join(', ')})`;
}

function columnType(column: LeadCopyColumn): string {
  switch (column) {
    case 'tags':
      return 'varchar(100)[]';
    case 'google_rating':
      return 'numeric(3,2)';
    case 'google_review_count':
    case 'price_level':
    case 'quality_score':
      return 'integer';
    case 'has_weekend_hours':
    case 'has_google_maps_listing':
      return 'boolean';
    case 'custom_fields':
      return 'jsonb';
    default:
      return 'text';
  }
}

// Columns an update may change: the lead keeps its email and its own duplicate key; its score is
// recomputed from the merged row once the import ends.
const updatable = leadCopyColumns.filter((c) => c !== 'dedupe_key' && c !== 'email' && c !== 'quality_score');

/**
 * New value of each column of a matched lead. fill: only the lead's empty fields take the file's
 * value. overwrite: the file's non-empty values win, but only for columns the file has (a default
 * industry or source for the whole batch does not overwrite the lead's own).
 */
function updateExpression(column: LeadCopyColumn, strategy: 'fill' | 'overwrite', fromFile: ReadonlySet<LeadCopyColumn>): string {
  const l = `l.${column}`;
  const s = `s.${column}`;
  if (column === 'tags') {
    return strategy === 'fill'
      ? `CASE WHEN cardinality(${l}) = 0 THEN ${s} ELSE ${l} END`
      : `CASE WHEN cardinality(${s}) > 0 THEN ${s} ELSE ${l} END`;
  }
  if (column === 'custom_fields') return strategy === 'fill' ? `${s} || ${l}` : `${l} || ${s}`;
  if (strategy === 'fill') {
    // NOT NULL columns always have a value: nothing to fill.
    if (column === 'company_name' || column === 'industry' || column === 'source') return l;
    return `COALESCE(${l}, ${s})`;
  }
  if (!fromFile.has(column)) return l;
  return `COALESCE(${s}, ${l})`;
}

/** Applies the staged rows to their leads; returns { updated } = leads whose values changed. */
export function applyMatchesSql(staging: string, strategy: 'fill' | 'overwrite', fromFile: ReadonlySet<LeadCopyColumn>): string {
  const values = updatable.map((col) => updateExpression(col, strategy, fromFile));
  return `
    WITH upd AS (
      UPDATE leads l SET ${updatable.map((col, i) => `${col} = ${values[i]}`).join(', ')}
      FROM (SELECT DISTINCT ON (match_id) * FROM ${staging} ORDER BY match_id) s
      WHERE l.id = s.match_id
        AND (${updatable.map((col) => `l.${col}`).join(', ')}) IS DISTINCT FROM (${values.join(', ')})
      RETURNING 1
    )
    SELECT count(*)::int AS updated FROM upd`;
}

/** $1 batch id, $2 rows, $3 imported, $4 updated, $5 duplicates, $6 failed. */
export const addBatchCountsSql = `
  UPDATE lead_batches SET
    total_leads = total_leads + $2::int,
    successful_imports = successful_imports + $3::int,
    updated_leads = updated_leads + $4::int,
    duplicates_skipped = duplicates_skipped + $5::int,
    failed_imports = failed_imports + $6::int,
    heartbeat_at = now()
  WHERE id = $1::uuid`;
