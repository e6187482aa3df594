// A campaign's schedule in words, for the campaigns list:
// "weekdays 09:00–17:00 recipient time, 50 new leads a day".
import { CronPattern } from 'croner';
import { formatClockTime, parseClockTime } from './local-time';
import type { ZoneMode } from './recipient-time-zone';
import type { CampaignSchedule } from './schedule-type';
import { dayName, describeDays, describeWindow, type SendingWindow } from './sending-window';

export interface ScheduleSummaryInput {
  schedule: CampaignSchedule;
  window: SendingWindow;
  zoneMode: ZoneMode;
  /** The campaign's zone: where schedule times are read (and the window too in fixed mode). */
  campaignZone: string;
  leadsPerDay: number;
}

function listWords(words: string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

function clock(time: string): string {
  const m = parseClockTime(time);
  return m === null ? time : formatClockTime(m);
}

/** "daily at 08:30 Europe/Paris", "every Monday and Thursday at 10:00", "at 09:00 on weekdays (cron)". */
export function describeRuns(schedule: CampaignSchedule, zone: string): string {
  switch (schedule.type) {
    case 'manual':
      return 'started by hand';
    case 'immediate':
      return 'starts right away';
    case 'scheduled':
      return `starts ${formatInstant(schedule.startAt, zone)} ${zone}`;
    case 'daily':
      return `daily at ${clock(schedule.time)} ${zone}`;
    case 'weekly': {
      const days = [...new Set(schedule.days)].sort((a, b) => ((a + 6) % 7) - ((b + 6) % 7));
      return `every ${listWords(days.map(dayName))} at ${clock(schedule.time)} ${zone}`;
    }
    case 'custom':
      return `${describeCron(schedule.cron)} ${zone}`;
  }
}

function formatInstant(at: Date, zone: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone: zone, dateStyle: 'medium', timeStyle: 'short', hourCycle: 'h23' }).format(at);
}

function setIndexes(flags: readonly number[], offset = 0): number[] {
  const out: number[] = [];
  flags.forEach((f, i) => {
    if (f) out.push(i + offset);
  });
  return out;
}

/**
 * Plain words for the cron patterns people write ("at 09:00 and 14:00 on weekdays", "every 15
 * minutes"); anything else is shown as the pattern itself.
 */
export function describeCron(pattern: string): string {
  let parsed: CronPattern;
  try {
    parsed = new CronPattern(pattern.trim(), undefined, { mode: '5-part' });
  } catch {
    return `cron "${pattern}"`;
  }
  const minutes = setIndexes(parsed.minute);
  const hours = setIndexes(parsed.hour);
  const days = parsed.starDOW ? null : setIndexes(parsed.dayOfWeek).map((d) => d % 7);
  const simpleDates =
    parsed.starDOM &&
    parsed.starYear &&
    setIndexes(parsed.month).length === 12 &&
    !parsed.lastDayOfMonth &&
    !parsed.lastWeekday &&
    parsed.nearestWeekdays.every((n) => !n);
  if (!simpleDates) return `cron "${pattern.trim()}"`;
  const dayText = days === null ? 'every day' : `on ${describeDaysLong(days)}`;
  if (minutes.length <= 4 && hours.length <= 6 && minutes.length * hours.length <= 8) {
    const times = hours.flatMap((h) => minutes.map((m) => formatClockTime(h * 60 + m)));
    return `at ${listWords(times)} ${dayText}`;
  }
  const step = minutes.length > 1 ? minutes[1]! - minutes[0]! : 0;
  if (hours.length === 24 && minutes[0] === 0 && minutes.every((m, i) => m === i * step)) return `every ${step} minutes ${dayText}`;
  return `cron "${pattern.trim()}"`;
}

function describeDaysLong(days: number[]): string {
  const short = describeDays(days);
  if (days.length === 1) return dayName(days[0]!) + 's';
  return short;
}

function describeWindowIn(window: SendingWindow, zoneMode: ZoneMode): string {
  const where = zoneMode.kind === 'recipient' ? 'recipient time' : zoneMode.zone;
  return `${describeWindow(window)} ${where}`;
}

/** The whole line for the campaigns list. */
export function describeSchedule(input: ScheduleSummaryInput): string {
  const leads = `${input.leadsPerDay} new ${input.leadsPerDay === 1 ? 'lead' : 'leads'}`;
  const window = describeWindowIn(input.window, input.zoneMode);
  switch (input.schedule.type) {
    case 'immediate':
      return `${window}, ${leads} a day`;
    case 'manual':
      return `${window}, ${leads} per batch, started by hand`;
    case 'scheduled':
      return `${window}, ${leads} a day, ${describeRuns(input.schedule, input.campaignZone)}`;
    default:
      return `${describeRuns(input.schedule, input.campaignZone)}: ${leads} each time, sent ${window}`;
  }
}
