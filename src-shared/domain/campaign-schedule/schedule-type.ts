// When a campaign enrols its next batch of new leads ("a run"). Each run enrols up to leadsPerDay
// leads for the campaign-local day it falls on; their first emails then go out inside the sending
// window. Follow-ups do not wait for runs: they go out when due.
// - manual: never on its own; the user starts each batch.
// - immediate: at activation, then at the start of every campaign-local day.
// - scheduled: at `startAt`, then at the start of every campaign-local day.
// - daily: every day at `time`; weekly: on `days` at `time`; custom: when the cron pattern fires.
// All times are wall-clock times in the campaign's zone, DST-correct (gap → forward, overlap → first).
import { Cron } from 'croner';
import { DAY_MS, assertTimeZone, isValidTimeZone, localMinuteAndWeekday, localMsToUtc, parseClockTime } from './local-time';
import type { Weekday } from './sending-window';

export const SCHEDULE_TYPES = ['manual', 'immediate', 'scheduled', 'daily', 'weekly', 'custom'] as const;
export type ScheduleType = (typeof SCHEDULE_TYPES)[number];

export type CampaignSchedule =
  | { type: 'manual' }
  | { type: 'immediate' }
  | { type: 'scheduled'; startAt: Date }
  | { type: 'daily'; time: string }
  | { type: 'weekly'; days: readonly Weekday[]; time: string }
  | { type: 'custom'; cron: string };

/** The campaign row's columns, as the DB gives them. */
export interface ScheduleColumns {
  scheduleType: ScheduleType;
  scheduleTime?: string | null;
  scheduleDays?: readonly number[] | null;
  scheduleCron?: string | null;
  startDate?: Date | null;
}

export class ScheduleError extends Error {
  override name = 'ScheduleError';
}

/** Every problem with a schedule, in words a user can act on; empty when it is usable. */
export function validateSchedule(schedule: CampaignSchedule, zone?: string): string[] {
  const problems: string[] = [];
  if (zone !== undefined && !isValidTimeZone(zone)) problems.push(`"${zone}" is not a time zone.`);
  switch (schedule.type) {
    case 'manual':
    case 'immediate':
      break;
    case 'scheduled':
      if (!(schedule.startAt instanceof Date) || Number.isNaN(schedule.startAt.getTime()))
        problems.push('Pick the date and time to start.');
      break;
    case 'weekly':
    case 'daily': {
      if (schedule.type === 'weekly') {
        if (!schedule.days?.length) problems.push('Pick at least one day of the week.');
        else if (schedule.days.some((d) => !Number.isInteger(d) || d < 0 || d > 6))
          problems.push('Days must be 0 (Sunday) to 6 (Saturday).');
      }
      const minute = parseClockTime(schedule.time ?? '');
      if (minute === null || minute >= 24 * 60) problems.push(`"${schedule.time ?? ''}" is not a time like 08:30.`);
      break;
    }
    case 'custom': {
      const message = cronProblem(schedule.cron);
      if (message) problems.push(message);
      break;
    }
    default:
      problems.push(`Unknown schedule type "${(schedule as { type: string }).type}".`);
  }
  return problems;
}

/** A readable reason a cron pattern is unusable, or null. */
export function cronProblem(pattern: string): string | null {
  if (!pattern?.trim()) return 'Enter a cron expression, for example "0 9 * * 1-5" (09:00 on weekdays).';
  const parts = pattern.trim().split(/\s+/);
  if (!pattern.trim().startsWith('@') && parts.length !== 5)
    return `A cron expression has 5 fields (minute hour day month weekday); "${pattern}" has ${parts.length}.`;
  try {
    const cron = new Cron(pattern.trim(), { mode: '5-part' });
    if (!cron.nextRun(new Date())) return `"${pattern}" never fires.`;
    return null;
  } catch (error) {
    return `"${pattern}" is not a valid cron expression: ${error instanceof Error ? error.message : String(error)}.`;
  }
}

/** Reads the campaign's columns into a schedule; throws ScheduleError with every problem. */
export function scheduleFromColumns(columns: ScheduleColumns): CampaignSchedule {
  let schedule: CampaignSchedule;
  switch (columns.scheduleType) {
    case 'scheduled':
      schedule = { type: 'scheduled', startAt: columns.startDate ?? new Date(Number.NaN) };
      break;
    case 'daily':
      schedule = { type: 'daily', time: columns.scheduleTime ?? '' };
      break;
    case 'weekly':
      schedule = { type: 'weekly', days: (columns.scheduleDays ?? []) as Weekday[], time: columns.scheduleTime ?? '' };
      break;
    case 'custom':
      schedule = { type: 'custom', cron: columns.scheduleCron ?? '' };
      break;
    default:
      schedule = { type: columns.scheduleType } as CampaignSchedule;
  }
  const problems = validateSchedule(schedule);
  if (problems.length) throw new ScheduleError(problems.join(' '));
  return schedule;
}

const crons = new Map<string, Cron>();

function cronFor(pattern: string, zone: string): Cron {
  const key = `${zone}\u0000${pattern}`;
  let cron = crons.get(key);
  if (!cron) {
    const problem = cronProblem(pattern);
    if (problem) throw new ScheduleError(problem);
    // No callback: croner only computes dates, it starts no timer.
    cron = new Cron(pattern.trim(), { timezone: zone, mode: '5-part' });
    crons.set(key, cron);
  }
  return cron;
}

