// How many new leads a campaign may enrol at a run. The scheduler tick and the dry-run planner
// both ask this, so the review calendar and reality agree.
import { localDayKey } from './local-time';
import { dueRun, type CampaignSchedule } from './schedule-type';
import { isWindowDay, type SendingWindow } from './sending-window';

export interface EnrolmentRules {
  leadsPerDay: number;
  schedule: CampaignSchedule;
  window: SendingWindow;
  /** Runs and campaign-local days are read here. */
  campaignZone: string;
  startDate?: Date | null;
  endDate?: Date | null;
}

export interface Enrolment {
  runAt: Date;
  /** The campaign-local day the enrolled leads count against ("YYYY-MM-DD"). */
  dayKey: string;
  /** Leads that may be enrolled now (0 when the day is full). */
  allowed: number;
}

/**
 * The room for new leads at a run instant: none before startDate, after endDate, or on a day that
 * is not a sending day (leads enrolled on a Saturday would all go out on Monday on top of Monday's);
 * otherwise leadsPerDay minus those already enrolled that campaign-local day.
 */
export function enrolmentRoom(runMs: number, rules: EnrolmentRules, enrolledThatDay: number): number {
  if (rules.startDate && runMs < rules.startDate.getTime()) return 0;
  if (rules.endDate && runMs > rules.endDate.getTime()) return 0;
  if (!isWindowDay(runMs, rules.window, rules.campaignZone)) return 0;
  return Math.max(0, rules.leadsPerDay - enrolledThatDay);
}

/**
 * What a scheduler tick at `now` may enrol: the due run (missed runs collapse into the latest, so
 * a laptop waking after three days enrols one day of leads, not three) and its room. Null when no
 * run is due. The caller records `runAt` as campaigns.last_run_at once it has enrolled.
 */
export function enrolmentAt(
  now: Date | number,
  rules: EnrolmentRules,
  lastRunAt: Date | null,
  enrolledOnDay: (dayKey: string) => number,
  activatedAt?: Date | null,
): Enrolment | null {
  const nowMs = typeof now === 'number' ? now : now.getTime();
  const run = dueRun(lastRunAt, nowMs, rules.schedule, rules.campaignZone, activatedAt);
  if (!run) return null;
  const dayKey = localDayKey(run, rules.campaignZone);
  return { runAt: run, dayKey, allowed: enrolmentRoom(run.getTime(), rules, enrolledOnDay(dayKey)) };
}
