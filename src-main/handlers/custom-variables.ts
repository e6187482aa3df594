import type { DomainHandlers } from '../rpc/handlers-for';
import {
  createCustomVariable,
  deleteCustomVariable,
  listCustomVariables,
  updateCustomVariable,
} from '../services/custom-variables/manage-custom-variables';

export const customVariablesHandlers: DomainHandlers<'customVariables'> = {
  'customVariables.list': (_input, ctx) => listCustomVariables(ctx.db),
  'customVariables.create': (input, ctx) => createCustomVariable(ctx.db, input),
  'customVariables.update': ({ id, ...input }, ctx) => updateCustomVariable(ctx.db, id, input),
  'customVariables.delete': ({ id }, ctx) => deleteCustomVariable(ctx.db, id),
};
