import type { DomainHandlers } from '../rpc/handlers-for';
import { deleteTemplate, duplicateTemplate, listTemplates, readTemplate } from '../services/templates/manage-templates';
import { searchLeads } from '../services/templates/preview-leads';
import { previewTemplate } from '../services/templates/preview-template';
import { createTemplate, updateTemplate } from '../services/templates/save-template';
import { readVariableCatalog } from '../services/templates/variable-catalog';

export const templatesHandlers: DomainHandlers<'templates'> = {
  'templates.list': (filter, ctx) => listTemplates(ctx.db, filter),
  'templates.get': ({ id }, ctx) => readTemplate(ctx.db, id),
  'templates.create': (input, ctx) => createTemplate(ctx.db, input),
  'templates.update': ({ id, ...input }, ctx) => updateTemplate(ctx.db, id, input),
  'templates.duplicate': ({ id }, ctx) => duplicateTemplate(ctx.db, id),
  'templates.delete': ({ id }, ctx) => deleteTemplate(ctx.db, id),
  'templates.variables': (_input, ctx) => readVariableCatalog(ctx.db),
  'templates.searchLeads': ({ search }, ctx) => searchLeads(ctx.db, search),
  'templates.preview': (input, ctx) => previewTemplate(ctx.db, input),
};
