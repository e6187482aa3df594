import { describe, expect, it } from 'vitest';
import {
  cronProblem,
  dueRun,
  nextRunAfter,
  scheduleFromColumns,
  ScheduleError,
  validateSchedule,
  type CampaignSchedule,
} from './schedule-type';

const iso = (d: Date | null) => d?.toISOString() ?? null;
const at = (s: string) => new Date(s);

describe('nextRunAfter', () => {
  it('never runs a manual campaign on its own', () => {
    expect(nextRunAfter(at('2025-06-02T10:00:00Z'), { type: 'manual' }, 'Europe/Paris')).toBeNull();
  });
  it('runs immediate campaigns at each campaign-local midnight', () => {
    expect(iso(nextRunAfter(at('2025-06-02T10:00:00Z'), { type: 'immediate' }, 'Europe/Paris'))).toBe('2025-06-02T22:00:00.000Z');
    expect(iso(nextRunAfter(at('2025-03-29T12:00:00Z'), { type: 'immediate' }, 'Europe/Paris'))).toBe('2025-03-29T23:00:00.000Z');
  });
  it('runs a scheduled campaign first at its start, then daily', () => {
    const s: CampaignSchedule = { type: 'scheduled', startAt: at('2025-06-05T07:30:00Z') };
    expect(iso(nextRunAfter(at('2025-06-02T10:00:00Z'), s, 'Europe/Paris'))).toBe('2025-06-05T07:30:00.000Z');
    expect(iso(nextRunAfter(at('2025-06-05T07:30:00Z'), s, 'Europe/Paris'))).toBe('2025-06-05T22:00:00.000Z');
  });
  it('runs daily at the local time, across DST changes', () => {
    const daily: CampaignSchedule = { type: 'daily', time: '08:30' };
    expect(iso(nextRunAfter(at('2025-03-29T07:30:00Z'), daily, 'Europe/Paris'))).toBe('2025-03-30T06:30:00.000Z');
    expect(iso(nextRunAfter(at('2025-10-25T06:30:00Z'), daily, 'Europe/Paris'))).toBe('2025-10-26T07:30:00.000Z');
    expect(iso(nextRunAfter(at('2025-11-01T12:30:00Z'), daily, 'America/New_York'))).toBe('2025-11-02T13:30:00.000Z');
    // 5 October 08:30 is already AEDT (+11).
    expect(iso(nextRunAfter(at('2025-10-04T00:00:00Z'), daily, 'Australia/Sydney'))).toBe('2025-10-04T21:30:00.000Z');
  });
  it('moves a daily time in the gap forward and takes the first of an overlap', () => {
    const gap: CampaignSchedule = { type: 'daily', time: '02:30' };
    expect(iso(nextRunAfter(at('2025-03-29T12:00:00Z'), gap, 'Europe/Paris'))).toBe('2025-03-30T01:30:00.000Z');
    expect(iso(nextRunAfter(at('2025-10-25T12:00:00Z'), gap, 'Europe/Paris'))).toBe('2025-10-26T00:30:00.000Z');
    expect(iso(nextRunAfter(at('2025-10-26T00:30:00Z'), gap, 'Europe/Paris'))).toBe('2025-10-27T01:30:00.000Z');
  });
  it('runs weekly on the chosen local days', () => {
    const weekly: CampaignSchedule = { type: 'weekly', days: [1, 4], time: '10:00' };
    // Tuesday 3 June → Thursday 5 June 10:00 Paris.
    expect(iso(nextRunAfter(at('2025-06-03T12:00:00Z'), weekly, 'Europe/Paris'))).toBe('2025-06-05T08:00:00.000Z');
    expect(iso(nextRunAfter(at('2025-06-05T08:00:00Z'), weekly, 'Europe/Paris'))).toBe('2025-06-09T08:00:00.000Z');
  });
  it('follows a cron pattern in the campaign zone', () => {
    const cron: CampaignSchedule = { type: 'custom', cron: '0 9 * * 1-5' };
    expect(iso(nextRunAfter(at('2025-06-06T08:00:00Z'), cron, 'Europe/Paris'))).toBe('2025-06-09T07:00:00.000Z');
    expect(iso(nextRunAfter(at('2025-03-28T09:00:00Z'), cron, 'America/New_York'))).toBe('2025-03-28T13:00:00.000Z');
  });
});

