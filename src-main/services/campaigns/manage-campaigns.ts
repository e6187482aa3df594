// A campaign's life: draft → active ⇄ paused → completed / archived. Launch fixes the audience
// (eligible leads become campaign_leads 'queued'); the scheduler tick does the rest.
import { and, desc, eq, ne, sql } from 'drizzle-orm';
import type { CampaignDetail, CampaignSettings, CampaignSummary } from '../../../src-shared/contract/campaigns';
import type { DbOrTx } from '../../db/client';
import { campaignLeads, campaigns, type Campaign } from '../../db/schema';
import { AppError } from '../../rpc/app-error';
import { recordActivity } from '../activity/record-activity';
import { refreshTemplateUsage } from '../templates/refresh-template-usage';
import { materialiseAudience } from './campaign-audience';
import { enrolBatchNow } from './enrol-leads';
import { holdOutsideWindow } from './hold-outside-window';
import { preflightCampaign } from './campaign-preflight';
import { columnsOf, detailOf, readNumbers, settingsOf, summaryOf } from './campaign-rows';

async function readCampaign(db: DbOrTx, id: string): Promise<Campaign> {
  const [c] = await db.select().from(campaigns).where(eq(campaigns.id, id));
  if (!c) throw new AppError('NOT_FOUND', 'That campaign no longer exists.');
  return c;
}

export async function getCampaign(db: DbOrTx, id: string): Promise<CampaignDetail> {
  const c = await readCampaign(db, id);
  return detailOf(c, (await readNumbers(db, [id])).get(id));
}

export async function listCampaigns(db: DbOrTx, includeArchived: boolean): Promise<CampaignSummary[]> {
  const rows = await db
    .select()
    .from(campaigns)
    .where(includeArchived ? undefined : ne(campaigns.status, 'archived'))
    .orderBy(desc(campaigns.createdAt));
  const numbers = await readNumbers(db, rows.map((r) => r.id));
  return rows.map((c) => summaryOf(c, numbers.get(c.id)));
}

export async function createCampaign(db: DbOrTx, settings: CampaignSettings): Promise<CampaignDetail> {
  const [c] = await db.insert(campaigns).values({ ...columnsOf(settings), status: 'draft' }).returning();
  await refreshTemplateUsage(db);
  await recordActivity(db, { entityType: 'campaign', entityId: c!.id, action: 'created', description: `Campaign "${c!.name}" created` });
  return detailOf(c!, undefined);
}

/** Settings change freely in a draft; a running or paused campaign keeps its audience and content, which leads already received. */
export async function updateCampaign(db: DbOrTx, id: string, settings: CampaignSettings): Promise<CampaignDetail> {
  const c = await readCampaign(db, id);
  if (c.status === 'archived' || c.status === 'completed') throw new AppError('CONFLICT', `A ${c.status} campaign cannot be edited; duplicate it instead.`);
  const values = columnsOf(settings);
  if (c.status !== 'draft') {
    // Content and audience of a launched campaign stay as launched.
    for (const key of ['emailTemplateId', 'workflowId', 'audienceKind', 'audienceFilter', 'audienceLeadIds', 'batchId'] as const) delete values[key];
  }
  const [row] = await db.update(campaigns).set(values).where(eq(campaigns.id, id)).returning();
  await refreshTemplateUsage(db);
  await recordActivity(db, { entityType: 'campaign', entityId: id, action: 'updated', description: `Campaign "${row!.name}" edited` });
  return getCampaign(db, id);
}

