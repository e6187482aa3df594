import { randomUUID } from 'node:crypto';
import { eq, sql, type SQL } from 'drizzle-orm';
import type { BulkAction, LeadTarget } from '../../../src-shared/contract/leads';
import { leadStatusLabels } from '../../../src-shared/domain/lead-values';
import { queryRows, type AppDb, type DbOrTx } from '../../db/client';
import { campaignLeads, campaigns, leads } from '../../db/schema';
import { notFound } from '../../rpc/app-error';
import { recordActivity } from '../activity/record-activity';
import { buildLeadTarget } from './build-lead-filter';
import { cleanTags } from './normalise-lead-fields';
import { recomputeLeadScores } from './recompute-lead-scores';

function textArray(values: readonly string[]): SQL {
  return sql`ARRAY[${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )}]::varchar[]`;
}

/**
 * Up to this many leads, a bulk change writes a line in each lead's timeline; above, one summary
 * line (with the filter) instead: 100,000 timeline lines would double the time of the change itself.
 */
export const perLeadActivityLimit = 10_000;

/**
 * Runs one UPDATE over the target and writes the activity lines in the same statement (a
 * data-modifying CTE): set-based, whatever the number of leads. Rows already in the wanted state
 * are left alone, so they are neither counted nor logged.
 */
async function updateAndLog(db: DbOrTx, set: SQL, where: SQL, action: string, description: string, target: LeadTarget): Promise<number> {
  const [row] = await queryRows<{ n: number | string }>(
    db,
    sql`WITH changed AS (
          UPDATE ${leads} SET ${set} WHERE ${where} RETURNING ${leads.id} AS id
        ), logged AS (
          INSERT INTO activity_log (entity_type, entity_id, action, description)
          SELECT 'lead', id, ${action}, ${description} FROM changed
          WHERE (SELECT count(*) FROM changed) <= ${perLeadActivityLimit}
        )
        SELECT count(*)::int AS n FROM changed`,
  );
  const affected = Number(row?.n ?? 0);
  if (affected > perLeadActivityLimit) {
    await recordActivity(db, {
      entityType: 'leads',
      entityId: randomUUID(),
      action,
      description: `${description}: ${affected} leads`,
      metadata: { affected, target: 'filter' in target ? { filter: target.filter, excludeIds: target.excludeIds ?? [] } : { ids: target.ids.length } },
    });
  }
  return affected;
}

/**
 * A bulk action on every lead of the target (a filter, never a list of ids the page had to load),
 * as set-based SQL in one transaction. Returns how many leads it changed.
 */
export async function bulkUpdateLeads(db: AppDb, target: LeadTarget, action: BulkAction): Promise<{ affected: number }> {
  const where = buildLeadTarget(target);
  return db.transaction(async (tx) => {
    switch (action.kind) {
      case 'setStatus': {
        const affected = await updateAndLog(
          tx,
          sql`status = ${action.status}`,
          sql`${where} AND ${leads.status} <> ${action.status}`,
          'status_changed',
          `Status set to ${leadStatusLabels[action.status]} (bulk)`,
          target,
        );
        return { affected };
      }
      case 'addTags': {
        const tags = cleanTags(action.tags);
        const affected = await updateAndLog(
          tx,
          sql`tags = ${leads.tags} || ARRAY(SELECT t FROM unnest(${textArray(tags)}) AS t WHERE NOT t = ANY(${leads.tags}))`,
          sql`${where} AND NOT ${leads.tags} @> ${textArray(tags)}`,
          'tagged',
          `Tagged ${tags.join(', ')} (bulk)`,
          target,
        );
        return { affected };
      }
      case 'removeTags': {
        const tags = cleanTags(action.tags);
        const affected = await updateAndLog(
          tx,
          sql`tags = ARRAY(SELECT t FROM unnest(${leads.tags}) AS t WHERE NOT t = ANY(${textArray(tags)}))`,
          sql`${where} AND ${leads.tags} && ${textArray(tags)}`,
          'untagged',
          `Tag${tags.length > 1 ? 's' : ''} ${tags.join(', ')} removed (bulk)`,
          target,
        );
        return { affected };
      }
      case 'setIndustry': {
        const industry = action.industry.trim();
        const affected = await updateAndLog(
          tx,
          sql`industry = ${industry}`,
          sql`${where} AND ${leads.industry} <> ${industry}`,
          'updated',
          `Industry set to ${industry} (bulk)`,
          target,
        );
        return { affected };
      }
      case 'addToCampaign': {
        const [campaign] = await tx.select({ name: campaigns.name }).from(campaigns).where(eq(campaigns.id, action.campaignId));
        if (!campaign) throw notFound('That campaign');
        const [row] = await queryRows<{ n: number | string }>(
          tx,
          sql`WITH added AS (
                INSERT INTO ${campaignLeads} (campaign_id, lead_id)
                SELECT ${action.campaignId}::uuid, ${leads.id} FROM ${leads} WHERE ${where}
                ON CONFLICT (campaign_id, lead_id) DO NOTHING
                RETURNING lead_id
              ), logged AS (
                INSERT INTO activity_log (entity_type, entity_id, action, description, metadata)
                SELECT 'lead', lead_id, 'added_to_campaign', ${`Added to campaign ${campaign.name}`}, ${JSON.stringify({ campaignId: action.campaignId })}::jsonb FROM added
              )
              SELECT count(*)::int AS n FROM added`,
        );
        return { affected: Number(row?.n ?? 0) };
      }
      case 'recomputeScores': {
        const { changed, scanned } = await recomputeLeadScores(tx, { where });
        // One summary line: a rescore changes no field the user typed, so it does not belong in 100,000 timelines.
        await recordActivity(tx, {
          entityType: 'leads',
          entityId: randomUUID(),
          action: 'rescored',
          description: `Scores recomputed for ${scanned} leads (${changed} changed)`,
          metadata: { scanned, changed },
        });
        return { affected: changed };
      }
    }
  });
}
