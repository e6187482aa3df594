import { describe, expect, it } from 'vitest';
import {
  describeDays,
  describeWindow,
  isInsideWindow,
  localDayKey,
  nextWindowOpening,
  validateSendingWindow,
  SendingWindowError,
  type SendingWindow,
} from './sending-window';

const weekdays9to17: SendingWindow = { days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' };
const at = (s: string) => new Date(s);
const iso = (d: Date) => d.toISOString();

describe('isInsideWindow', () => {
  it('reads the window in the given zone', () => {
    // Monday 2 June 2025, 08:30 UTC = 10:30 Paris, 04:30 New York.
    expect(isInsideWindow(at('2025-06-02T08:30:00Z'), weekdays9to17, 'Europe/Paris')).toBe(true);
    expect(isInsideWindow(at('2025-06-02T08:30:00Z'), weekdays9to17, 'America/New_York')).toBe(false);
    expect(isInsideWindow(at('2025-06-02T13:00:00Z'), weekdays9to17, 'America/New_York')).toBe(true);
  });
  it('includes the start and excludes the end', () => {
    expect(isInsideWindow(at('2025-06-02T07:00:00Z'), weekdays9to17, 'Europe/Paris')).toBe(true);
    expect(isInsideWindow(at('2025-06-02T06:59:59Z'), weekdays9to17, 'Europe/Paris')).toBe(false);
    expect(isInsideWindow(at('2025-06-02T15:00:00Z'), weekdays9to17, 'Europe/Paris')).toBe(false);
  });
  it('skips days not in the window, on the local weekday', () => {
    // Saturday in Paris; Friday evening in Los Angeles at the same instant.
    expect(isInsideWindow(at('2025-06-07T09:00:00Z'), weekdays9to17, 'Europe/Paris')).toBe(false);
    expect(isInsideWindow(at('2025-06-06T22:00:00Z'), weekdays9to17, 'America/Los_Angeles')).toBe(true);
    // Monday 09:00 in Sydney is still Sunday in UTC.
    expect(isInsideWindow(at('2025-06-01T22:59:00Z'), weekdays9to17, 'Australia/Sydney')).toBe(false);
    expect(isInsideWindow(at('2025-06-01T23:00:00Z'), weekdays9to17, 'Australia/Sydney')).toBe(true);
  });
  it('keeps local hours across DST: 09:00 Paris is 08:00Z in winter, 07:00Z in summer', () => {
    expect(isInsideWindow(at('2025-03-28T08:00:00Z'), weekdays9to17, 'Europe/Paris')).toBe(true);
    expect(isInsideWindow(at('2025-03-28T07:30:00Z'), weekdays9to17, 'Europe/Paris')).toBe(false);
    expect(isInsideWindow(at('2025-03-31T07:30:00Z'), weekdays9to17, 'Europe/Paris')).toBe(true);
  });
});

describe('nextWindowOpening', () => {
  it('returns the instant itself inside the window', () => {
    expect(iso(nextWindowOpening(at('2025-06-02T10:00:00Z'), weekdays9to17, 'Europe/Paris'))).toBe('2025-06-02T10:00:00.000Z');
  });
  it('opens later the same day, the next day, or after the weekend', () => {
    expect(iso(nextWindowOpening(at('2025-06-02T05:00:00Z'), weekdays9to17, 'Europe/Paris'))).toBe('2025-06-02T07:00:00.000Z');
    expect(iso(nextWindowOpening(at('2025-06-02T16:00:00Z'), weekdays9to17, 'Europe/Paris'))).toBe('2025-06-03T07:00:00.000Z');
    expect(iso(nextWindowOpening(at('2025-06-06T15:00:00Z'), weekdays9to17, 'Europe/Paris'))).toBe('2025-06-09T07:00:00.000Z');
  });
  it('opens at 09:00 local on the Monday after each DST change', () => {
    // Paris: Friday 28 March (CET) → Monday 31 March (CEST).
    expect(iso(nextWindowOpening(at('2025-03-28T17:00:00Z'), weekdays9to17, 'Europe/Paris'))).toBe('2025-03-31T07:00:00.000Z');
    // Paris: Friday 24 October (CEST) → Monday 27 October (CET).
    expect(iso(nextWindowOpening(at('2025-10-24T17:00:00Z'), weekdays9to17, 'Europe/Paris'))).toBe('2025-10-27T08:00:00.000Z');
    // New York: 7 → 10 March and 31 October → 3 November.
    expect(iso(nextWindowOpening(at('2025-03-07T23:00:00Z'), weekdays9to17, 'America/New_York'))).toBe('2025-03-10T13:00:00.000Z');
    expect(iso(nextWindowOpening(at('2025-10-31T23:00:00Z'), weekdays9to17, 'America/New_York'))).toBe('2025-11-03T14:00:00.000Z');
    // Sydney: 3 October (AEST) → 6 October (AEDT).
    expect(iso(nextWindowOpening(at('2025-10-03T08:00:00Z'), weekdays9to17, 'Australia/Sydney'))).toBe('2025-10-05T22:00:00.000Z');
  });
  it('opens when the gap ends when the window starts inside it', () => {
    const night: SendingWindow = { days: [0], start: '02:30', end: '05:00' };
    // Clocks go from 02:00 to 03:00 at 01:00Z: 03:00 CEST is already past 02:30 on the wall.
    const opening = nextWindowOpening(at('2025-03-29T12:00:00Z'), night, 'Europe/Paris');
    expect(iso(opening)).toBe('2025-03-30T01:00:00.000Z');
    expect(isInsideWindow(opening, night, 'Europe/Paris')).toBe(true);
    expect(isInsideWindow(opening.getTime() - 1, night, 'Europe/Paris')).toBe(false);
    const inGapOnly: SendingWindow = { days: [0], start: '02:00', end: '02:45' };
    // No minute of that window exists on 30 March: the next Sunday's opens instead.
    expect(iso(nextWindowOpening(at('2025-03-29T12:00:00Z'), inGapOnly, 'Europe/Paris'))).toBe('2025-04-06T00:00:00.000Z');
  });
  it('opens on the first occurrence during the overlap', () => {
    const night: SendingWindow = { days: [0], start: '02:30', end: '04:00' };
    expect(iso(nextWindowOpening(at('2025-10-25T12:00:00Z'), night, 'Europe/Paris'))).toBe('2025-10-26T00:30:00.000Z');
  });
  it('always returns an instant inside the window (fuzzed over DST nights in several zones)', () => {
    const windows: SendingWindow[] = [
      weekdays9to17,
      { days: [0, 6], start: '01:30', end: '03:15' },
      { days: [0], start: '02:00', end: '02:30' },
      { days: [0, 1, 2, 3, 4, 5, 6], start: '00:00', end: '24:00' },
    ];
    for (const zone of ['Europe/Paris', 'America/New_York', 'Australia/Sydney', 'Australia/Lord_Howe', 'America/Sao_Paulo'])
      for (const w of windows)
        for (let ms = Date.parse('2025-03-01T00:00:00Z'); ms < Date.parse('2025-11-15T00:00:00Z'); ms += 97 * 60_000 + 13_000) {
          const opening = nextWindowOpening(ms, w, zone).getTime();
          expect(opening).toBeGreaterThanOrEqual(ms);
          expect(opening - ms).toBeLessThan(15 * 86_400_000);
          if (!isInsideWindow(opening, w, zone))
            throw new Error(`${zone} ${JSON.stringify(w)} ${new Date(ms).toISOString()} → ${new Date(opening).toISOString()}`);
        }
  });
  it('supports a window to the end of the day', () => {
    const late: SendingWindow = { days: [1, 2, 3, 4, 5, 6, 0], start: '18:00', end: '24:00' };
    expect(isInsideWindow(at('2025-06-02T21:59:00Z'), late, 'Europe/Paris')).toBe(true);
    expect(isInsideWindow(at('2025-06-02T22:00:00Z'), late, 'Europe/Paris')).toBe(false);
  });
});

describe('validation', () => {
  it('rejects windows crossing midnight with a clear message', () => {
    const problems = validateSendingWindow({ days: [1], start: '22:00', end: '02:00' });
    expect(problems.join(' ')).toMatch(/cross midnight are not supported/);
    expect(() => isInsideWindow(new Date(), { days: [1], start: '22:00', end: '02:00' }, 'UTC')).toThrow(SendingWindowError);
  });
  it('rejects empty days and malformed times', () => {
    expect(validateSendingWindow({ days: [], start: '09:00', end: '17:00' })).toEqual(['Pick at least one day to send on.']);
    expect(validateSendingWindow({ days: [1], start: '9am', end: '17:00' })[0]).toMatch(/not a time/);
    expect(validateSendingWindow({ days: [7 as 0], start: '09:00', end: '17:00' })[0]).toMatch(/Days must be/);
    expect(validateSendingWindow(weekdays9to17)).toEqual([]);
  });
});

describe('words', () => {
  it('describes days and windows', () => {
    expect(describeWindow(weekdays9to17)).toBe('weekdays 09:00–17:00');
    expect(describeDays([0, 1, 2, 3, 4, 5, 6])).toBe('every day');
    expect(describeDays([1, 2, 3, 4])).toBe('Mon–Thu');
    expect(describeDays([1, 3, 5])).toBe('Mon, Wed and Fri');
    expect(describeDays([6, 0])).toBe('weekends');
    expect(describeDays([5, 6, 0])).toBe('Fri–Sun');
  });
  it('re-exports localDayKey for per-day counts', () => {
    expect(localDayKey(at('2025-03-30T22:30:00Z'), 'Europe/Paris')).toBe('2025-03-31');
  });
});
