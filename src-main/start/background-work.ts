import type { AppContext } from '../context';
import { createResearchRunner } from '../services/research/jobs/research-job-runner';

/**
 * Long-running work of the app and of `outreach-desk run` (sending engine, scheduler, resumable
 * jobs) starts here, and the returned function stops it before the database closes.
 */
export async function startBackgroundWork(ctx: AppContext, _options: { sending: boolean }): Promise<() => Promise<void>> {
  const stops: Array<() => Promise<void>> = [];

  // Website analysis: a job left running by a crash is resumed (or failed) before anything new starts.
  const research = createResearchRunner({ db: ctx.db, clock: ctx.clock, events: ctx.events, log: ctx.log, mode: ctx.database.mode });
  ctx.research = research;
  research.wake();
  stops.push(async () => {
    await research.stop();
    delete ctx.research;
  });

  return async () => {
    // Stop in reverse order of start: the newest work may depend on the older.
    for (const stop of stops.reverse()) await stop();
  };
}
