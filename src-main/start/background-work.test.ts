import { describe, expect, it } from 'vitest';
import { createCampaignScheduler } from '../services/campaigns/campaign-scheduler';
import { manualClock } from '../testing/sending-fixtures';
import { useTestDatabase } from '../testing/test-db';
import { wakeAfterSleep } from './background-work';

describe('waking from sleep', () => {
  const t = useTestDatabase();

  it('runs a scheduler tick at once instead of waiting for the timer', async () => {
    const ticks: Date[] = [];
    const clock = manualClock(new Date('2031-01-06T08:00:00Z'));
    // The timer would not fire for an hour: only the wake can cause the second tick.
    const scheduler = createCampaignScheduler({ db: t().db, clock, intervalMs: 3_600_000, onTick: () => ticks.push(clock.now()) });
    await scheduler.start();
    expect(ticks).toHaveLength(1);
    clock.advance(8 * 3_600_000); // the lid was closed all night
    let engineWoken = 0;
    wakeAfterSleep({ campaignScheduler: scheduler, sendingEngine: { wake: () => engineWoken++ } as never });
    await expect.poll(() => ticks.length).toBe(2);
    expect(ticks[1]!.toISOString()).toBe('2031-01-06T16:00:00.000Z');
    expect(engineWoken).toBe(1);
    await scheduler.stop();
  });
});
