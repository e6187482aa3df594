import type { AppContext } from '../context';
import { createCampaignScheduler } from '../services/campaigns/campaign-scheduler';
import { createResearchRunner } from '../services/research/jobs/research-job-runner';
import { createDeliveryEngine, type DeliveryEngine } from '../services/sending/delivery-engine';

export interface BackgroundOptions {
  sending: boolean;
  /** Called with the engine once it runs (the CLI's `run` logs through it). */
  onEngine?: (engine: DeliveryEngine) => void;
}

/**
 * Long-running work of the app and of `outreach-desk run` (sending engine, scheduler, resumable
 * jobs) starts here, and the returned function stops it before the database closes.
 */
export async function startBackgroundWork(ctx: AppContext, options: BackgroundOptions): Promise<() => Promise<void>> {
  const stops: Array<() => Promise<void>> = [];
  if (options.sending) {
    const engine = createDeliveryEngine({
      db: ctx.db,
      clock: ctx.clock,
      secrets: ctx.secrets,
      log: ctx.log,
      events: ctx.events,
      // Embedded: this process owns the database, so rows left 'sending' are a crash's leftovers.
      exclusive: ctx.database.mode === 'embedded',
    });
    // Campaigns: enrol and queue due steps on start, every 30 s, and when launched or resumed. Its
    // first tick runs before the engine starts, so emails overdue after downtime wait for their window.
    const scheduler = createCampaignScheduler({
      db: ctx.db,
      clock: ctx.clock,
      log: ctx.log,
      onTick: (r) => {
        if (r.enrolled + r.enqueued + r.left + r.finished + r.completed > 0) {
          ctx.events.emit('campaigns.changed', { campaignId: null });
          engine.wake();
        }
      },
    });
    await scheduler.start();
    await engine.start();
    ctx.sendingEngine = engine;
    options.onEngine?.(engine);
    stops.push(async () => {
      await engine.stop();
      ctx.sendingEngine = undefined;
    });
    ctx.campaignScheduler = scheduler;
    stops.push(async () => {
      await scheduler.stop();
      delete ctx.campaignScheduler;
    });
  }

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

/**
 * After the laptop wakes (or the screen unlocks), look for due work at once instead of on the next
 * timer: the scheduler catches up without bursting (missed runs collapse, overdue emails wait for
 * their window), then the engine sends what is due within the caps.
 */
export function wakeAfterSleep(ctx: Pick<AppContext, 'campaignScheduler' | 'sendingEngine' | 'research'>): void {
  ctx.campaignScheduler?.wake();
  ctx.sendingEngine?.wake();
  ctx.research?.wake();
}
