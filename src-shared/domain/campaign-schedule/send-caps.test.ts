import { describe, expect, it } from 'vitest';
import { pickAccount, SendLedger } from './send-caps';

const H = 3_600_000;
const t0 = Date.parse('2025-06-02T08:00:00Z');

describe('SendLedger', () => {
  it('holds the hourly cap over a rolling hour, not a clock hour', () => {
    const ledger = new SendLedger([{ id: 'a', hourlyLimit: 2, dailyLimit: null }], t0);
    ledger.record(0, t0 + 50 * 60_000);
    ledger.record(0, t0 + 55 * 60_000);
    expect(ledger.canSend(0, t0 + 61 * 60_000)).toBe(false);
    expect(ledger.nextFreeAt(0, t0 + 61 * 60_000)).toBe(t0 + 110 * 60_000);
    expect(ledger.canSend(0, t0 + 110 * 60_000)).toBe(true);
  });
  it('counts sends made before the plan: exact times, or counts held for a full window', () => {
    const ledger = new SendLedger(
      [
        { id: 'exact', hourlyLimit: 1, dailyLimit: 3, recentSends: [new Date(t0 - 30 * 60_000), t0 - 5 * H, t0 - 23 * H] },
        { id: 'counts', hourlyLimit: 3, dailyLimit: 5, sentLastHour: 3, sentLast24h: 5 },
      ],
      t0,
    );
    expect(ledger.canSend(0, t0)).toBe(false);
    expect(ledger.nextFreeAt(0, t0)).toBe(t0 + H);
    expect(ledger.canSend(1, t0 + H - 1)).toBe(false);
    expect(ledger.sentInLastHour(1, t0 + H)).toBe(0);
    expect(ledger.canSend(1, t0 + H)).toBe(false);
    expect(ledger.canSend(1, t0 + 24 * H)).toBe(true);
  });
  it('never frees an account capped at zero', () => {
    const ledger = new SendLedger([{ id: 'off', hourlyLimit: 0, dailyLimit: 10 }], t0);
    expect(ledger.canSend(0, t0)).toBe(false);
    expect(ledger.nextFreeAt(0, t0)).toBe(Number.POSITIVE_INFINITY);
  });
  it('rotates to the next account with room', () => {
    const ledger = new SendLedger(
      [
        { id: 'a', hourlyLimit: 1, dailyLimit: null },
        { id: 'b', hourlyLimit: 1, dailyLimit: null },
        { id: 'c', hourlyLimit: 1, dailyLimit: null },
      ],
      t0,
    );
    expect(pickAccount(ledger, t0, 1)).toBe(1);
    ledger.record(1, t0);
    expect(pickAccount(ledger, t0, 1)).toBe(2);
    ledger.record(2, t0);
    ledger.record(0, t0);
    expect(pickAccount(ledger, t0, 0)).toBe(-1);
  });
});
