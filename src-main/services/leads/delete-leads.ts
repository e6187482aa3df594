import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { LeadTarget } from '../../../src-shared/contract/leads';
import { queryRows, type AppDb } from '../../db/client';
import { campaignLeads, deletedLeads, emails, leads } from '../../db/schema';
import { AppError } from '../../rpc/app-error';
import { buildLeadTarget } from './build-lead-filter';

/** How long a delete can be undone. */
export const undoWindowDays = 7;

/**
 * Deletes the target's leads, set-based. Before deleting, each lead is copied to `deleted_leads`
 * with its campaign memberships and emails (which the delete cascades away), under one undo token.
 * Activity-log lines stay: the history of a lead outlives it.
 */
export async function deleteLeads(db: AppDb, target: LeadTarget, now: Date): Promise<{ deleted: number; undoToken: string | null }> {
  const undoToken = randomUUID();
  const where = buildLeadTarget(target);
  return db.transaction(async (tx) => {
    await tx.execute(sql`DELETE FROM ${deletedLeads} WHERE ${deletedLeads.deletedAt} < ${new Date(now.getTime() - undoWindowDays * 86_400_000).toISOString()}::timestamptz`);
    await tx.execute(
      sql`INSERT INTO ${deletedLeads} (undo_token, lead_id, lead, campaign_leads, emails)
          SELECT ${undoToken}::uuid, ${leads.id}, to_jsonb(${leads}.*),
            coalesce((SELECT jsonb_agg(to_jsonb(cl.*)) FROM ${campaignLeads} cl WHERE cl.lead_id = ${leads.id}), '[]'::jsonb),
            coalesce((SELECT jsonb_agg(to_jsonb(e.*)) FROM ${emails} e WHERE e.lead_id = ${leads.id}), '[]'::jsonb)
          FROM ${leads} WHERE ${where}`,
    );
    const [row] = await queryRows<{ n: number | string }>(
      tx,
      sql`WITH gone AS (
            DELETE FROM ${leads} WHERE ${leads.id} IN (SELECT lead_id FROM ${deletedLeads} WHERE undo_token = ${undoToken}::uuid)
            RETURNING ${leads.id} AS id, ${leads.companyName} AS name
          ), logged AS (
            INSERT INTO activity_log (entity_type, entity_id, action, description, metadata)
            SELECT 'lead', id, 'deleted', 'Lead ' || name || ' deleted', ${JSON.stringify({ undoToken })}::jsonb FROM gone
          )
          SELECT count(*)::int AS n FROM gone`,
    );
    const deleted = Number(row?.n ?? 0);
    return { deleted, undoToken: deleted ? undoToken : null };
  });
}

/**
 * Puts back the leads of one delete, with their memberships of campaigns that still exist and their
 * emails. A lead whose email has been taken by a new lead meanwhile stays deleted (it would be a duplicate).
 */
export async function restoreDeletedLeads(db: AppDb, undoToken: string): Promise<{ restored: number }> {
  return db.transaction(async (tx) => {
    const [exists] = await queryRows<{ n: number | string }>(tx, sql`SELECT count(*)::int AS n FROM ${deletedLeads} WHERE undo_token = ${undoToken}::uuid`);
    if (!Number(exists?.n)) throw new AppError('NOT_FOUND', `Those leads cannot be restored any more (deletes can be undone for ${undoWindowDays} days).`);
    const [row] = await queryRows<{ n: number | string }>(
      tx,
      sql`WITH back AS (
            INSERT INTO ${leads}
            SELECT (jsonb_populate_record(null::leads, d.lead)).* FROM ${deletedLeads} d WHERE d.undo_token = ${undoToken}::uuid
            ON CONFLICT DO NOTHING
            RETURNING ${leads.id} AS id
          ), logged AS (
            INSERT INTO activity_log (entity_type, entity_id, action, description)
            SELECT 'lead', id, 'restored', 'Lead restored (delete undone)' FROM back
          )
          SELECT count(*)::int AS n FROM back`,
    );
    await tx.execute(
      sql`INSERT INTO ${campaignLeads}
          SELECT (jsonb_populate_record(null::campaign_leads, m)).*
          FROM ${deletedLeads} d, jsonb_array_elements(d.campaign_leads) AS m
          WHERE d.undo_token = ${undoToken}::uuid
            AND EXISTS (SELECT 1 FROM ${leads} WHERE ${leads.id} = d.lead_id)
            AND EXISTS (SELECT 1 FROM campaigns c WHERE c.id = (m->>'campaign_id')::uuid)
          ON CONFLICT DO NOTHING`,
    );
    await tx.execute(
      sql`INSERT INTO ${emails}
          SELECT (jsonb_populate_record(null::emails,
            CASE WHEN (m->>'campaign_id') IS NOT NULL AND NOT EXISTS (SELECT 1 FROM campaigns c WHERE c.id = (m->>'campaign_id')::uuid)
                 THEN m || '{"campaign_id": null}'::jsonb ELSE m END)).*
          FROM ${deletedLeads} d, jsonb_array_elements(d.emails) AS m
          WHERE d.undo_token = ${undoToken}::uuid AND EXISTS (SELECT 1 FROM ${leads} WHERE ${leads.id} = d.lead_id)
          ON CONFLICT DO NOTHING`,
    );
    await tx.execute(sql`DELETE FROM ${deletedLeads} WHERE undo_token = ${undoToken}::uuid`);
    return { restored: Number(row?.n ?? 0) };
  });
}
