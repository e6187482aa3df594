import type { AppContext } from '../context';

/**
 * Long-running work of the app and of `outreach-desk run` (sending engine, scheduler, resumable
 * jobs) starts here, and the returned function stops it before the database closes.
 */
export async function startBackgroundWork(_ctx: AppContext, _options: { sending: boolean }): Promise<() => Promise<void>> {
  const stops: Array<() => Promise<void>> = [];
  return async () => {
    // Stop in reverse order of start: the newest work may depend on the older.
    for (const stop of stops.reverse()) await stop();
  };
}
