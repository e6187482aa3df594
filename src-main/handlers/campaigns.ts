import type { AppContext } from '../context';
import type { DomainHandlers } from '../rpc/handlers-for';
import { previewAudience } from '../services/campaigns/campaign-audience';
import { approveDrafts, editDraft, readDrafts, skipDrafts } from '../services/campaigns/campaign-drafts';
import { readCampaignLeads } from '../services/campaigns/campaign-lead-table';
import { preflightCampaign } from '../services/campaigns/campaign-preflight';
import {
  archiveCampaign,
  createCampaign,
  duplicateCampaign,
  getCampaign,
  enrolBatch,
  launchCampaign,
  listCampaigns,
  pauseCampaign,
  resumeCampaign,
  updateCampaign,
} from '../services/campaigns/manage-campaigns';
import { campaigns } from '../db/schema';
import { eq } from 'drizzle-orm';
import { AppError } from '../rpc/app-error';

/** Tells windows, and wakes the scheduler and the engine so a launch or resume acts at once. */
function changed<T extends { id: string }>(ctx: AppContext, result: T): T {
  ctx.events.emit('campaigns.changed', { campaignId: result.id });
  ctx.campaignScheduler?.wake();
  ctx.sendingEngine?.wake();
  return result;
}

function changedAfter<T>(ctx: AppContext, campaignId: string, result: T): T {
  changed(ctx, { id: campaignId });
  return result;
}

export const campaignsHandlers: DomainHandlers<'campaigns'> = {
  'campaigns.list': ({ includeArchived }, ctx) => listCampaigns(ctx.db, includeArchived),
  'campaigns.get': ({ id }, ctx) => getCampaign(ctx.db, id),
  'campaigns.create': async (settings, ctx) => changed(ctx, await createCampaign(ctx.db, settings)),
  'campaigns.update': async ({ id, settings }, ctx) => changed(ctx, await updateCampaign(ctx.db, id, settings)),
  'campaigns.previewAudience': (input, ctx) =>
    previewAudience(ctx.db, {
      audienceKind: input.audienceKind ?? 'filter',
      audienceFilter: input.audienceFilter ?? {},
      audienceLeadIds: input.audienceLeadIds ?? [],
      batchId: input.batchId ?? null,
      excludeActiveElsewhere: input.excludeActiveElsewhere ?? true,
    }),
  'campaigns.preflight': async ({ id }, ctx) => {
    const [c] = await ctx.db.select().from(campaigns).where(eq(campaigns.id, id));
    if (!c) throw new AppError('NOT_FOUND', 'That campaign no longer exists.');
    return preflightCampaign(ctx.db, c, ctx.clock.now());
  },
  'campaigns.launch': async ({ id }, ctx) => changed(ctx, await launchCampaign(ctx.db, id, ctx.clock.now())),
  'campaigns.pause': async ({ id }, ctx) => changed(ctx, await pauseCampaign(ctx.db, id)),
  'campaigns.resume': async ({ id }, ctx) => changed(ctx, await resumeCampaign(ctx.db, id, ctx.clock.now())),
  'campaigns.archive': async ({ id }, ctx) => changed(ctx, await archiveCampaign(ctx.db, id)),
  'campaigns.duplicate': async ({ id }, ctx) => changed(ctx, await duplicateCampaign(ctx.db, id)),
  'campaigns.leads': (input, ctx) => readCampaignLeads(ctx.db, input),
  'campaigns.drafts': (input, ctx) => readDrafts(ctx.db, input),
  // One transaction: the email's new words and the subject its follow-ups quote change together.
  'campaigns.editDraft': (input, ctx) => ctx.db.transaction((tx) => editDraft(tx, ctx.clock.now(), input)),
  'campaigns.approveDrafts': async (input, ctx) => changedAfter(ctx, input.id, await approveDrafts(ctx.db, ctx.clock.now(), input)),
  'campaigns.skipDrafts': async (input, ctx) => changedAfter(ctx, input.id, await skipDrafts(ctx.db, input)),
  'campaigns.enrolBatch': async ({ id }, ctx) => changedAfter(ctx, id, await enrolBatch(ctx.db, id, ctx.clock.now())),
};
