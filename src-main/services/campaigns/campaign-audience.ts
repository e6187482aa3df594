// Who a campaign sends to: its filter, hand-picked leads or import batch, minus leads without an
// email, on the do-not-contact list, marked invalid or (option) already in another running campaign.
import { sql, type SQL } from 'drizzle-orm';
import type { AudiencePreview, CampaignSettings } from '../../../src-shared/contract/campaigns';
import { queryRows, type DbOrTx } from '../../db/client';
import { leads } from '../../db/schema';
import { buildLeadFilter } from '../leads/build-lead-filter';

type AudienceSettings = Pick<CampaignSettings, 'audienceKind' | 'audienceFilter' | 'audienceLeadIds' | 'batchId' | 'excludeActiveElsewhere'>;

export function audienceCondition(a: AudienceSettings): SQL {
  if (a.audienceKind === 'picked') {
    if (a.audienceLeadIds.length === 0) return sql`false`;
    return sql`${leads.id} IN (${sql.join(a.audienceLeadIds.map((id) => sql`${id}`), sql`, `)})`;
  }
  if (a.audienceKind === 'batch') return a.batchId ? sql`${leads.batchId} = ${a.batchId}` : sql`false`;
  return buildLeadFilter(a.audienceFilter);
}

const noEmail = sql`(${leads.email} IS NULL OR ${leads.email} = '')`;
const onDoNotContact = sql`EXISTS (SELECT 1 FROM do_not_contact d WHERE (d.kind = 'address' AND d.value = lower(${leads.email}))
  OR (d.kind = 'domain' AND d.value = lower(split_part(${leads.email}, '@', 2))))`;
const invalid = sql`${leads.status} IN ('invalid', 'responded', 'interested', 'not_interested', 'converted')`;
function activeElsewhere(campaignId: string | null): SQL {
  return sql`EXISTS (SELECT 1 FROM campaign_leads ocl JOIN campaigns oc ON oc.id = ocl.campaign_id
    WHERE ocl.lead_id = ${leads.id} AND ocl.state IN ('queued', 'active') AND oc.status IN ('active', 'paused')
    ${campaignId ? sql`AND oc.id <> ${campaignId}` : sql``})`;
}

/** The condition of the leads the campaign will actually send to. */
export function eligibleCondition(a: AudienceSettings, campaignId: string | null): SQL {
  const parts = [audienceCondition(a), sql`NOT ${noEmail}`, sql`NOT ${onDoNotContact}`, sql`NOT ${invalid}`];
  if (a.excludeActiveElsewhere) parts.push(sql`NOT ${activeElsewhere(campaignId)}`);
  return sql.join(parts, sql` AND `);
}

/** The live count, a sample and what was left out (each lead counted under its first reason). */
export async function previewAudience(db: DbOrTx, a: AudienceSettings, campaignId: string | null = null): Promise<AudiencePreview> {
  const [counts] = await queryRows<{ total: number; noEmail: number; dnc: number; invalid: number; elsewhere: number }>(
    db,
    sql`SELECT count(*)::int AS total,
          count(*) FILTER (WHERE ${noEmail})::int AS "noEmail",
          count(*) FILTER (WHERE NOT ${noEmail} AND ${onDoNotContact})::int AS dnc,
          count(*) FILTER (WHERE NOT ${noEmail} AND NOT ${onDoNotContact} AND ${invalid})::int AS invalid,
          ${
            a.excludeActiveElsewhere
              ? sql`count(*) FILTER (WHERE NOT ${noEmail} AND NOT ${onDoNotContact} AND NOT ${invalid} AND ${activeElsewhere(campaignId)})::int`
              : sql`0`
          } AS elsewhere
        FROM leads WHERE ${audienceCondition(a)}`,
  );
  const c = counts ?? { total: 0, noEmail: 0, dnc: 0, invalid: 0, elsewhere: 0 };
  const sample = await queryRows<AudiencePreview['sample'][number]>(
    db,
    sql`SELECT id, company_name AS "companyName", contact_name AS "contactName", email, country, city
        FROM leads WHERE ${eligibleCondition(a, campaignId)} ORDER BY created_at, id LIMIT 10`,
  );
  return {
    count: c.total - c.noEmail - c.dnc - c.invalid - c.elsewhere,
    sample,
    excluded: { noEmail: c.noEmail, doNotContact: c.dnc, invalid: c.invalid, activeElsewhere: c.elsewhere },
  };
}

/** At launch (and resume): adds the audience's eligible leads as targeted, idempotently. */
export async function materialiseAudience(db: DbOrTx, campaignId: string, a: AudienceSettings): Promise<number> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`INSERT INTO campaign_leads (campaign_id, lead_id, state)
        SELECT ${campaignId}, leads.id, 'queued' FROM leads WHERE ${eligibleCondition(a, campaignId)}
        ON CONFLICT (campaign_id, lead_id) DO NOTHING RETURNING id`,
  );
  return rows.length;
}
