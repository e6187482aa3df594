import { describe, expect, it } from 'vitest';
import { describeCron, describeRuns, describeSchedule } from './describe-schedule';

const window = { days: [1, 2, 3, 4, 5] as const, start: '09:00', end: '17:00' };

describe('describeSchedule', () => {
  it('reads like the campaigns list wants', () => {
    expect(
      describeSchedule({
        schedule: { type: 'immediate' },
        window: { ...window, days: [...window.days] },
        zoneMode: { kind: 'recipient' },
        campaignZone: 'Europe/Paris',
        leadsPerDay: 50,
      }),
    ).toBe('weekdays 09:00–17:00 recipient time, 50 new leads a day');
    expect(
      describeSchedule({
        schedule: { type: 'daily', time: '08:30' },
        window: { days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' },
        zoneMode: { kind: 'fixed', zone: 'Europe/Paris' },
        campaignZone: 'Europe/Paris',
        leadsPerDay: 20,
      }),
    ).toBe('daily at 08:30 Europe/Paris: 20 new leads each time, sent weekdays 09:00–17:00 Europe/Paris');
    expect(
      describeSchedule({
        schedule: { type: 'manual' },
        window: { days: [1, 2, 3], start: '10:00', end: '12:00' },
        zoneMode: { kind: 'recipient' },
        campaignZone: 'UTC',
        leadsPerDay: 1,
      }),
    ).toBe('Mon–Wed 10:00–12:00 recipient time, 1 new lead per batch, started by hand');
  });
  it('names the run days and times', () => {
    expect(describeRuns({ type: 'weekly', days: [4, 1], time: '10:00' }, 'Europe/Paris')).toBe(
      'every Monday and Thursday at 10:00 Europe/Paris',
    );
    expect(describeRuns({ type: 'daily', time: '8:30' }, 'Europe/Paris')).toBe('daily at 08:30 Europe/Paris');
    expect(describeRuns({ type: 'scheduled', startAt: new Date('2025-06-05T07:30:00Z') }, 'Europe/Paris')).toBe(
      'starts 5 Jun 2025, 09:30 Europe/Paris',
    );
  });
  it('puts common cron patterns in words and shows the rest as they are', () => {
    expect(describeCron('0 9 * * 1-5')).toBe('at 09:00 on weekdays');
    expect(describeCron('30 8 * * MON,THU')).toBe('at 08:30 on Mon and Thu');
    expect(describeCron('0 9,14 * * *')).toBe('at 09:00 and 14:00 every day');
    expect(describeCron('0 10 * * 1')).toBe('at 10:00 on Mondays');
    expect(describeCron('*/15 * * * *')).toBe('every 15 minutes every day');
    expect(describeCron('0 9 1 * *')).toBe('cron "0 9 1 * *"');
    expect(describeCron('not a cron')).toBe('cron "not a cron"');
  });
});
