// A reference scheduler tick built only from this folder's functions, run over simulated weeks
// with downtime, the way the real tick will use them against database rows. It checks the
// issue's promises (no cap broken, no duplicate, follow-ups in the window, no burst after
// downtime) and that the dry-run planner predicts exactly what the ticks do.
import { describe, expect, it } from 'vitest';
import { enrolmentAt, type EnrolmentRules } from './enrolment';
import { localDayKey } from './local-time';
import { planCalendar } from './plan-calendar';
import { SendLedger, pickAccount, type SendingAccountCaps } from './send-caps';
import { isInsideWindow, type SendingWindow } from './sending-window';
import { nextStepDue, type SequenceStep } from './step-due';

const window: SendingWindow = { days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' };
const steps: SequenceStep[] = [
  { stepNumber: 1, daysAfterPrevious: 0 },
  { stepNumber: 2, daysAfterPrevious: 3 },
  { stepNumber: 3, daysAfterPrevious: 5 },
];
const zones = ['Europe/Paris', 'America/New_York', 'Australia/Sydney', 'Asia/Kolkata', 'America/Los_Angeles'];
const TICK = 10 * 60_000;
const DAY = 86_400_000;

interface LeadRow {
  id: string;
  zone: string;
  enrolledAt: number | null;
  lastStep: number;
  lastSentAt: number | null;
  accountId: string | null;
}
interface SendRow {
  leadId: string;
  stepNumber: number;
  accountId: string;
  at: number;
}

function simulate(opts: {
  leads: number;
  accounts: SendingAccountCaps[];
  from: number;
  days: number;
  down?: Array<[number, number]>;
  rules: EnrolmentRules;
}) {
  const leads: LeadRow[] = Array.from({ length: opts.leads }, (_, i) => ({
    id: `lead-${i}`,
    zone: zones[i % zones.length]!,
    enrolledAt: null,
    lastStep: 0,
    lastSentAt: null,
    accountId: null,
  }));
  const sends: SendRow[] = [];
  const enrolledByDay = new Map<string, number>();
  let lastRunAt: Date | null = null;
  let rotation = 0;
  for (let now = opts.from; now < opts.from + opts.days * DAY; now += TICK) {
    if (opts.down?.some(([a, b]) => now >= a && now < b)) continue;
    // 1. Enrol.
    const e = enrolmentAt(now, opts.rules, lastRunAt, (day) => enrolledByDay.get(day) ?? 0, new Date(opts.from));
    if (e) {
      const waiting = leads.filter((l) => l.enrolledAt === null).slice(0, e.allowed);
      for (const l of waiting) l.enrolledAt = now;
      enrolledByDay.set(e.dayKey, (enrolledByDay.get(e.dayKey) ?? 0) + waiting.length);
      lastRunAt = e.runAt;
    }
    // 2. Due steps, follow-ups first, inside the window now.
    const due = leads
      .filter((l) => l.enrolledAt !== null)
      .map((l) => ({ l, r: nextStepDue({ lastStepNumber: l.lastStep, lastSentAt: l.lastSentAt }, steps, window, l.zone, l.enrolledAt!) }))
      .filter((x) => x.r.kind === 'due' && x.r.dueAt.getTime() <= now && isInsideWindow(now, window, x.l.zone))
      .sort(
        (a, b) =>
          (b.l.lastStep > 0 ? 1 : 0) - (a.l.lastStep > 0 ? 1 : 0) ||
          (a.r.kind === 'due' && b.r.kind === 'due' ? a.r.dueAt.getTime() - b.r.dueAt.getTime() : 0),
      );
    // 3. Caps from the send log, as the DB would give them.
    const ledger = new SendLedger(
      opts.accounts.map((a) => ({ ...a, recentSends: sends.filter((s) => s.accountId === a.id && s.at > now - DAY).map((s) => s.at) })),
      now,
    );
    for (const { l, r } of due) {
      if (r.kind !== 'due') continue;
      let account: number;
      if (l.accountId) {
        account = opts.accounts.findIndex((a) => a.id === l.accountId);
        if (!ledger.canSend(account, now)) continue;
      } else {
        account = pickAccount(ledger, now, rotation);
        if (account < 0) continue;
        rotation = (account + 1) % opts.accounts.length;
      }
      ledger.record(account, now);
      sends.push({ leadId: l.id, stepNumber: r.step.stepNumber, accountId: opts.accounts[account]!.id, at: now });
      l.lastStep = r.step.stepNumber;
      l.lastSentAt = now;
      l.accountId = opts.accounts[account]!.id;
    }
  }
  return { leads, sends, enrolledByDay };
}

function capViolations(sends: SendRow[], accounts: SendingAccountCaps[]): number {
  let violations = 0;
  for (const a of accounts) {
    const times = sends.filter((s) => s.accountId === a.id).map((s) => s.at);
    for (let i = 0; i < times.length; i++) {
      const inHour = times.filter((t) => t >= times[i]! && t - times[i]! < 3_600_000).length;
      const inDay = times.filter((t) => t >= times[i]! && t - times[i]! < DAY).length;
      if ((a.hourlyLimit !== null && inHour > a.hourlyLimit) || (a.dailyLimit !== null && inDay > a.dailyLimit)) violations++;
    }
  }
  return violations;
}

const rules: EnrolmentRules = { leadsPerDay: 12, schedule: { type: 'immediate' }, window, campaignZone: 'Europe/Paris' };
// Monday 17 March 2025, 00:00 Paris; the three weeks cross the Paris change on 30 March.
const from = Date.parse('2025-03-16T23:00:00Z');

describe('scheduler ticks over three weeks', () => {
  it('with restarts and downtime: no cap broken, no duplicate, follow-ups in the window, no burst', () => {
    const accounts: SendingAccountCaps[] = [
      { id: 'a', hourlyLimit: 3, dailyLimit: 12 },
      { id: 'b', hourlyLimit: 2, dailyLimit: 8 },
    ];
    // Closed Wednesday evening to Friday noon (Paris), and over the DST weekend until Monday 11:00.
    const down: Array<[number, number]> = [
      [Date.parse('2025-03-19T18:00:00Z'), Date.parse('2025-03-21T11:00:00Z')],
      [Date.parse('2025-03-28T16:00:00Z'), Date.parse('2025-03-31T09:00:00Z')],
    ];
    const { sends, enrolledByDay, leads } = simulate({ leads: 150, accounts, from, days: 21, down, rules });
    expect(capViolations(sends, accounts)).toBe(0);
    expect(new Set(sends.map((s) => `${s.leadId}#${s.stepNumber}`)).size).toBe(sends.length);
    for (const s of sends) {
      const zone = leads.find((l) => l.id === s.leadId)!.zone;
      expect(isInsideWindow(s.at, window, zone)).toBe(true);
      expect(down.some(([a, b]) => s.at >= a && s.at < b)).toBe(false);
    }
    // leadsPerDay per Paris day, never more after downtime; nobody enrolled on the days the app was closed or at weekends.
    expect(Math.max(...enrolledByDay.values())).toBeLessThanOrEqual(12);
    expect(enrolledByDay.get('2025-03-20') ?? 0).toBe(0);
    expect(enrolledByDay.get('2025-03-21')).toBe(12);
    expect(enrolledByDay.get('2025-03-29') ?? 0).toBe(0);
    expect(enrolledByDay.get('2025-03-31')).toBe(12);
    // The Monday after downtime: at most the accounts' daily caps, however much fell due.
    const monday = sends.filter((s) => localDayKey(s.at, 'Europe/Paris') === '2025-03-31').length;
    expect(monday).toBeLessThanOrEqual(20);
    expect(sends.filter((s) => s.stepNumber === 3).length).toBeGreaterThan(20);
  });

  it('does exactly what the dry-run planner predicted', () => {
    const accounts: SendingAccountCaps[] = [
      { id: 'a', hourlyLimit: null, dailyLimit: null },
      { id: 'b', hourlyLimit: null, dailyLimit: null },
    ];
    const ticks = simulate({ leads: 100, accounts, from, days: 21, rules }).sends;
    const plan = planCalendar({
      settings: { ...rules, zoneMode: { kind: 'recipient' }, steps },
      audience: Array.from({ length: 100 }, (_, i) => ({ id: `lead-${i}`, zone: zones[i % zones.length] })),
      accounts,
      from,
      days: 21,
      recordSends: true,
    });
    const key = (s: SendRow) => `${s.leadId}#${s.stepNumber}@${new Date(s.at).toISOString()}`;
    const planned = plan
      .sends!.filter((s) => s.at < from + 21 * DAY)
      .map(key)
      .sort();
    expect(ticks.map(key).sort()).toEqual(planned);
    expect(planned.length).toBeGreaterThan(250);
  });
});
