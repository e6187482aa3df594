// When the next email of a sequence is due for one lead.
//
// Delay semantics: "3 days after the previous step" means three calendar days later in the
// recipient's zone, at the same wall-clock time the previous email went out (10:15 Monday →
// 10:15 Thursday, even when a DST change falls in between, so the delay is 71 or 73 hours then).
// A wall time that does not exist that day moves forward past the gap. The result is then pushed to
// the next opening of the sending window (a Saturday due date waits for Monday's opening).
import { DAY_MS, localMsToUtc, zoneOffsetMs } from './local-time';
import { nextWindowOpeningMs, type SendingWindow } from './sending-window';

export interface SequenceStep {
  /** 1-based, as workflow_steps.step_number. */
  stepNumber: number;
  /** 0 for the first step; N calendar days after the previous step for follow-ups. */
  daysAfterPrevious: number;
}

/** Why a lead gets no more emails from a campaign. */
export type StopReason = 'replied' | 'unsubscribed' | 'bounced' | 'left' | 'completed';

export interface LeadProgress {
  /** The last step sent (0 = none yet). */
  lastStepNumber: number;
  lastSentAt: Date | number | null;
  /** Set once the lead replied, unsubscribed, bounced or was removed from the campaign. */
  stoppedReason?: StopReason | null;
}

export type StepDue = { kind: 'due'; step: SequenceStep; dueAt: Date } | { kind: 'done'; reason: StopReason };

/** Steps sorted by number; throws when numbers repeat or delays are negative. */
export function orderSteps(steps: readonly SequenceStep[]): SequenceStep[] {
  const sorted = [...steps].sort((a, b) => a.stepNumber - b.stepNumber);
  for (let i = 0; i < sorted.length; i++) {
    const s = sorted[i]!;
    if (!Number.isInteger(s.daysAfterPrevious) || s.daysAfterPrevious < 0)
      throw new RangeError(`Step ${s.stepNumber}: the delay must be a whole number of days, 0 or more.`);
    if (i > 0 && sorted[i - 1]!.stepNumber === s.stepNumber) throw new RangeError(`Two steps are numbered ${s.stepNumber}.`);
  }
  return sorted;
}

/** `days` calendar days after `fromMs` in `zone`, at the same wall-clock time. */
export function addLocalDays(fromMs: number, days: number, zone: string): number {
  if (days === 0) return fromMs;
  const local = fromMs + zoneOffsetMs(zone, fromMs);
  return localMsToUtc(local + days * DAY_MS, zone);
}

/**
 * The next step for a lead and when it is due (never before `notBefore`, typically the
 * enrolment time for step 1). Nothing for a lead that stopped or finished the sequence.
 */
export function nextStepDue(
  progress: LeadProgress,
  steps: readonly SequenceStep[],
  window: SendingWindow,
  zone: string,
  notBefore: Date | number,
): StepDue {
  if (progress.stoppedReason) return { kind: 'done', reason: progress.stoppedReason };
  const ordered = orderSteps(steps);
  const step = ordered.find((s) => s.stepNumber > progress.lastStepNumber);
  if (!step) return { kind: 'done', reason: 'completed' };
  const notBeforeMs = typeof notBefore === 'number' ? notBefore : notBefore.getTime();
  const lastMs =
    progress.lastSentAt === null ? null : typeof progress.lastSentAt === 'number' ? progress.lastSentAt : progress.lastSentAt.getTime();
  const earliest = lastMs === null ? notBeforeMs : Math.max(notBeforeMs, addLocalDays(lastMs, step.daysAfterPrevious, zone));
  return { kind: 'due', step, dueAt: new Date(nextWindowOpeningMs(earliest, window, zone)) };
}

/** The due instant of a follow-up sent `daysAfterPrevious` after `sentAtMs`, inside the window. */
export function followUpDueMs(sentAtMs: number, daysAfterPrevious: number, window: SendingWindow, zone: string): number {
  return nextWindowOpeningMs(addLocalDays(sentAtMs, daysAfterPrevious, zone), window, zone);
}
