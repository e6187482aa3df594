import { AppError } from '../rpc/app-error';
import type { DomainHandlers } from '../rpc/handlers-for';

export const appHandlers: DomainHandlers<'app'> = {
  'app.info': (_input, ctx) => ({
    name: 'Outreach Desk',
    version: ctx.version,
    shell: ctx.shell === 'electron' ? 'electron' : 'bridge',
    platform: process.platform,
    dataDir: ctx.dataDir,
    database: { mode: ctx.database.mode, location: ctx.database.location },
  }),
  'app.openExternal': async ({ url }, ctx) => {
    if (!ctx.openExternal) {
      throw new AppError('PRECONDITION_FAILED', 'Links open in your browser only from the desktop app.');
    }
    await ctx.openExternal(url);
    return { opened: true };
  },
};
