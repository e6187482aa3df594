import type { DomainHandlers } from '../rpc/handlers-for';
import {
  addDoNotContact,
  exportDoNotContact,
  importDoNotContact,
  listDoNotContact,
  removeDoNotContact,
} from '../services/do-not-contact/manage-do-not-contact';

export const doNotContactHandlers: DomainHandlers<'doNotContact'> = {
  'doNotContact.list': (input, ctx) => listDoNotContact(ctx.db, input),
  'doNotContact.add': async (input, ctx) => {
    const result = await addDoNotContact(ctx.db, input);
    ctx.events.emit('sending.changed', {});
    return result;
  },
  'doNotContact.remove': async ({ id }, ctx) => {
    const result = await removeDoNotContact(ctx.db, id);
    ctx.events.emit('sending.changed', {});
    return result;
  },
  'doNotContact.importCsv': async ({ csv, reason }, ctx) => {
    const result = await importDoNotContact(ctx.db, csv, reason);
    ctx.events.emit('sending.changed', {});
    return result;
  },
  'doNotContact.exportCsv': (_input, ctx) => exportDoNotContact(ctx.db),
};
