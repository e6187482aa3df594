import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { sql, type SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { to as copyTo } from 'pg-copy-streams';
import type { LeadExportInput, LeadTarget } from '../../../src-shared/contract/leads';
import { leadColumnDefs, type LeadColumnId } from '../../../src-shared/domain/lead-columns';
import type { DatabaseHandle } from '../../db/client';
import { leads } from '../../db/schema';
import { buildLeadTarget } from './build-lead-filter';
import { leadOrderBy } from './list-leads';

/**
 * A cell that starts with = + - @, a tab or a carriage return is a formula to Excel, LibreOffice and
 * Google Sheets (CSV injection, OWASP). Such cells get a leading apostrophe, which the sheet shows as text.
 */
export const formulaTrigger = '^[-=+@\t\r]';

function safeText(expression: SQL): SQL {
  return sql`CASE WHEN ${expression} ~ ${formulaTrigger} THEN '''' || ${expression} ELSE ${expression} END`;
}

const isoTime = (column: SQL) => sql`to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`;

const exportExpressions: Record<LeadColumnId, SQL> = {
  companyName: safeText(sql`${leads.companyName}`),
  contactName: safeText(sql`${leads.contactName}`),
  jobTitle: safeText(sql`${leads.jobTitle}`),
  email: safeText(sql`${leads.email}`),
  // E.164 numbers start with "+" too: the apostrophe keeps them text, which also keeps the "+" visible.
  phone: safeText(sql`${leads.phone}`),
  website: safeText(sql`${leads.website}`),
  location: safeText(sql`concat_ws(', ', nullif(${leads.city}, ''), nullif(${leads.country}, ''))`),
  industry: safeText(sql`${leads.industry}`),
  source: safeText(sql`${leads.source}`),
  status: sql`${leads.status}::text`,
  qualityScore: sql`${leads.qualityScore}`,
  bookingPotential: safeText(sql`${leads.bookingPotential}`),
  tags: safeText(sql`nullif(array_to_string(${leads.tags}, ', '), '')`),
  lastContactedAt: isoTime(sql`${leads.lastContactedAt}`),
  createdAt: isoTime(sql`${leads.createdAt}`),
  companySize: safeText(sql`${leads.companySize}`),
  verificationStatus: sql`${leads.verificationStatus}::text`,
  googleRating: sql`${leads.googleRating}`,
  digitalMaturityScore: sql`${leads.digitalMaturityScore}`,
  emailsSent: sql`${leads.emailsSent}`,
  updatedAt: isoTime(sql`${leads.updatedAt}`),
};

export const defaultExportColumns: LeadColumnId[] = Object.values(leadColumnDefs)
  .filter((c) => c.visibleByDefault)
  .map((c) => c.id);

export function exportTarget(input: LeadExportInput): LeadTarget {
  if (input.ids?.length) return { ids: input.ids };
  return { filter: input.filter ?? {}, ...(input.excludeIds?.length ? { excludeIds: input.excludeIds } : {}) };
}

/** The export as one SELECT; COPY runs it in the database, which writes the CSV far faster than JS could. */
function exportQuery(input: LeadExportInput): string {
  const columns = input.columns?.length ? input.columns : defaultExportColumns;
  const select = sql.join(
    columns.map((id) => sql`${exportExpressions[id]} AS ${sql.identifier(leadColumnDefs[id].label)}`),
    sql`, `,
  );
  const query = sql`SELECT ${select} FROM ${leads} WHERE ${buildLeadTarget(exportTarget(input))} ORDER BY ${leadOrderBy(input.sort)}`;
  // COPY takes no bind parameters: values are inlined, quoted by Drizzle's escaping ('' for ').
  return new PgDialect().sqlToQuery(query.inlineParams()).sql;
}

// Excel reads a CSV as UTF-8 only when it starts with a byte-order mark.
const utf8Bom = Buffer.from([0xef, 0xbb, 0xbf]);

/**
 * Writes the target's leads as CSV (header = column labels) to `out`, which it ends. The database
 * formats the CSV with COPY: streamed from a server, one blob from PGlite. Returns the byte count.
 */
export async function exportLeadsCsv(handle: DatabaseHandle, input: LeadExportInput, out: Writable): Promise<{ bytes: number }> {
  const copy = `COPY (${exportQuery(input)}) TO STDOUT WITH (FORMAT csv, HEADER true)`;
  if (handle.pglite) {
    const result = await handle.pglite.query(copy.replace('TO STDOUT', "TO '/dev/blob'"));
    const blob = result.blob;
    const body = blob ? Buffer.from(await blob.arrayBuffer()) : Buffer.alloc(0);
    await new Promise<void>((resolve, reject) => {
      out.write(utf8Bom);
      out.end(body, () => resolve());
      out.once('error', reject);
    });
    return { bytes: utf8Bom.length + body.length };
  }
  if (!handle.pool) throw new Error('No database connection to export from.');
  const client = await handle.pool.connect();
  try {
    let bytes = utf8Bom.length;
    out.write(utf8Bom);
    const stream = client.query(copyTo(copy));
    stream.on('data', (chunk: Buffer) => (bytes += chunk.length));
    await pipeline(stream, out);
    return { bytes };
  } finally {
    client.release();
  }
}