describe('dueRun (what a tick acts on)', () => {
  const daily: CampaignSchedule = { type: 'daily', time: '08:30' };
  it('is the latest run since the last one, once', () => {
    expect(iso(dueRun(at('2025-06-02T06:30:00Z'), at('2025-06-03T07:00:00Z'), daily, 'Europe/Paris'))).toBe('2025-06-03T06:30:00.000Z');
    expect(dueRun(at('2025-06-03T06:30:00Z'), at('2025-06-03T07:00:00Z'), daily, 'Europe/Paris')).toBeNull();
  });
  it('collapses days missed during downtime into one run', () => {
    expect(iso(dueRun(at('2025-06-02T06:30:00Z'), at('2025-06-09T12:00:00Z'), daily, 'Europe/Paris'))).toBe('2025-06-09T06:30:00.000Z');
    expect(iso(dueRun(at('2025-01-02T06:30:00Z'), at('2025-06-09T12:00:00Z'), daily, 'Europe/Paris'))).toBe('2025-06-09T06:30:00.000Z');
  });
  it('runs an immediate campaign at activation, a scheduled one at its start', () => {
    expect(iso(dueRun(null, at('2025-06-02T10:00:00Z'), { type: 'immediate' }, 'Europe/Paris', at('2025-06-02T09:00:00Z')))).toBe(
      '2025-06-02T09:00:00.000Z',
    );
    const s: CampaignSchedule = { type: 'scheduled', startAt: at('2025-06-05T07:30:00Z') };
    expect(dueRun(null, at('2025-06-04T10:00:00Z'), s, 'Europe/Paris')).toBeNull();
    expect(iso(dueRun(null, at('2025-06-05T08:00:00Z'), s, 'Europe/Paris'))).toBe('2025-06-05T07:30:00.000Z');
    expect(dueRun(null, at('2025-06-05T08:00:00Z'), { type: 'manual' }, 'Europe/Paris')).toBeNull();
  });
  it('ignores runs before a never-run campaign was activated', () => {
    expect(dueRun(null, at('2025-06-03T08:00:00Z'), daily, 'Europe/Paris', at('2025-06-03T07:00:00Z'))).toBeNull();
    expect(iso(dueRun(null, at('2025-06-03T08:00:00Z'), daily, 'Europe/Paris', at('2025-06-03T06:00:00Z')))).toBe(
      '2025-06-03T06:30:00.000Z',
    );
    expect(iso(dueRun(null, at('2025-06-03T08:00:00Z'), daily, 'Europe/Paris', at('2025-06-03T06:30:00Z')))).toBe(
      '2025-06-03T06:30:00.000Z',
    );
    const cron: CampaignSchedule = { type: 'custom', cron: '0 9 * * *' };
    expect(dueRun(null, at('2025-06-03T08:00:00Z'), cron, 'Europe/Paris', at('2025-06-03T07:30:00Z'))).toBeNull();
  });
  it('finds the last cron run', () => {
    const cron: CampaignSchedule = { type: 'custom', cron: '0 9 * * *' };
    expect(iso(dueRun(at('2025-06-01T07:00:00Z'), at('2025-06-03T12:00:00Z'), cron, 'Europe/Paris'))).toBe('2025-06-03T07:00:00.000Z');
    expect(dueRun(at('2025-06-03T07:00:00Z'), at('2025-06-03T12:00:00Z'), cron, 'Europe/Paris')).toBeNull();
  });
});

describe('validation', () => {
  it('explains a bad cron', () => {
    expect(cronProblem('0 9 * *')).toMatch(/5 fields/);
    expect(cronProblem('61 9 * * *')).toMatch(/not a valid cron expression/);
    expect(cronProblem('')).toMatch(/Enter a cron expression/);
    expect(cronProblem('0 9 30 2 *')).toMatch(/never fires/);
    expect(cronProblem('0 9 * * MON-FRI')).toBeNull();
  });
  it('explains every schedule problem', () => {
    expect(validateSchedule({ type: 'daily', time: '25:00' })[0]).toMatch(/not a time/);
    expect(validateSchedule({ type: 'weekly', days: [], time: '10:00' })).toEqual(['Pick at least one day of the week.']);
    expect(validateSchedule({ type: 'scheduled', startAt: new Date(Number.NaN) })).toEqual(['Pick the date and time to start.']);
    expect(validateSchedule({ type: 'daily', time: '08:00' }, 'Nowhere/City')[0]).toMatch(/not a time zone/);
    expect(validateSchedule({ type: 'immediate' }, 'Europe/Paris')).toEqual([]);
  });
  it('reads campaign columns', () => {
    expect(scheduleFromColumns({ scheduleType: 'daily', scheduleTime: '08:30' })).toEqual({ type: 'daily', time: '08:30' });
    expect(scheduleFromColumns({ scheduleType: 'weekly', scheduleTime: '10:00', scheduleDays: [1, 4] })).toEqual({
      type: 'weekly',
      days: [1, 4],
      time: '10:00',
    });
    expect(() => scheduleFromColumns({ scheduleType: 'custom', scheduleCron: 'every day' })).toThrow(ScheduleError);
  });
});
