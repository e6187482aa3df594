import { describe, expect, it } from 'vitest';
import { localDayKey, wallTime, zonedTimeToUtc } from './local-time';
import { planCalendar, type CampaignPlanSettings, type PlanLead, type PlannedSend } from './plan-calendar';
import type { SendingAccountCaps } from './send-caps';
import { isInsideWindow, type SendingWindow } from './sending-window';

const window: SendingWindow = { days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' };
const steps = [
  { stepNumber: 1, daysAfterPrevious: 0 },
  { stepNumber: 2, daysAfterPrevious: 3 },
  { stepNumber: 3, daysAfterPrevious: 5 },
];
const zones = [
  'Europe/Paris',
  'America/New_York',
  'Australia/Sydney',
  'America/Los_Angeles',
  'Europe/London',
  'Asia/Kolkata',
  'America/Sao_Paulo',
];
const leads = (n: number, zoneList = zones): PlanLead[] =>
  Array.from({ length: n }, (_, i) => ({ id: `lead-${i}`, zone: zoneList[i % zoneList.length] }));
const settings = (over: Partial<CampaignPlanSettings> = {}): CampaignPlanSettings => ({
  leadsPerDay: 50,
  schedule: { type: 'immediate' },
  window,
  zoneMode: { kind: 'recipient' },
  campaignZone: 'Europe/Paris',
  steps,
  ...over,
});

/** Every rolling hour and day of every account, checked against its caps, including sends before `from`. */
function capViolations(sends: PlannedSend[], accounts: SendingAccountCaps[], from: number): number {
  let violations = 0;
  for (const a of accounts) {
    const times = [...Array(a.sentLastHour ?? 0).fill(from), ...sends.filter((s) => s.accountId === a.id).map((s) => s.at)].sort(
      (x, y) => x - y,
    );
    for (let i = 0; i < times.length; i++) {
      let h = 0;
      let d = 0;
      for (let j = i; j < times.length && times[j]! - times[i]! < 86_400_000; j++) {
        d++;
        if (times[j]! - times[i]! < 3_600_000) h++;
      }
      if (a.hourlyLimit !== null && h > a.hourlyLimit) violations++;
      if (a.dailyLimit !== null && d > a.dailyLimit) violations++;
    }
  }
  return violations;
}

describe('planCalendar', () => {
  // Thursday 20 March 2025, 08:00 UTC: Paris and New York change clocks within the next three weeks.
  const from = Date.parse('2025-03-20T08:00:00Z');
  const accounts: SendingAccountCaps[] = [
    { id: 'a', hourlyLimit: 10, dailyLimit: 40 },
    { id: 'b', hourlyLimit: 5, dailyLimit: 30, sentLastHour: 5, sentLast24h: 20 },
    { id: 'c', hourlyLimit: null, dailyLimit: 25 },
  ];

  it('simulates three weeks of a 3-step sequence: right local days, inside the window, no cap broken, no duplicate', () => {
    const audience = leads(300);
    const plan = planCalendar({ settings: settings({ leadsPerDay: 40 }), audience, accounts, from, days: 21, recordSends: true });
    const sends = plan.sends!;
    expect(capViolations(sends, accounts, from)).toBe(0);
    const seen = new Set(sends.map((s) => `${s.leadId}#${s.stepNumber}`));
    expect(seen.size).toBe(sends.length);

    const zoneOf = new Map(audience.map((l) => [l.id, l.zone!]));
    const byLead = new Map<string, PlannedSend[]>();
    for (const s of sends) byLead.set(s.leadId, [...(byLead.get(s.leadId) ?? []), s]);
    let followUpsChecked = 0;
    for (const [leadId, list] of byLead) {
      const zone = zoneOf.get(leadId)!;
      list.sort((x, y) => x.stepNumber - y.stepNumber);
      expect(list.map((s) => s.stepNumber)).toEqual([1, 2, 3].slice(0, list.length));
      for (const s of list)
        expect(isInsideWindow(s.at, window, zone), `${leadId} step ${s.stepNumber} ${new Date(s.at).toISOString()} ${zone}`).toBe(true);
      // One thread, one mailbox.
      expect(new Set(list.map((s) => s.accountId)).size).toBe(1);
      for (let k = 1; k < list.length; k++) {
        const prev = list[k - 1]!;
        const cur = list[k]!;
        const delay = steps[k]!.daysAfterPrevious;
        const earliestDay = new Date(Date.parse(`${localDayKey(prev.at, zone)}T00:00:00Z`) + delay * 86_400_000).toISOString().slice(0, 10);
        // Never before N local days later; on that day when it is a weekday and the accounts had room.
        expect(localDayKey(cur.at, zone) >= earliestDay).toBe(true);
        const prevWall = wallTime(prev.at, zone);
        const curWall = wallTime(cur.at, zone);
        if (localDayKey(cur.at, zone) === earliestDay)
          expect(curWall.hour * 60 + curWall.minute).toBeGreaterThanOrEqual(prevWall.hour * 60 + prevWall.minute);
        followUpsChecked++;
      }
    }
    expect(followUpsChecked).toBeGreaterThan(200);
    const dayTotals = plan.days.map((d) => d.firstEmails + d.followUps);
    expect(dayTotals.reduce((a, b) => a + b, 0)).toBe(
      sends.filter((s) => s.at < from + 21 * 86_400_000 && localDayKey(s.at, 'Europe/Paris') <= plan.days[20]!.date).length,
    );
  });

  it('lands follow-ups on the exact local day when capacity is ample, across DST in each hemisphere', () => {
    const big: SendingAccountCaps[] = [{ id: 'big', hourlyLimit: null, dailyLimit: null }];
    for (const zone of ['Europe/Paris', 'America/New_York', 'Australia/Sydney']) {
      // Activated at local midnight on Thursday 27 March: the follow-ups cross Paris's 30 March, and
      // Sydney's 6 April change (New York changed on the 9th: no change, as a control).
      const plan = planCalendar({
        settings: settings({ leadsPerDay: 1, campaignZone: zone }),
        audience: leads(3, [zone]),
        accounts: big,
        from: zonedTimeToUtc({ year: 2025, month: 3, day: 27 }, 0, zone),
        recordSends: true,
      });
      const mine = plan
        .sends!.filter((s) => s.leadId === 'lead-0')
        .map(
          (s) =>
            `${s.stepNumber} ${localDayKey(s.at, zone)} ${String(wallTime(s.at, zone).hour).padStart(2, '0')}:${String(wallTime(s.at, zone).minute).padStart(2, '0')}`,
        );
      // Step 1 at the first opening on Thursday 27; +3 days = Sunday 30 → Monday 31 09:00; +5 days = Saturday 5 April → Monday 7 April 09:00.
      expect(mine, zone).toEqual(['1 2025-03-27 09:00', '2 2025-03-31 09:00', '3 2025-04-07 09:00']);
    }
  });

  it('keeps a follow-up on the same local time-of-day (Tuesday 10:30 + 3 days = Friday 10:30)', () => {
    const plan = planCalendar({
      settings: settings({ leadsPerDay: 0 }),
      audience: [
        {
          id: 'x',
          zone: 'America/New_York',
          progress: { lastStepNumber: 1, lastSentAt: Date.parse('2025-03-04T15:30:00Z'), accountId: 'a' },
        },
      ],
      accounts: [{ id: 'a', hourlyLimit: null, dailyLimit: null }],
      from: Date.parse('2025-03-05T00:00:00Z'),
      recordSends: true,
    });
    // 10:30 EST on Tuesday 4 March; DST starts on the 9th, step 3 (+5 days) is 10:30 EDT.
    expect(plan.sends!.map((s) => new Date(s.at).toISOString())).toEqual(['2025-03-07T15:30:00.000Z', '2025-03-12T14:30:00.000Z']);
    expect(plan.projectedFinish?.toISOString()).toBe('2025-03-12T14:30:00.000Z');
  });

  it('counts leadsPerDay per campaign-local day, on sending days only', () => {
    const plan = planCalendar({
      settings: settings({ leadsPerDay: 25, campaignZone: 'America/New_York' }),
      audience: leads(1000),
      accounts: [{ id: 'a', hourlyLimit: null, dailyLimit: null }],
      from: Date.parse('2025-03-20T12:00:00Z'),
      recordSends: true,
    });
    const enrolled = plan.days.map((d) => `${d.date}:${d.newLeads}`);
    expect(enrolled.slice(0, 5)).toEqual(['2025-03-20:25', '2025-03-21:25', '2025-03-22:0', '2025-03-23:0', '2025-03-24:25']);
    // First emails per New York day never exceed 25 for leads in New York's window.
    const firstPerDay = new Map<string, number>();
    for (const s of plan.sends!.filter((s) => s.stepNumber === 1))
      firstPerDay.set(localDayKey(s.at, 'America/New_York'), (firstPerDay.get(localDayKey(s.at, 'America/New_York')) ?? 0) + 1);
    expect(Math.max(...firstPerDay.values())).toBeLessThanOrEqual(50);
    expect(plan.days.reduce((n, d) => n + d.newLeads, 0)).toBe(25 * 10);
  });

  it('rotates first emails among accounts and respects the caps, with a projected finish', () => {
    const three: SendingAccountCaps[] = [
      { id: 'a', hourlyLimit: 4, dailyLimit: 20 },
      { id: 'b', hourlyLimit: 4, dailyLimit: 20 },
      { id: 'c', hourlyLimit: 4, dailyLimit: 20 },
    ];
    const plan = planCalendar({
      settings: settings({ leadsPerDay: 30, zoneMode: { kind: 'fixed', zone: 'Europe/Paris' } }),
      audience: leads(120),
      accounts: three,
      from,
      recordSends: true,
    });
    expect(capViolations(plan.sends!, three, from)).toBe(0);
    const day1 = plan.days[0]!;
    expect(day1.firstEmails).toBe(30);
    expect(Object.values(day1.byAccount).map((a) => a.firstEmails)).toEqual([10, 10, 10]);
    expect(plan.totalSends).toBe(360);
    expect(plan.projectedFinish).not.toBeNull();
    expect(plan.leadsNotStarted).toBe(0);
  });

  it('catches up after downtime without a burst: one day of new leads, caps first', () => {
    const plan = planCalendar({
      settings: settings({
        leadsPerDay: 10,
        schedule: { type: 'daily', time: '08:00' },
        lastRunAt: new Date('2025-03-10T07:00:00Z'),
        zoneMode: { kind: 'fixed', zone: 'Europe/Paris' },
      }),
      audience: leads(200),
      accounts: [{ id: 'a', hourlyLimit: null, dailyLimit: null }],
      from,
    });
    expect(plan.days[0]!.newLeads).toBe(10);
    expect(plan.days[0]!.firstEmails).toBe(10);
  });

  it('respects start and end dates, and finishes sequences after the end', () => {
    const plan = planCalendar({
      settings: settings({
        leadsPerDay: 10,
        startDate: new Date('2025-03-24T00:00:00Z'),
        endDate: new Date('2025-03-26T12:00:00Z'),
        zoneMode: { kind: 'fixed', zone: 'Europe/Paris' },
      }),
      audience: leads(100),
      accounts: [{ id: 'a', hourlyLimit: null, dailyLimit: null }],
      from,
    });
    expect(plan.days.map((d) => d.newLeads)).toEqual([0, 0, 0, 0, 10, 10, 10, 0, 0, 0, 0, 0, 0, 0]);
    expect(plan.totalSends).toBe(90);
    expect(plan.leadsNotStarted).toBe(70);
    expect(plan.projectedFinish).toBeNull();
  });

  it('leaves out leads that replied or left, and continues leads part-way through', () => {
    const audience: PlanLead[] = [
      { id: 'replied', zone: 'Europe/Paris', progress: { lastStepNumber: 1, lastSentAt: from - 86_400_000, stoppedReason: 'replied' } },
      { id: 'left', zone: 'Europe/Paris', progress: { lastStepNumber: 0, lastSentAt: null, stoppedReason: 'left' } },
      { id: 'midway', zone: 'Europe/Paris', progress: { lastStepNumber: 2, lastSentAt: from - 86_400_000, accountId: 'b' } },
    ];
    const plan = planCalendar({
      settings: settings(),
      audience,
      accounts: [
        { id: 'a', hourlyLimit: null, dailyLimit: null },
        { id: 'b', hourlyLimit: null, dailyLimit: null },
      ],
      from,
      recordSends: true,
    });
    expect(plan.sends!.map((s) => `${s.leadId} ${s.stepNumber} ${s.accountId}`)).toEqual(['midway 3 b']);
  });

  it('warns about no accounts, a manual schedule and too little capacity', () => {
    expect(planCalendar({ settings: settings(), audience: leads(5), accounts: [], from }).warnings[0]).toMatch(/No sending account/);
    expect(
      planCalendar({
        settings: settings({ schedule: { type: 'manual' } }),
        audience: leads(5),
        accounts: [{ id: 'a', hourlyLimit: 1, dailyLimit: 10 }],
        from,
      }).warnings.join(' '),
    ).toMatch(/Manual schedule/);
    expect(
      planCalendar({
        settings: settings({ leadsPerDay: 50 }),
        audience: leads(5),
        accounts: [{ id: 'a', hourlyLimit: 1, dailyLimit: 10 }],
        from,
      }).warnings.join(' '),
    ).toMatch(/allow about 10 emails a day/);
  });

  it('plans 10,000 leads × 3 steps over 5 accounts in well under a second', () => {
    const five = Array.from({ length: 5 }, (_, i) => ({ id: `acc-${i}`, hourlyLimit: 30, dailyLimit: 200 }));
    const started = performance.now();
    const plan = planCalendar({ settings: settings({ leadsPerDay: 300 }), audience: leads(10_000), accounts: five, from });
    expect(performance.now() - started).toBeLessThan(2500);
    expect(plan.totalSends).toBe(30_000);
  });
});
