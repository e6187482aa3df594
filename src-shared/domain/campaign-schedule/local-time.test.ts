import { describe, expect, it } from 'vitest';
import { localDayKey, wallTime, zonedTimeToUtc, zoneOffsetMs, parseClockTime, isValidTimeZone } from './local-time';

const iso = (ms: number) => new Date(ms).toISOString();

describe('wall time of an instant', () => {
  it('reads Paris across the March and October changes', () => {
    expect(wallTime(Date.parse('2025-03-30T00:59:00Z'), 'Europe/Paris')).toMatchObject({ hour: 1, minute: 59 });
    expect(wallTime(Date.parse('2025-03-30T01:00:00Z'), 'Europe/Paris')).toMatchObject({ hour: 3, minute: 0, weekday: 0 });
    expect(wallTime(Date.parse('2025-10-26T00:30:00Z'), 'Europe/Paris')).toMatchObject({ hour: 2, minute: 30 });
    expect(wallTime(Date.parse('2025-10-26T01:30:00Z'), 'Europe/Paris')).toMatchObject({ hour: 2, minute: 30 });
  });
  it('knows the southern hemisphere runs the other way', () => {
    expect(zoneOffsetMs('Australia/Sydney', Date.parse('2025-01-15T00:00:00Z'))).toBe(11 * 3600_000);
    expect(zoneOffsetMs('Australia/Sydney', Date.parse('2025-07-15T00:00:00Z'))).toBe(10 * 3600_000);
  });
  it('gives the local day key, which differs from the UTC day near midnight', () => {
    expect(localDayKey(Date.parse('2025-06-01T23:30:00Z'), 'Europe/Paris')).toBe('2025-06-02');
    expect(localDayKey(Date.parse('2025-06-01T02:30:00Z'), 'America/New_York')).toBe('2025-05-31');
    expect(localDayKey(new Date('2025-06-01T13:00:00Z'), 'Pacific/Auckland')).toBe('2025-06-02');
  });
});

describe('local time to UTC', () => {
  it('converts ordinary times', () => {
    expect(iso(zonedTimeToUtc({ year: 2025, month: 6, day: 2 }, 9 * 60, 'Europe/Paris'))).toBe('2025-06-02T07:00:00.000Z');
    expect(iso(zonedTimeToUtc({ year: 2025, month: 1, day: 6 }, 9 * 60, 'America/New_York'))).toBe('2025-01-06T14:00:00.000Z');
  });
  it('moves a time in the spring-forward gap forward by the gap', () => {
    // Paris, 30 March 2025: 02:00 → 03:00.
    expect(iso(zonedTimeToUtc({ year: 2025, month: 3, day: 30 }, 2 * 60 + 30, 'Europe/Paris'))).toBe('2025-03-30T01:30:00.000Z');
    expect(wallTime(zonedTimeToUtc({ year: 2025, month: 3, day: 30 }, 150, 'Europe/Paris'), 'Europe/Paris')).toMatchObject({
      hour: 3,
      minute: 30,
    });
    // New York, 9 March 2025: 02:00 → 03:00.
    expect(iso(zonedTimeToUtc({ year: 2025, month: 3, day: 9 }, 2 * 60 + 15, 'America/New_York'))).toBe('2025-03-09T07:15:00.000Z');
    // Sydney, 5 October 2025: 02:00 → 03:00.
    expect(wallTime(zonedTimeToUtc({ year: 2025, month: 10, day: 5 }, 2 * 60 + 30, 'Australia/Sydney'), 'Australia/Sydney')).toMatchObject({
      hour: 3,
      minute: 30,
    });
  });
  it('takes the first occurrence of a time in the fall-back overlap', () => {
    // Paris, 26 October 2025: 02:30 happens at 00:30Z (CEST) and 01:30Z (CET).
    expect(iso(zonedTimeToUtc({ year: 2025, month: 10, day: 26 }, 150, 'Europe/Paris'))).toBe('2025-10-26T00:30:00.000Z');
    // New York, 2 November 2025: 01:30 happens at 05:30Z (EDT) and 06:30Z (EST).
    expect(iso(zonedTimeToUtc({ year: 2025, month: 11, day: 2 }, 90, 'America/New_York'))).toBe('2025-11-02T05:30:00.000Z');
    // Sydney, 6 April 2025: 02:30 happens at 15:30Z (AEDT) and 16:30Z (AEST) on the 5th.
    expect(iso(zonedTimeToUtc({ year: 2025, month: 4, day: 6 }, 150, 'Australia/Sydney'))).toBe('2025-04-05T15:30:00.000Z');
  });
  it('round-trips every quarter hour of a DST year in several zones', () => {
    for (const zone of ['Europe/Paris', 'America/New_York', 'Australia/Sydney', 'Asia/Kolkata', 'Australia/Lord_Howe']) {
      for (let ms = Date.parse('2025-01-01T00:00:00Z'); ms < Date.parse('2026-01-01T00:00:00Z'); ms += 6 * 3600_000 + 15 * 60_000) {
        const w = wallTime(ms, zone);
        const back = zonedTimeToUtc(w, w.hour * 60 + w.minute, zone) + w.second * 1000;
        // Only the second occurrence of an overlap hour maps back to the first.
        if (back !== ms) expect(ms - back).toBeGreaterThan(0);
        expect(wallTime(back, zone)).toMatchObject({ hour: w.hour, minute: w.minute, day: w.day });
      }
    }
  });
});

describe('clock times and zones', () => {
  it('parses HH:MM and refuses nonsense', () => {
    expect(parseClockTime('09:00')).toBe(540);
    expect(parseClockTime('9:05')).toBe(545);
    expect(parseClockTime('24:00')).toBe(1440);
    expect(parseClockTime('24:30')).toBeNull();
    expect(parseClockTime('9h')).toBeNull();
    expect(parseClockTime('12:60')).toBeNull();
  });
  it('recognises IANA zones', () => {
    expect(isValidTimeZone('Europe/Paris')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
  });
});
