import { describe, expect, it } from 'vitest';
import { runCrashTest } from '../../testing/crash-run';
import { testServerUrl } from '../../testing/test-db';

describe('the engine killed with SIGKILL while it sends', () => {
  it('never delivers a message twice and accounts for every email', { timeout: 600_000 }, async () => {
    const result = await runCrashTest({ emails: 1000, kills: 20, serverUrl: testServerUrl() });
    console.log(`crash test (${testServerUrl() ? 'server' : 'embedded'}):`, JSON.stringify(result));
    expect(result.kills).toBe(20);
    expect(result.duplicates).toBe(0);
    expect(result.duplicateRecipients).toBe(0);
    const c = result.counts;
    expect((c.sent ?? 0) + (c.failed ?? 0) + (c.bounced ?? 0) + (c.unknown ?? 0)).toBe(1000);
    expect(c.queued ?? 0).toBe(0);
    expect(c.sending ?? 0).toBe(0);
    // Every message the server took is either recorded as sent or flagged for the user.
    expect(result.received).toBeGreaterThanOrEqual(c.sent ?? 0);
    expect(result.received).toBeLessThanOrEqual((c.sent ?? 0) + (c.unknown ?? 0));
  });
});
