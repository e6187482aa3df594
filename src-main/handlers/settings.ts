import type { DomainHandlers } from '../rpc/handlers-for';
import { readSettings } from '../services/settings/read-settings';
import { saveSetting } from '../services/settings/save-setting';

export const settingsHandlers: DomainHandlers<'settings'> = {
  'settings.get': ({ keys }, ctx) => readSettings(ctx.db, keys),
  'settings.set': async (input, ctx) => {
    const saved = await saveSetting(ctx.db, input);
    ctx.events.emit('settings.changed', { key: saved.key });
    return saved;
  },
};