export async function launchCampaign(db: DbOrTx, id: string, now: Date): Promise<CampaignDetail> {
  const c = await readCampaign(db, id);
  if (c.status !== 'draft') throw new AppError('CONFLICT', `The campaign is ${c.status}; only a draft can be launched.`);
  const check = await preflightCampaign(db, c, now);
  if (check.problems.length > 0) throw new AppError('PRECONDITION_FAILED', check.problems.join(' '));
  await db.transaction(async (tx) => {
    await materialiseAudience(tx, id, settingsOf(c));
    await tx.update(campaigns).set({ status: 'active', activatedAt: now, lastRunAt: null }).where(eq(campaigns.id, id));
    await recordActivity(tx, { entityType: 'campaign', entityId: id, action: 'launched', description: `Campaign "${c.name}" launched` });
  });
  return getCampaign(db, id);
}

/** The engine holds a paused campaign's queued emails and the tick enqueues nothing for it. */
export async function pauseCampaign(db: DbOrTx, id: string): Promise<CampaignDetail> {
  const c = await readCampaign(db, id);
  if (c.status !== 'active') throw new AppError('CONFLICT', `The campaign is ${c.status}, not running.`);
  await db.update(campaigns).set({ status: 'paused' }).where(eq(campaigns.id, id));
  await recordActivity(db, { entityType: 'campaign', entityId: id, action: 'paused', description: `Campaign "${c.name}" paused` });
  return getCampaign(db, id);
}

/** Continues where it stopped: steps already queued or sent are never queued again (unique per step). */
export async function resumeCampaign(db: DbOrTx, id: string, now: Date): Promise<CampaignDetail> {
  const c = await readCampaign(db, id);
  if (c.status !== 'paused') throw new AppError('CONFLICT', `The campaign is ${c.status}, not paused.`);
  await db.transaction(async (tx) => {
    // Emails held by the pause and overdue now wait for their window, before the engine sees them.
    await holdOutsideWindow(tx, now, [c]);
    await tx.update(campaigns).set({ status: 'active' }).where(eq(campaigns.id, id));
  });
  await recordActivity(db, { entityType: 'campaign', entityId: id, action: 'resumed', description: `Campaign "${c.name}" resumed` });
  return getCampaign(db, id);
}

/** Archiving stops the campaign for good: its queued emails are cancelled. */
export async function archiveCampaign(db: DbOrTx, id: string): Promise<CampaignDetail> {
  const c = await readCampaign(db, id);
  await db.transaction(async (tx) => {
    await tx.update(campaigns).set({ status: 'archived' }).where(eq(campaigns.id, id));
    await tx
      .update(campaignLeads)
      .set({ state: 'left', leftReason: 'campaign archived', nextDueAt: null })
      .where(and(eq(campaignLeads.campaignId, id), eq(campaignLeads.state, 'active')));
    await tx.execute(sql`UPDATE emails SET status = 'cancelled', wait_reason = 'Campaign archived' WHERE campaign_id = ${id} AND status IN ('queued', 'awaiting_approval')`);
    await recordActivity(tx, { entityType: 'campaign', entityId: id, action: 'archived', description: `Campaign "${c.name}" archived` });
  });
  return getCampaign(db, id);
}

/** "Enrol next batch" of a campaign scheduled by hand: its next leadsPerDay leads start now. */
export async function enrolBatch(db: DbOrTx, id: string, now: Date): Promise<{ enrolled: number }> {
  const c = await readCampaign(db, id);
  if (c.scheduleType !== 'manual') throw new AppError('CONFLICT', 'This campaign enrols leads on its schedule; only a campaign scheduled by hand enrols a batch on request.');
  if (c.status !== 'active') throw new AppError('CONFLICT', `The campaign is ${c.status}; launch or resume it first.`);
  const enrolled = await db.transaction((tx) => enrolBatchNow(tx, now, c));
  await recordActivity(db, { entityType: 'campaign', entityId: id, action: 'batch_enrolled', description: `${enrolled} leads enrolled in "${c.name}"` });
  return { enrolled };
}

export async function duplicateCampaign(db: DbOrTx, id: string): Promise<CampaignDetail> {
  const c = await readCampaign(db, id);
  return createCampaign(db, { ...settingsOf(c), name: `${c.name} (copy)`.slice(0, 255) });
}
