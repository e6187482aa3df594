// Wall-clock time in an IANA zone, and back. Everything else in the scheduler stands on these two
// conversions, so they are cached: planning 10,000 leads asks for the offset of the same zones
// hundreds of thousands of times.
//
// Local → UTC rule (the same as Temporal's "compatible" disambiguation):
// - a wall time that does not exist (spring-forward gap, e.g. 02:30 in Paris on the last Sunday of
//   March) moves forward by the length of the gap: 02:30 → 03:30 CEST;
// - a wall time that exists twice (fall-back overlap, e.g. 02:30 on the last Sunday of October)
//   means its first occurrence: 02:30 CEST, not 02:30 CET.

export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

/** A calendar date with no zone: month is 1–12. */
export interface LocalDate {
  year: number;
  month: number;
  day: number;
}

export interface LocalDateTime extends LocalDate {
  hour: number;
  minute: number;
  second: number;
  /** 0 = Sunday … 6 = Saturday, as Date#getDay. */
  weekday: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
const validity = new Map<string, boolean>();

/** True for any zone this runtime's Intl knows (IANA names, "UTC"). */
export function isValidTimeZone(zone: string): boolean {
  let known = validity.get(zone);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: zone });
      known = zone.length > 0;
    } catch {
      known = false;
    }
    validity.set(zone, known);
  }
  return known;
}

export function assertTimeZone(zone: string): void {
  if (!isValidTimeZone(zone)) throw new RangeError(`Unknown time zone "${zone}"`);
}

function formatterFor(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    assertTimeZone(zone);
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, f);
  }
  return f;
}

function offsetFromIntl(zone: string, ms: number): number {
  const parts = formatterFor(zone).formatToParts(new Date(ms));
  const v: Record<string, number> = {};
  for (const p of parts) if (p.type !== 'literal') v[p.type] = Number(p.value);
  const asUtc = Date.UTC(v.year!, v.month! - 1, v.day!, v.hour! % 24, v.minute!, v.second!);
  return asUtc - Math.floor(ms / 1000) * 1000;
}

// Every real offset change since the 1970s happens on a quarter hour, so the offset is constant
// within a 15-minute bucket and can be cached per bucket.
const BUCKET_MS = 15 * MINUTE_MS;
const offsetCache = new Map<string, Map<number, number>>();

/** Milliseconds to add to a UTC instant to read the wall clock in `zone` at that instant. */
export function zoneOffsetMs(zone: string, instantMs: number): number {
  let perZone = offsetCache.get(zone);
  if (!perZone) {
    perZone = new Map();
    offsetCache.set(zone, perZone);
  }
  const bucket = Math.floor(instantMs / BUCKET_MS);
  let offset = perZone.get(bucket);
  if (offset === undefined) {
    offset = offsetFromIntl(zone, bucket * BUCKET_MS);
    if (perZone.size > 200_000) perZone.clear();
    perZone.set(bucket, offset);
  }
  return offset;
}

/** The wall clock in `zone` at an instant. */
export function wallTime(instant: Date | number, zone: string): LocalDateTime {
  const ms = typeof instant === 'number' ? instant : instant.getTime();
  const d = new Date(ms + zoneOffsetMs(zone, ms));
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    weekday: d.getUTCDay(),
  };
}

/** Minutes since local midnight and weekday, without building an object per field. */
export function localMinuteAndWeekday(instantMs: number, zone: string): { minute: number; weekday: number; dayNumber: number } {
  const local = instantMs + zoneOffsetMs(zone, instantMs);
  const dayNumber = Math.floor(local / DAY_MS);
  const minute = Math.floor((local - dayNumber * DAY_MS) / MINUTE_MS);
  // 1970-01-01 was a Thursday.
  const weekday = (((dayNumber + 4) % 7) + 7) % 7;
  return { minute, weekday, dayNumber };
}

/**
 * The instant at which the wall clock in `zone` shows the given date and minute of day.
 * Gap: moves forward by the gap's length. Overlap: the first occurrence. (See the top of the file.)
 */
export function zonedTimeToUtc(date: LocalDate, minuteOfDay: number, zone: string): number {
  const localMs = Date.UTC(date.year, date.month - 1, date.day) + minuteOfDay * MINUTE_MS;
  return localMsToUtc(localMs, zone);
}

/** Same as zonedTimeToUtc for a "local epoch" value (wall time written as if it were UTC). */
export function localMsToUtc(localMs: number, zone: string): number {
  // No zone changes offset twice within a day, so the offsets a day either side are the only
  // candidates.
  const before = zoneOffsetMs(zone, localMs - DAY_MS);
  const after = zoneOffsetMs(zone, localMs + DAY_MS);
  let best: number | null = null;
  for (const offset of before === after ? [before] : [before, after]) {
    const candidate = localMs - offset;
    if (zoneOffsetMs(zone, candidate) === offset && (best === null || candidate < best)) best = candidate;
  }
  if (best !== null) return best;
  // In the gap: read the wall time with the offset in force before it, which lands after the gap.
  return localMs - before;
}

/**
 * The first instant whose wall clock reads `localMs` or later. Same as localMsToUtc except in a
 * gap, where it is the end of the gap (a window starting at 02:30 opens at 03:00 on the night
 * clocks jump from 02:00 to 03:00), not the shifted time.
 */
export function firstInstantAtOrAfterLocal(localMs: number, zone: string): number {
  const c = localMsToUtc(localMs, zone);
  const offset = zoneOffsetMs(zone, c);
  if (c + offset === localMs) return c;
  for (let b = Math.floor((c - 3 * HOUR_MS) / BUCKET_MS) * BUCKET_MS; b < c; b += BUCKET_MS) if (zoneOffsetMs(zone, b) === offset) return b;
  return c;
}

/** "YYYY-MM-DD" of the local day an instant falls on in `zone`. */
export function localDayKey(instant: Date | number, zone: string): string {
  const ms = typeof instant === 'number' ? instant : instant.getTime();
  return dayNumberToKey(Math.floor((ms + zoneOffsetMs(zone, ms)) / DAY_MS));
}

/** Days since 1970-01-01 → "YYYY-MM-DD". */
export function dayNumberToKey(dayNumber: number): string {
  return new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);
}

export function dayNumberToDate(dayNumber: number): LocalDate {
  const d = new Date(dayNumber * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function localDayNumber(instantMs: number, zone: string): number {
  return Math.floor((instantMs + zoneOffsetMs(zone, instantMs)) / DAY_MS);
}

/** "HH:MM" (00:00–24:00) → minutes since midnight, or null when malformed. */
export function parseClockTime(text: string): number | null {
  const m = /^([01]?\d|2[0-4]):([0-5]\d)$/.exec(text.trim());
  if (!m) return null;
  const minutes = Number(m[1]) * 60 + Number(m[2]);
  return minutes > 24 * 60 ? null : minutes;
}

export function formatClockTime(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
