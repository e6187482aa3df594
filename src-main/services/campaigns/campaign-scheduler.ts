// Runs the schedule tick on start, every 30 s, and whenever woken (launch, resume, wake from sleep).
// A clock jump (sleep) needs nothing special: the tick reads "now" and catches up without bursting.
import type { Clock } from '../../context';
import type { DbOrTx } from '../../db/client';
import { runScheduleTick, type TickResult } from './schedule-tick';

export interface CampaignScheduler {
  start(): Promise<void>;
  /** Run a tick soon (after launch or resume). */
  wake(): void;
  stop(): Promise<void>;
  /** One tick now, awaited (tests, CLI). */
  tickNow(): Promise<TickResult>;
}

export interface SchedulerOptions {
  db: DbOrTx;
  clock: Clock;
  intervalMs?: number;
  log?: { warn(message: string, meta?: Record<string, unknown>): void };
  onTick?: (result: TickResult) => void;
}

export function createCampaignScheduler(options: SchedulerOptions): CampaignScheduler {
  const interval = options.intervalMs ?? 30_000;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<TickResult> | null = null;
  let again = false;
  let stopped = false;

  const tickNow = async (): Promise<TickResult> => {
    if (running) {
      again = true;
      return running;
    }
    // One transaction: a crash mid-tick leaves nothing half-written (a lead picked for enrolment is
    // written as enrolled with its first email, and the campaign's run with them).
    const now = options.clock.now();
    running = options.db.transaction((tx) => runScheduleTick(tx, now));
    try {
      const result = await running;
      options.onTick?.(result);
      // A tick that ran out of budget leaves work; the next one starts at once, after what the
      // screens asked of the database meanwhile.
      if (result.more) again = true;
      return result;
    } finally {
      running = null;
      if (again && !stopped) {
        again = false;
        void safeTick();
      }
    }
  };
  const safeTick = async () => {
    try {
      await tickNow();
    } catch (error) {
      options.log?.warn('campaign scheduler tick failed', { error: error instanceof Error ? error.message : String(error) });
    }
  };

  return {
    async start() {
      stopped = false;
      await safeTick();
      timer = setInterval(() => void safeTick(), interval);
      timer.unref?.();
    },
    wake() {
      if (!stopped) void safeTick();
    },
    async stop() {
      stopped = true;
      if (timer) clearInterval(timer);
      timer = null;
      if (running) await running.catch(() => undefined);
    },
    tickNow,
  };
}
