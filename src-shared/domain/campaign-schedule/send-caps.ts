// Per-account sending caps over rolling windows: no more than hourlyLimit sends in any 60 minutes
// and dailyLimit in any 24 hours. The dry-run planner and the scheduler share this ledger, so a
// plan never promises a send that reality would refuse. Time only moves forward through a ledger.
import { DAY_MS, HOUR_MS } from './local-time';

export interface SendingAccountCaps {
  id: string;
  /** Shown in the plan ("hello@studio.fr"). */
  label?: string;
  /** Null: no cap of our own. */
  hourlyLimit: number | null;
  dailyLimit: number | null;
  /** When this account sent in the last 24 hours, if known (emails.sent_at). */
  recentSends?: readonly (Date | number)[];
  /**
   * Counts when exact times are unknown (smtp_config.emails_sent_this_hour / _today). They are
   * taken as sent at the ledger's start, the cautious reading: they hold the cap for a full window.
   */
  sentLastHour?: number;
  sentLast24h?: number;
}

export class SendLedger {
  private readonly sends: number[][];
  private readonly hourHead: number[];
  private readonly dayHead: number[];

  constructor(
    readonly accounts: readonly SendingAccountCaps[],
    startMs: number,
  ) {
    this.sends = accounts.map((a) => {
      const times = (a.recentSends ?? [])
        .map((t) => (typeof t === 'number' ? t : t.getTime()))
        .filter((t) => t > startMs - DAY_MS && t <= startMs);
      const inHour = times.filter((t) => t > startMs - HOUR_MS).length;
      const extraHour = Math.max(0, (a.sentLastHour ?? 0) - inHour);
      const extraDay = Math.max(0, (a.sentLast24h ?? 0) - times.length - extraHour);
      // Older-than-an-hour sends of unknown time: just outside the hour, inside the day.
      for (let i = 0; i < extraDay; i++) times.push(startMs - HOUR_MS);
      for (let i = 0; i < extraHour; i++) times.push(startMs);
      return times.sort((x, y) => x - y);
    });
    this.hourHead = accounts.map(() => 0);
    this.dayHead = accounts.map(() => 0);
  }

  private advance(i: number, atMs: number): void {
    const s = this.sends[i]!;
    let h = this.hourHead[i]!;
    while (h < s.length && s[h]! <= atMs - HOUR_MS) h++;
    this.hourHead[i] = h;
    let d = this.dayHead[i]!;
    while (d < s.length && s[d]! <= atMs - DAY_MS) d++;
    this.dayHead[i] = d;
  }

  sentInLastHour(i: number, atMs: number): number {
    this.advance(i, atMs);
    return this.sends[i]!.length - this.hourHead[i]!;
  }

  sentInLastDay(i: number, atMs: number): number {
    this.advance(i, atMs);
    return this.sends[i]!.length - this.dayHead[i]!;
  }

  canSend(i: number, atMs: number): boolean {
    const a = this.accounts[i]!;
    if (a.hourlyLimit !== null && this.sentInLastHour(i, atMs) >= a.hourlyLimit) return false;
    if (a.dailyLimit !== null && this.sentInLastDay(i, atMs) >= a.dailyLimit) return false;
    return true;
  }

  /** Record a send; the caller checked canSend at the same instant. */
  record(i: number, atMs: number): void {
    this.sends[i]!.push(atMs);
  }

  /** The earliest instant after `atMs` at which account i may send again (atMs when it may now). */
  nextFreeAt(i: number, atMs: number): number {
    const a = this.accounts[i]!;
    const s = this.sends[i]!;
    let free = atMs;
    if (a.hourlyLimit === 0 || a.dailyLimit === 0) return Number.POSITIVE_INFINITY;
    if (a.hourlyLimit !== null && this.sentInLastHour(i, atMs) >= a.hourlyLimit)
      free = Math.max(free, s[s.length - a.hourlyLimit]! + HOUR_MS);
    if (a.dailyLimit !== null && this.sentInLastDay(i, atMs) >= a.dailyLimit) free = Math.max(free, s[s.length - a.dailyLimit]! + DAY_MS);
    return free;
  }
}

/** Round-robin over accounts: the first at or after `from` (cyclically) that may send now, or -1. */
export function pickAccount(ledger: SendLedger, atMs: number, from: number): number {
  const n = ledger.accounts.length;
  for (let k = 0; k < n; k++) {
    const i = (from + k) % n;
    if (ledger.canSend(i, atMs)) return i;
  }
  return -1;
}
