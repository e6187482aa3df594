// schedule.plan10k: ms to plan the 14-day calendar (and the projected finish) for 10,000 leads × 3
// steps over 5 accounts with caps, leads spread over 8 zones in recipient-time mode.
// Run: npm run bench -- schedule
import { reportFigure, percentile } from '../../../src-main/testing/bench';
import { planCalendar, type PlanInput } from './index';

const zones = [
  'Europe/Paris',
  'Europe/London',
  'Europe/Berlin',
  'America/New_York',
  'America/Chicago',
  'America/Los_Angeles',
  'Australia/Sydney',
  'America/Sao_Paulo',
];
const input: PlanInput = {
  settings: {
    leadsPerDay: 300,
    schedule: { type: 'daily', time: '08:00' },
    window: { days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' },
    zoneMode: { kind: 'recipient' },
    campaignZone: 'Europe/Paris',
    steps: [
      { stepNumber: 1, daysAfterPrevious: 0 },
      { stepNumber: 2, daysAfterPrevious: 3 },
      { stepNumber: 3, daysAfterPrevious: 5 },
    ],
  },
  audience: Array.from({ length: 10_000 }, (_, i) => ({ id: `lead-${i}`, zone: zones[i % zones.length] })),
  accounts: Array.from({ length: 5 }, (_, i) => ({ id: `account-${i}`, hourlyLimit: 30, dailyLimit: 200, sentLast24h: i * 20 })),
  // Spans Europe's and North America's spring change.
  from: Date.parse('2025-03-06T07:00:00Z'),
  days: 14,
};

const RUNS = 7;
const samples: number[] = [];
let totalSends = 0;
let finish: string | null = null;
for (let i = 0; i < RUNS + 1; i++) {
  const started = performance.now();
  const plan = planCalendar(input);
  const ms = performance.now() - started;
  // The first run also fills the zone-offset caches; report steady state and the cold run apart.
  if (i === 0) reportFigure('schedule.plan10k.cold', ms, 'ms');
  else samples.push(ms);
  totalSends = plan.totalSends;
  finish = plan.projectedFinish?.toISOString() ?? null;
}
reportFigure('schedule.plan10k', percentile(samples, 50), 'ms', {
  p95: Math.round(percentile(samples, 95)),
  runs: RUNS,
  leads: 10_000,
  steps: 3,
  accounts: 5,
  totalSends,
  projectedFinish: finish,
});
