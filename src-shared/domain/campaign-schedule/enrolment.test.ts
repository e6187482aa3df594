import { describe, expect, it } from 'vitest';
import { enrolmentAt, enrolmentRoom, type EnrolmentRules } from './enrolment';

const rules: EnrolmentRules = {
  leadsPerDay: 50,
  schedule: { type: 'daily', time: '08:00' },
  window: { days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' },
  campaignZone: 'Europe/Paris',
};

describe('enrolment', () => {
  it('allows leadsPerDay minus what the campaign-local day already has', () => {
    const counts: Record<string, number> = { '2025-06-03': 20 };
    const e = enrolmentAt(new Date('2025-06-03T10:00:00Z'), rules, new Date('2025-06-02T06:00:00Z'), (day) => counts[day] ?? 0);
    expect(e).toEqual({ runAt: new Date('2025-06-03T06:00:00Z'), dayKey: '2025-06-03', allowed: 30 });
  });
  it('enrols one day of leads after days of downtime', () => {
    const e = enrolmentAt(new Date('2025-06-06T10:00:00Z'), rules, new Date('2025-06-02T06:00:00Z'), () => 0);
    expect(e?.dayKey).toBe('2025-06-06');
    expect(e?.allowed).toBe(50);
  });
  it('enrols nobody on days outside the window, before the start or after the end', () => {
    expect(enrolmentAt(new Date('2025-06-07T10:00:00Z'), rules, new Date('2025-06-06T06:00:00Z'), () => 0)?.allowed).toBe(0);
    expect(enrolmentRoom(Date.parse('2025-06-03T06:00:00Z'), { ...rules, startDate: new Date('2025-06-04T00:00:00Z') }, 0)).toBe(0);
    expect(enrolmentRoom(Date.parse('2025-06-03T06:00:00Z'), { ...rules, endDate: new Date('2025-06-02T00:00:00Z') }, 0)).toBe(0);
    expect(enrolmentRoom(Date.parse('2025-06-03T06:00:00Z'), rules, 60)).toBe(0);
  });
  it('counts the day in the campaign zone, not UTC', () => {
    // 23:30 UTC on Monday is already Tuesday in Paris.
    const e = enrolmentAt(
      new Date('2025-06-02T23:30:00Z'),
      { ...rules, schedule: { type: 'immediate' } },
      new Date('2025-06-02T06:00:00Z'),
      () => 0,
    );
    expect(e?.dayKey).toBe('2025-06-03');
  });
  it('has nothing due when the run was already made', () => {
    expect(enrolmentAt(new Date('2025-06-03T10:00:00Z'), rules, new Date('2025-06-03T06:00:00Z'), () => 0)).toBeNull();
  });
});
