import { createWriteStream, existsSync, mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { AppContext } from '../context';
import type { DomainHandlers } from '../rpc/handlers-for';
import { bulkUpdateLeads } from '../services/leads/bulk-update-leads';
import { deleteLeads, restoreDeletedLeads } from '../services/leads/delete-leads';
import { exportLeadsCsv } from '../services/leads/export-leads';
import { exportFileName, exportTicketsOf } from '../services/leads/export-tickets';
import { leadFacets, leadPipeline, listLeads } from '../services/leads/list-leads';
import { readLeadDetail, readLeadTimeline } from '../services/leads/read-lead-detail';
import { deleteView, listSavedViews, saveView } from '../services/leads/saved-views';
import { createLead, updateLead } from '../services/leads/save-lead';
import { countLeads } from '../services/leads/list-leads';
import { tidyLeadsTableLater } from '../services/leads/tidy-leads-table';

function changed(ctx: AppContext, reason: 'created' | 'updated' | 'deleted' | 'restored' | 'bulk', count: number) {
  ctx.events.emit('leads.changed', { reason, count });
  tidyLeadsTableLater(ctx.database, count, ctx.log);
}

/** The desktop app saves exports in the user's Downloads folder (the data folder if there is none). */
function desktopExportPath(ctx: AppContext): string {
  const downloads = join(homedir(), 'Downloads');
  const folder = existsSync(downloads) ? downloads : join(ctx.dataDir, 'exports');
  mkdirSync(folder, { recursive: true });
  return join(folder, exportFileName(ctx.clock.now()));
}

export const leadsHandlers: DomainHandlers<'leads'> = {
  'leads.list': (input, ctx) => listLeads(ctx.db, input),
  'leads.count': async ({ filter }, ctx) => ({ total: await countLeads(ctx.db, filter) }),
  'leads.pipeline': ({ filter }, ctx) => leadPipeline(ctx.db, filter),
  'leads.facets': (_input, ctx) => leadFacets(ctx.db),
  'leads.get': ({ id }, ctx) => readLeadDetail(ctx.db, id),
  'leads.timeline': ({ id, limit }, ctx) => readLeadTimeline(ctx.db, id, limit),
  'leads.create': async ({ lead }, ctx) => {
    const row = await createLead(ctx.db, lead);
    changed(ctx, 'created', 1);
    return readLeadDetail(ctx.db, row);
  },
  'leads.update': async ({ id, patch }, ctx) => {
    const row = await updateLead(ctx.db, id, patch);
    changed(ctx, 'updated', 1);
    return readLeadDetail(ctx.db, row);
  },
  'leads.delete': async ({ target }, ctx) => {
    const result = await deleteLeads(ctx.db, target, ctx.clock.now());
    changed(ctx, 'deleted', result.deleted);
    return result;
  },
  'leads.restore': async ({ undoToken }, ctx) => {
    const result = await restoreDeletedLeads(ctx.db, undoToken);
    changed(ctx, 'restored', result.restored);
    return result;
  },
  'leads.bulkUpdate': async ({ target, action }, ctx) => {
    const result = await bulkUpdateLeads(ctx.db, target, action);
    changed(ctx, 'bulk', result.affected);
    return result;
  },
  'leads.export': async (input, ctx) => {
    const now = ctx.clock.now();
    if (ctx.shell === 'electron') {
      const path = desktopExportPath(ctx);
      await exportLeadsCsv(ctx.database, input, createWriteStream(path));
      const rows = input.ids?.length ? input.ids.length : await countLeads(ctx.db, input.filter ?? {});
      return { kind: 'saved', path, rows };
    }
    const ticket = exportTicketsOf(ctx).issue(input, now);
    return { kind: 'download', url: `/download/leads.csv?ticket=${ticket}`, fileName: exportFileName(now) };
  },
  'leads.listViews': (_input, ctx) => listSavedViews(ctx.db),
  'leads.saveView': (input, ctx) => saveView(ctx.db, input),
  'leads.deleteView': ({ id }, ctx) => deleteView(ctx.db, id),
};
