import { sql } from 'drizzle-orm';
import type { CampaignDetail, CampaignNumbers, CampaignSettings, CampaignSummary } from '../../../src-shared/contract/campaigns';
import { describeSchedule, nextRunAfter, scheduleFromColumns, type Weekday } from '../../../src-shared/domain/campaign-schedule';
import { queryRows, type DbOrTx } from '../../db/client';
import type { Campaign, NewCampaign } from '../../db/schema';

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

export function settingsOf(c: Campaign): CampaignSettings {
  return {
    name: c.name,
    description: c.description,
    campaignType: c.campaignType === 'manual' ? 'manual' : 'automated',
    audienceKind: c.audienceKind as CampaignSettings['audienceKind'],
    audienceFilter: c.audienceFilter,
    audienceLeadIds: c.audienceLeadIds,
    batchId: c.batchId,
    excludeActiveElsewhere: c.excludeActiveElsewhere,
    emailTemplateId: c.emailTemplateId,
    workflowId: c.workflowId,
    followUpEnabled: c.followUpEnabled,
    followUp1DelayDays: c.followUp1DelayDays,
    followUp2DelayDays: c.followUp2DelayDays,
    accountIds: c.accountIds,
    leadsPerDay: c.leadsPerDay,
    scheduleType: c.scheduleType,
    scheduleTime: c.scheduleTime,
    scheduleDays: c.scheduleDays,
    scheduleCron: c.scheduleCron,
    startDate: iso(c.startDate),
    endDate: iso(c.endDate),
    windowDays: c.windowDays,
    windowStart: c.windowStart,
    windowEnd: c.windowEnd,
    timeZoneMode: c.timeZoneMode as CampaignSettings['timeZoneMode'],
    timeZone: c.timeZone,
  };
}

export function columnsOf(s: CampaignSettings): Omit<NewCampaign, 'id'> {
  return { ...s, startDate: s.startDate ? new Date(s.startDate) : null, endDate: s.endDate ? new Date(s.endDate) : null };
}

export function scheduleInWords(c: Campaign): string {
  try {
    return describeSchedule({
      schedule: scheduleFromColumns(c),
      window: { days: c.windowDays as Weekday[], start: c.windowStart, end: c.windowEnd },
      zoneMode: c.timeZoneMode === 'recipient' ? { kind: 'recipient' } : { kind: 'fixed', zone: c.timeZone },
      campaignZone: c.timeZone,
      leadsPerDay: c.leadsPerDay,
    });
  } catch {
    return 'Schedule incomplete';
  }
}

interface NumbersRow extends CampaignNumbers {
  campaignId: string;
  nextSendAt: Date | string | null;
}

/** Progress of each campaign, from campaign_leads and the queue (two grouped scans). */
export async function readNumbers(db: DbOrTx, ids: string[]): Promise<Map<string, NumbersRow>> {
  const out = new Map<string, NumbersRow>();
  if (ids.length === 0) return out;
  const list = sql.join(ids.map((id) => sql`${id}`), sql`, `);
  const people = await queryRows<{ campaignId: string; targeted: number; enrolled: number; waiting: number; finished: number; left: number; replied: number }>(
    db,
    sql`SELECT campaign_id AS "campaignId", count(*)::int AS targeted,
          count(*) FILTER (WHERE enrolled_at IS NOT NULL)::int AS enrolled,
          count(*) FILTER (WHERE state = 'queued')::int AS waiting,
          count(*) FILTER (WHERE state = 'finished')::int AS finished,
          count(*) FILTER (WHERE state = 'left')::int AS left,
          count(*) FILTER (WHERE left_reason IN ('responded', 'interested', 'not_interested', 'converted'))::int AS replied
        FROM campaign_leads WHERE campaign_id IN (${list}) GROUP BY campaign_id`,
  );
  const mail = await queryRows<{ campaignId: string; sent: number; queued: number; awaitingApproval: number; bounced: number; unknown: number; nextSendAt: Date | string | null }>(
    db,
    sql`SELECT campaign_id AS "campaignId",
          count(*) FILTER (WHERE status IN ('sent', 'delivered', 'opened', 'clicked'))::int AS sent,
          count(*) FILTER (WHERE status IN ('queued', 'sending'))::int AS queued,
          count(*) FILTER (WHERE status = 'awaiting_approval')::int AS "awaitingApproval",
          count(*) FILTER (WHERE status = 'bounced')::int AS bounced,
          count(*) FILTER (WHERE status = 'unknown')::int AS unknown,
          min(next_attempt_at) FILTER (WHERE status = 'queued') AS "nextSendAt"
        FROM emails WHERE campaign_id IN (${list}) GROUP BY campaign_id`,
  );
  for (const id of ids) {
    out.set(id, { campaignId: id, targeted: 0, enrolled: 0, waiting: 0, finished: 0, left: 0, replied: 0, sent: 0, queued: 0, awaitingApproval: 0, bounced: 0, unknown: 0, nextSendAt: null });
  }
  for (const p of people) Object.assign(out.get(p.campaignId)!, p);
  for (const m of mail) Object.assign(out.get(m.campaignId)!, m);
  return out;
}

/** The earliest of the next queued email and, while leads wait to be enrolled, the next enrolment run. */
function nextSendOf(c: Campaign, queued: Date | string | null, n: CampaignNumbers): Date | null {
  let next = queued === null ? null : new Date(queued);
  if (n.waiting > 0 && c.scheduleType !== 'manual') {
    try {
      const run = nextRunAfter(c.lastRunAt ?? c.activatedAt ?? new Date(), scheduleFromColumns(c), c.timeZone);
      if (run && (next === null || run < next)) next = run;
    } catch {
      // An incomplete schedule has no next run; the preflight says why.
    }
  }
  return next;
}

export function summaryOf(c: Campaign, n: NumbersRow | undefined): CampaignSummary {
  const { campaignId: _id, nextSendAt, ...numbers } = n ?? {
    campaignId: c.id,
    targeted: 0,
    enrolled: 0,
    waiting: 0,
    finished: 0,
    left: 0,
    replied: 0,
    sent: 0,
    queued: 0,
    awaitingApproval: 0,
    bounced: 0,
    unknown: 0,
    nextSendAt: null,
  };
  return {
    id: c.id,
    name: c.name,
    status: c.status,
    campaignType: c.campaignType === 'manual' ? 'manual' : 'automated',
    scheduleType: c.scheduleType,
    scheduleInWords: scheduleInWords(c),
    numbers,
    lastRunAt: iso(c.lastRunAt),
    nextSendAt: c.status === 'active' ? iso(nextSendOf(c, nextSendAt, numbers)) : null,
    createdAt: c.createdAt.toISOString(),
  };
}

export function detailOf(c: Campaign, n: NumbersRow | undefined): CampaignDetail {
  return { ...summaryOf(c, n), settings: settingsOf(c), activatedAt: iso(c.activatedAt), completedAt: iso(c.completedAt) };
}
