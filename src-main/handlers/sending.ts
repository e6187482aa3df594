import type { DomainHandlers } from '../rpc/handlers-for';
import { readDeliveryLog, readSendingStatus } from '../services/sending/delivery-log';
import { cancelQueuedEmail, resolveUnknownEmail } from '../services/sending/resolve-email';
import { saveSetting } from '../services/settings/save-setting';

export const sendingHandlers: DomainHandlers<'sending'> = {
  'sending.status': (_input, ctx) => readSendingStatus(ctx.db, ctx.clock.now(), Boolean(ctx.sendingEngine)),
  'sending.setPaused': async ({ paused }, ctx) => {
    await saveSetting(ctx.db, { key: 'sending.paused', value: paused });
    ctx.events.emit('sending.paused', { paused });
    ctx.events.emit('settings.changed', { key: 'sending.paused' });
    ctx.sendingEngine?.wake();
    return { paused };
  },
  'sending.log': (input, ctx) => readDeliveryLog(ctx.db, ctx.clock.now(), input),
  'sending.resolveUnknown': async ({ emailId, outcome }, ctx) => {
    const result = await resolveUnknownEmail(ctx.db, ctx.clock.now(), emailId, outcome);
    ctx.events.emit('sending.changed', {});
    return result;
  },
  'sending.cancel': async ({ emailId }, ctx) => {
    const result = await cancelQueuedEmail(ctx.db, emailId);
    ctx.events.emit('sending.changed', {});
    return result;
  },
};
