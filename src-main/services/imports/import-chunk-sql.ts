import { leadCopyColumns, type LeadCopyColumn } from './lead-copy-text';

import type { DedupeStrategy } from '../../../src-shared/domain/import-options';

export type { DedupeStrategy };

/**
 * The SQL of one import chunk, set-based: the chunk's rows are COPYed into a temp staging table,
 * then one statement classifies every row (new lead, duplicate of an earlier row of the file,
 * match of an existing lead), inserts the new ones, applies the dedupe strategy to the matches,
 * and adds the counts to the batch row, in the chunk's transaction.
 */
export interface ChunkTables {
  staging: string;
  /** Leads this import has already matched: a later row matching one again is a duplicate. */
  touched: string;
}

export function chunkTables(batchId: string): ChunkTables {
  const suffix = batchId.replace(/-/g, '').slice(0, 16);
  return { staging: `import_staging_${suffix}`, touched: `import_touched_${suffix}` };
}

export function createTablesSql({ staging, touched }: ChunkTables): string[] {
  return [
    `CREATE TEMP TABLE IF NOT EXISTS ${staging} (rn integer NOT NULL, ${leadCopyColumns.map((c) => `${c} ${columnType(c)}`).join(', ')})`,
    `CREATE TEMP TABLE IF NOT EXISTS ${touched} (lead_id uuid PRIMARY KEY)`,
  ];
}

export function dropTablesSql({ staging, touched }: ChunkTables): string {
  return `DROP TABLE IF EXISTS ${staging}, ${touched}`;
}

function columnType(column: LeadCopyColumn): string {
  switch (column) {
    case 'tags':
      return 'varchar(100)[]';
    case 'google_rating':
      return 'numeric(3,2)';
    case 'google_review_count':
    case 'price_level':
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

// Columns an update may change; dedupe_key stays as the lead's own.
const updatable = leadCopyColumns.filter((c) => c !== 'dedupe_key' && c !== 'email');

/**
 * New value of each column for a matched lead. fill: only empty fields of the lead take the
 * file's value. overwrite: the file's non-empty values win, but only for columns the file has
 * (a default industry or source for the whole batch does not overwrite the lead's own).
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

export interface ChunkCounts {
  imported: number;
  updated: number;
  duplicates: number;
}

/**
 * One statement: $1 = batch id, $2 = failed rows of the chunk (counted in the batch row too).
 * Rows are matched on lower(email) when they have one, else on the alternate key
 * (domain + company, else phone). Within the chunk the first row of a key wins; a row matching a
 * lead this import created or already matched is a duplicate of an earlier row of the file.
 */
export function processChunkSql(tables: ChunkTables, strategy: DedupeStrategy, fromFile: ReadonlySet<LeadCopyColumn>): string {
  const { staging, touched } = tables;
  const insertColumns = leadCopyColumns.join(', ');
  const selectColumns = leadCopyColumns.map((c) => `s.${c}`).join(', ');
  const classify = `
    c AS MATERIALIZED (
      SELECT s.rn, m.id AS match_id,
        CASE
          WHEN s.k > 1 THEN 'duplicate'
          WHEN m.id IS NULL THEN 'insert'
          WHEN m.batch_id IS NOT DISTINCT FROM $1::uuid OR t.lead_id IS NOT NULL THEN 'duplicate'
          ${strategy === 'skip' ? "ELSE 'duplicate'" : "ELSE 'match'"}
        END AS action
      FROM (
        SELECT rn, email, dedupe_key,
          CASE WHEN email IS NULL AND dedupe_key IS NULL THEN 1
               ELSE row_number() OVER (PARTITION BY COALESCE('e:' || email, dedupe_key) ORDER BY rn) END AS k
        FROM ${staging}
      ) s
      LEFT JOIN LATERAL (
        (SELECT l.id, l.batch_id FROM leads l WHERE s.email IS NOT NULL AND l.email IS NOT NULL AND lower(l.email) = s.email LIMIT 1)
        UNION ALL
        (SELECT l.id, l.batch_id FROM leads l WHERE s.email IS NULL AND s.dedupe_key IS NOT NULL AND l.dedupe_key = s.dedupe_key LIMIT 1)
        LIMIT 1
      ) m ON s.k = 1
      LEFT JOIN ${touched} t ON t.lead_id = m.id
    )`;
  const inserted = `
    ins AS (
      INSERT INTO leads (${insertColumns}, batch_id)
      SELECT ${selectColumns}, $1::uuid FROM ${staging} s JOIN c ON c.rn = s.rn WHERE c.action = 'insert'
      RETURNING 1
    )`;
  const matched =
    strategy === 'skip'
      ? ''
      : `,
    mark AS (
      INSERT INTO ${touched} (lead_id) SELECT DISTINCT match_id FROM c WHERE action = 'match' ON CONFLICT DO NOTHING
    ),
    upd AS (
      UPDATE leads l SET ${updatable.map((col) => `${col} = ${updateExpression(col, strategy, fromFile)}`).join(', ')}
      FROM (
        SELECT DISTINCT ON (c.match_id) c.match_id, ${selectColumns}
        FROM c JOIN ${staging} s ON s.rn = c.rn WHERE c.action = 'match' ORDER BY c.match_id, c.rn
      ) s
      WHERE l.id = s.match_id
        AND (${updatable.map((col) => `l.${col}`).join(', ')}) IS DISTINCT FROM
            (${updatable.map((col) => updateExpression(col, strategy, fromFile)).join(', ')})
      RETURNING 1
    )`;
  const updatedCount = strategy === 'skip' ? '0' : '(SELECT count(*) FROM upd)';
  return `
    WITH ${classify},
    ${inserted}${matched},
    counts AS (
      SELECT (SELECT count(*) FROM ins)::int AS imported,
             ${updatedCount}::int AS updated,
             (SELECT count(*) FROM c)::int AS total
    ),
    bump AS (
      UPDATE lead_batches b SET
        total_leads = total_leads + counts.total + $2::int,
        successful_imports = successful_imports + counts.imported,
        updated_leads = updated_leads + counts.updated,
        duplicates_skipped = duplicates_skipped + (counts.total - counts.imported - counts.updated),
        failed_imports = failed_imports + $2::int,
        heartbeat_at = now()
      FROM counts WHERE b.id = $1::uuid
      RETURNING 1
    )
    SELECT imported, updated, total - imported - updated AS duplicates, (SELECT count(*) FROM bump)::int AS bumped FROM counts`;
}

/** For a chunk that is only failed rows (no staging needed). */
export const countFailedOnlySql = `
  UPDATE lead_batches SET total_leads = total_leads + $2::int, failed_imports = failed_imports + $2::int, heartbeat_at = now()
  WHERE id = $1::uuid`;
