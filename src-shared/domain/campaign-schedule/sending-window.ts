// The sending window: on which days of the week and between which local times emails may go out,
// read in a zone (the campaign's fixed zone or the recipient's). Windows that cross midnight
// ("22:00–02:00") are rejected: nobody's business hours do, and splitting one window over two
// local days would make "leads per day" ambiguous.
import {
  DAY_MS,
  MINUTE_MS,
  assertTimeZone,
  firstInstantAtOrAfterLocal,
  formatClockTime,
  localMinuteAndWeekday,
  parseClockTime,
} from './local-time';

export { localDayKey } from './local-time';

/** 0 = Sunday … 6 = Saturday, as Date#getDay. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export const WEEKDAYS: readonly Weekday[] = [1, 2, 3, 4, 5];
export const ALL_DAYS: readonly Weekday[] = [0, 1, 2, 3, 4, 5, 6];

/** As stored with a campaign: `{ days: [1,2,3,4,5], start: '09:00', end: '17:00' }`. */
export interface SendingWindow {
  days: readonly Weekday[];
  /** "HH:MM", inclusive. */
  start: string;
  /** "HH:MM", exclusive; "24:00" means the end of the day. */
  end: string;
}

interface CompiledWindow {
  dayMask: number;
  startMinute: number;
  endMinute: number;
}

export class SendingWindowError extends Error {
  override name = 'SendingWindowError';
}

/** Every problem with a window, in words a user can act on; empty when it is usable. */
export function validateSendingWindow(window: SendingWindow): string[] {
  const problems: string[] = [];
  if (!Array.isArray(window.days) || window.days.length === 0) problems.push('Pick at least one day to send on.');
  else if (window.days.some((d) => !Number.isInteger(d) || d < 0 || d > 6)) problems.push('Days must be 0 (Sunday) to 6 (Saturday).');
  const start = parseClockTime(window.start ?? '');
  const end = parseClockTime(window.end ?? '');
  if (start === null || start >= 24 * 60) problems.push(`Start time "${window.start}" is not a time like 09:00.`);
  if (end === null || end === 0) problems.push(`End time "${window.end}" is not a time like 17:00.`);
  if (start !== null && end !== null && end !== 0 && start < 24 * 60 && end <= start)
    problems.push(
      `The window ends (${window.end}) before it starts (${window.start}). Windows that cross midnight are not supported: end the window at 24:00.`,
    );
  return problems;
}

const compiled = new WeakMap<SendingWindow, CompiledWindow>();

function compile(window: SendingWindow): CompiledWindow {
  let c = compiled.get(window);
  if (!c) {
    const problems = validateSendingWindow(window);
    if (problems.length > 0) throw new SendingWindowError(problems.join(' '));
    let dayMask = 0;
    for (const d of window.days) dayMask |= 1 << d;
    c = { dayMask, startMinute: parseClockTime(window.start)!, endMinute: parseClockTime(window.end)! };
    compiled.set(window, c);
  }
  return c;
}

function toMs(instant: Date | number): number {
  return typeof instant === 'number' ? instant : instant.getTime();
}

/** Is the wall clock in `zone` at `instant` on a window day, between start (inclusive) and end (exclusive)? */
export function isInsideWindow(instant: Date | number, window: SendingWindow, zone: string): boolean {
  const w = compile(window);
  const { minute, weekday } = localMinuteAndWeekday(toMs(instant), zone);
  return (w.dayMask & (1 << weekday)) !== 0 && minute >= w.startMinute && minute < w.endMinute;
}

/** Is the local day of `instant` one of the window's days? (Runs enrol new leads only on those.) */
export function isWindowDay(instant: Date | number, window: SendingWindow, zone: string): boolean {
  return (compile(window).dayMask & (1 << localMinuteAndWeekday(toMs(instant), zone).weekday)) !== 0;
}

/** The window's opening and closing instants on the local day `dayNumber` (days since 1970-01-01), or null off-days. */
export function windowOnLocalDay(dayNumber: number, window: SendingWindow, zone: string): { opensAt: number; closesAt: number } | null {
  const w = compile(window);
  const weekday = (((dayNumber + 4) % 7) + 7) % 7;
  if ((w.dayMask & (1 << weekday)) === 0) return null;
  const midnight = dayNumber * DAY_MS;
  // Wall-clock reading: a start or end inside a spring-forward gap takes effect when the gap ends.
  const opensAt = firstInstantAtOrAfterLocal(midnight + w.startMinute * MINUTE_MS, zone);
  const closesAt = firstInstantAtOrAfterLocal(midnight + w.endMinute * MINUTE_MS, zone);
  // A window that lies wholly in a spring-forward gap (02:00–02:45) has no minute to send in.
  return closesAt > opensAt ? { opensAt, closesAt } : null;
}

/**
 * The first instant at or after `instant` that is inside the window: `instant` itself when it is
 * already inside, else the next opening. A window start inside a DST gap opens when the gap ends.
 * (In the repeated hour of a fall-back night, a window that has closed is not reopened: the next
 * opening is the next day's.)
 */
export function nextWindowOpening(instant: Date | number, window: SendingWindow, zone: string): Date {
  return new Date(nextWindowOpeningMs(toMs(instant), window, zone));
}

export function nextWindowOpeningMs(instantMs: number, window: SendingWindow, zone: string): number {
  assertTimeZone(zone);
  if (isInsideWindow(instantMs, window, zone)) return instantMs;
  const { dayNumber } = localMinuteAndWeekday(instantMs, zone);
  // A week always reaches a window day; two cover a one-day window lost in a DST gap.
  for (let d = dayNumber; d <= dayNumber + 15; d++) {
    const day = windowOnLocalDay(d, window, zone);
    if (!day) continue;
    if (day.opensAt >= instantMs) return day.opensAt;
  }
  throw new SendingWindowError('The sending window never opens.');
}

/** When the window that contains `instant` closes, or null when `instant` is outside it. */
export function windowClosingAfter(instantMs: number, window: SendingWindow, zone: string): number | null {
  if (!isInsideWindow(instantMs, window, zone)) return null;
  const { dayNumber } = localMinuteAndWeekday(instantMs, zone);
  return windowOnLocalDay(dayNumber, window, zone)?.closesAt ?? null;
}

const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
const SHORT_DAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;

export function dayName(day: number): string {
  return DAY_NAMES[day] ?? String(day);
}

/** "weekdays", "every day", "weekends", "Mon–Thu", "Mon, Wed and Fri". */
export function describeDays(days: readonly number[]): string {
  const set = [...new Set(days)].sort((a, b) => a - b);
  const key = set.join('');
  if (key === '0123456') return 'every day';
  if (key === '12345') return 'weekdays';
  if (key === '06') return 'weekends';
  // Monday-first order reads naturally and lets "Mon–Sun" be one run.
  const mondayFirst = set.map((d) => (d + 6) % 7).sort((a, b) => a - b);
  const isRun = mondayFirst.length >= 3 && mondayFirst.every((d, i) => i === 0 || d === mondayFirst[i - 1]! + 1);
  const names = mondayFirst.map((d) => SHORT_DAY_NAMES[(d + 1) % 7]!);
  if (isRun) return `${names[0]}–${names[names.length - 1]}`;
  return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** "weekdays 09:00–17:00". */
export function describeWindow(window: SendingWindow): string {
  const w = compile(window);
  return `${describeDays(window.days)} ${formatClockTime(w.startMinute)}–${formatClockTime(w.endMinute)}`;
}