/** The next local midnight strictly after `ms`. */
function nextLocalMidnight(ms: number, zone: string): number {
  const { dayNumber } = localMinuteAndWeekday(ms, zone);
  return localMsToUtc((dayNumber + 1) * DAY_MS, zone);
}

/** Next instant strictly after `ms` at local `minute` on a day in `dayMask`. */
function nextAtLocalTime(ms: number, minute: number, dayMask: number, zone: string): number {
  const { dayNumber } = localMinuteAndWeekday(ms, zone);
  for (let d = dayNumber; d <= dayNumber + 8; d++) {
    const weekday = (((d + 4) % 7) + 7) % 7;
    if ((dayMask & (1 << weekday)) === 0) continue;
    const at = localMsToUtc(d * DAY_MS + minute * 60_000, zone);
    if (at > ms) return at;
  }
  throw new ScheduleError('The schedule never fires.');
}

/**
 * The first run strictly after `instant`, or null when the schedule will not run again on its own
 * (manual; a `scheduled` start only counts as a run while it is in the future — after it, the
 * campaign runs each local day like `immediate`).
 */
export function nextRunAfter(instant: Date | number, schedule: CampaignSchedule, zone: string): Date | null {
  const ms = nextRunAfterMs(typeof instant === 'number' ? instant : instant.getTime(), schedule, zone);
  return ms === null ? null : new Date(ms);
}

export function nextRunAfterMs(ms: number, schedule: CampaignSchedule, zone: string): number | null {
  assertTimeZone(zone);
  switch (schedule.type) {
    case 'manual':
      return null;
    case 'immediate':
      return nextLocalMidnight(ms, zone);
    case 'scheduled': {
      const start = schedule.startAt.getTime();
      return start > ms ? start : nextLocalMidnight(ms, zone);
    }
    case 'daily':
      return nextAtLocalTime(ms, requireMinute(schedule.time), 0x7f, zone);
    case 'weekly': {
      let mask = 0;
      for (const d of schedule.days) mask |= 1 << d;
      return nextAtLocalTime(ms, requireMinute(schedule.time), mask, zone);
    }
    case 'custom':
      return cronFor(schedule.cron, zone).nextRun(new Date(ms))?.getTime() ?? null;
  }
}

function requireMinute(time: string): number {
  const minute = parseClockTime(time);
  if (minute === null || minute >= 24 * 60) throw new ScheduleError(`"${time}" is not a time like 08:30.`);
  return minute;
}

/**
 * The run a scheduler tick at `now` should act on: the latest run in (lastRunAt, now], or null.
 * Runs missed while the app was closed collapse into this one, so downtime never enrols several
 * days of leads at once. For a campaign that never ran, `activatedAt` counts as a run for
 * immediate campaigns (and `startAt` for scheduled ones), and runs before it never count.
 */
export function dueRun(
  lastRunAt: Date | number | null,
  now: Date | number,
  schedule: CampaignSchedule,
  zone: string,
  activatedAt?: Date | number | null,
): Date | null {
  const nowMs = typeof now === 'number' ? now : now.getTime();
  const lastMs = lastRunAt === null ? null : typeof lastRunAt === 'number' ? lastRunAt : lastRunAt.getTime();
  const activatedMs = activatedAt == null ? null : typeof activatedAt === 'number' ? activatedAt : activatedAt.getTime();
  if (schedule.type === 'manual') return null;
  if (lastMs === null) {
    // The first run of a campaign that never ran: its activation (immediate) or its start (scheduled),
    // or a later local midnight if the tick comes after that.
    const start =
      schedule.type === 'immediate' ? (activatedMs ?? nowMs) : schedule.type === 'scheduled' ? schedule.startAt.getTime() : null;
    if (start !== null) return start <= nowMs ? new Date(latestRunBefore(nowMs, schedule, zone, start) ?? start) : null;
  }
  // Runs before activation never count: a daily 08:00 campaign activated at 09:00 first runs tomorrow.
  const floor = lastMs ?? (activatedMs !== null ? activatedMs - 1 : nowMs - 8 * DAY_MS);
  const latest = latestRunBefore(nowMs, schedule, zone, floor);
  return latest !== null && latest > floor ? new Date(latest) : null;
}

/** The latest run in (from, now], scanning forward at most ~8 days back from now. */
function latestRunBefore(nowMs: number, schedule: CampaignSchedule, zone: string, fromMs: number): number | null {
  if (schedule.type === 'custom') {
    const previous =
      cronFor(schedule.cron, zone)
        .previousRuns(1, new Date(nowMs + 1000))[0]
        ?.getTime() ?? null;
    return previous !== null && previous <= nowMs && previous > fromMs ? previous : null;
  }
  let cursor = Math.max(fromMs, nowMs - 8 * DAY_MS);
  let latest: number | null = null;
  for (let i = 0; i < 64; i++) {
    const next = nextRunAfterMs(cursor, schedule, zone);
    if (next === null || next > nowMs) break;
    latest = next;
    cursor = next;
  }
  return latest;
}
