// Dry run of a campaign: simulates the scheduler from `from` with the same building blocks it
// uses (runs, window, step delays, caps ledger) and reports, per campaign-local day, how many first
// emails and follow-ups go out and from which account, plus when the whole audience is done.
// Assumptions, said in the review screen: nobody replies (the busiest case), every send succeeds,
// and the app is running.
//
// Rules the scheduler follows and this replays:
// - a run enrols up to leadsPerDay new leads for its campaign-local day, on the window's days only;
//   no run before startDate, none after endDate (leads already enrolled still get their follow-ups);
// - follow-ups go before first emails, and from the account that sent the lead's first email (one
//   thread, one mailbox); first emails rotate among the accounts;
// - caps always win: a send that would break an account's hourly or daily cap waits.
import { DAY_MS, dayNumberToKey, localDayNumber } from './local-time';
import { zoneForLead, type ZoneMode } from './recipient-time-zone';
import { dueRun, nextRunAfterMs, type CampaignSchedule } from './schedule-type';
import { SendLedger, type SendingAccountCaps } from './send-caps';
import { enrolmentRoom } from './enrolment';
import { isInsideWindow, nextWindowOpeningMs, type SendingWindow } from './sending-window';
import { DueQueue, Fifo, type QueueItem } from './queues';
import { followUpDueMs, orderSteps, type LeadProgress, type SequenceStep } from './step-due';

export interface CampaignPlanSettings {
  leadsPerDay: number;
  schedule: CampaignSchedule;
  window: SendingWindow;
  zoneMode: ZoneMode;
  /** Where runs, local days and leadsPerDay are counted (the fixed zone, or the user's own). */
  campaignZone: string;
  startDate?: Date | null;
  endDate?: Date | null;
  steps: readonly SequenceStep[];
  /** The last run already made (campaigns.last_run_at); null for a campaign not started yet. */
  lastRunAt?: Date | null;
  /** New leads already enrolled on the current campaign-local day. */
  enrolledToday?: number;
}

export interface PlanLead {
  id: string;
  /** The recipient's zone (inferRecipientTimeZone), used in recipient mode. */
  zone?: string | null;
  /** Where the lead is in the sequence; absent for a lead not enrolled yet. */
  progress?: (LeadProgress & { accountId?: string | null }) | null;
}

export interface PlanInput {
  settings: CampaignPlanSettings;
  audience: readonly PlanLead[];
  accounts: readonly SendingAccountCaps[];
  from: Date | number;
  /** Days in the calendar (14). */
  days?: number;
  /** How far to keep simulating for the projected finish (365 days). */
  projectionDays?: number;
  /** Return every planned send (tests, debugging). */
  recordSends?: boolean;
}

export interface PlanDayAccount {
  firstEmails: number;
  followUps: number;
}

export interface PlanDay {
  /** Campaign-local day, "YYYY-MM-DD". */
  date: string;
  newLeads: number;
  firstEmails: number;
  followUps: number;
  byAccount: Record<string, PlanDayAccount>;
}

export interface PlannedSend {
  leadId: string;
  stepNumber: number;
  accountId: string;
  at: number;
}

export interface CalendarPlan {
  days: PlanDay[];
  /** When the last email to the audience is projected to go out; null if not within projectionDays. */
  projectedFinish: Date | null;
  /** Leads still waiting for their first email at the end of the projection. */
  leadsNotStarted: number;
  totalSends: number;
  warnings: string[];
  sends?: PlannedSend[];
}

export function planCalendar(input: PlanInput): CalendarPlan {
  const { settings, audience, accounts } = input;
  const fromMs = typeof input.from === 'number' ? input.from : input.from.getTime();
  const calendarDays = input.days ?? 14;
  const steps = orderSteps(settings.steps);
  const zone = settings.campaignZone;
  const window = settings.window;
  const warnings: string[] = [];
  const ledger = new SendLedger(accounts, fromMs);
  const firstDay = localDayNumber(fromMs, zone);
  const endMs = fromMs + (input.projectionDays ?? 365) * DAY_MS;
  const startMs = settings.startDate ? Math.max(fromMs, settings.startDate.getTime()) : fromMs;

  const days: PlanDay[] = [];
  for (let d = 0; d < calendarDays; d++) {
    const byAccount: Record<string, PlanDayAccount> = {};
    for (const a of accounts) byAccount[a.id] = { firstEmails: 0, followUps: 0 };
    // Local days are not always 24 h long: name them by local day number, not by offsets from `from`.
    days.push({ date: dayNumberToKey(firstDay + d), newLeads: 0, firstEmails: 0, followUps: 0, byAccount });
  }

  const zones = audience.map((l) => zoneForLead(settings.zoneMode, l.zone, zone));
  const accountIndex = new Map(accounts.map((a, i) => [a.id, i]));
  const stickyAccount = new Int32Array(audience.length).fill(-1);
  const queue = new DueQueue();
  const waiting = new Fifo<number>();
  const followReady = accounts.map(() => new Fifo<QueueItem>());
  const floatingFollow = new Fifo<QueueItem>();
  const firstReady = new Fifo<QueueItem>();
  const sends: PlannedSend[] | undefined = input.recordSends ? [] : undefined;
  let lastSendMs: number | null = null;
  let totalSends = 0;
  let unfinished = 0;
  let notStarted = 0;

  audience.forEach((lead, i) => {
    const p = lead.progress;
    if (p?.stoppedReason) return;
    if (!p || p.lastStepNumber === 0 || p.lastSentAt == null) {
      waiting.push(i);
      unfinished++;
      notStarted++;
      return;
    }
    const next = steps.findIndex((s) => s.stepNumber > p.lastStepNumber);
    if (next < 0) return;
    stickyAccount[i] = p.accountId ? (accountIndex.get(p.accountId) ?? -1) : -1;
    const sentMs = typeof p.lastSentAt === 'number' ? p.lastSentAt : p.lastSentAt.getTime();
    queue.push({ due: Math.max(fromMs, followUpDueMs(sentMs, steps[next]!.daysAfterPrevious, window, zones[i]!)), lead: i, step: next });
    unfinished++;
  });

  if (accounts.length === 0) warnings.push('No sending account is selected: nothing can go out.');
  if (steps.length === 0) warnings.push('The sequence has no steps.');
  if (settings.schedule.type === 'manual') warnings.push('Manual schedule: new leads are enrolled only when you start a batch.');

  // Runs: the one due now (a campaign catching up runs once, not once per missed day), then the next ones.
  let nextRun: number | null = null;
  const enrolledOn = new Map<number, number>();
  if (settings.enrolledToday) enrolledOn.set(localDayNumber(fromMs, zone), settings.enrolledToday);
  if (steps.length > 0 && accounts.length > 0 && settings.schedule.type !== 'manual') {
    const due = dueRun(settings.lastRunAt ?? null, startMs, settings.schedule, zone, startMs);
    nextRun = due ? Math.max(due.getTime(), startMs) : nextRunAfterMs(startMs, settings.schedule, zone);
  }

  const dayIndex = (ms: number): number => localDayNumber(ms, zone) - firstDay;

  const enrol = (runMs: number): void => {
    if (runMs < startMs) return;
    const dayNumber = localDayNumber(runMs, zone);
    const room = enrolmentRoom(runMs, settings, enrolledOn.get(dayNumber) ?? 0);
    let n = 0;
    while (n < room && waiting.size > 0) {
      const lead = waiting.shift()!;
      queue.push({ due: nextWindowOpeningMs(runMs, window, zones[lead]!), lead, step: 0 });
      n++;
    }
    enrolledOn.set(dayNumber, (enrolledOn.get(dayNumber) ?? 0) + n);
    const d = dayIndex(runMs);
    if (d >= 0 && d < calendarDays) days[d]!.newLeads += n;
  };

  const send = (item: QueueItem, account: number, at: number): void => {
    ledger.record(account, at);
    totalSends++;
    lastSendMs = at;
    const lead = item.lead;
    if (item.step === 0) {
      stickyAccount[lead] = account;
      notStarted--;
    }
    const d = dayIndex(at);
    if (d >= 0 && d < calendarDays) {
      const day = days[d]!;
      const perAccount = day.byAccount[accounts[account]!.id]!;
      if (item.step === 0) {
        day.firstEmails++;
        perAccount.firstEmails++;
      } else {
        day.followUps++;
        perAccount.followUps++;
      }
    }
    sends?.push({ leadId: audience[lead]!.id, stepNumber: steps[item.step]!.stepNumber, accountId: accounts[account]!.id, at });
    const next = item.step + 1;
    if (next < steps.length) queue.push({ due: followUpDueMs(at, steps[next]!.daysAfterPrevious, window, zones[lead]!), lead, step: next });
    else unfinished--;
  };

  // Takes the first item of `fifo` that is inside its lead's window now; later ones wait their turn.
  const takeReady = (fifo: Fifo<QueueItem>, at: number): QueueItem | undefined => {
    while (fifo.size > 0) {
      const item = fifo.peek()!;
      if (isInsideWindow(at, window, zones[item.lead]!)) return fifo.shift();
      fifo.shift();
      queue.push({ ...item, due: nextWindowOpeningMs(at, window, zones[item.lead]!) });
    }
    return undefined;
  };

  let rotation = 0;
  let t = fromMs;
  while (t <= endMs && unfinished > 0) {
    while (nextRun !== null && nextRun <= t) {
      enrol(nextRun);
      nextRun = settings.endDate && nextRun > settings.endDate.getTime() ? null : nextRunAfterMs(nextRun, settings.schedule, zone);
    }
    while (queue.size > 0 && queue.peek()!.due <= t) {
      const item = queue.pop()!;
      if (item.step === 0) firstReady.push(item);
      else if (stickyAccount[item.lead]! >= 0) followReady[stickyAccount[item.lead]!]!.push(item);
      else floatingFollow.push(item);
    }
    // Round-robin: each account with room takes one email per pass, its own follow-ups first.
    let sent = true;
    while (sent) {
      sent = false;
      const start = rotation;
      for (let k = 0; k < accounts.length; k++) {
        const a = (start + k) % accounts.length;
        if (!ledger.canSend(a, t)) continue;
        const item = takeReady(followReady[a]!, t) ?? takeReady(floatingFollow, t) ?? takeReady(firstReady, t);
        if (!item) continue;
        send(item, a, t);
        rotation = (a + 1) % accounts.length;
        sent = true;
      }
    }
    // Next event: a due item, a run, or an account with waiting work getting room again.
    let next = queue.size > 0 ? queue.peek()!.due : Number.POSITIVE_INFINITY;
    if (nextRun !== null) next = Math.min(next, nextRun);
    const anyFloating = floatingFollow.size + firstReady.size > 0;
    for (let a = 0; a < accounts.length; a++)
      if (anyFloating || followReady[a]!.size > 0) next = Math.min(next, ledger.nextFreeAt(a, t + 1));
    if (!(next > t)) next = t + 1;
    if (!Number.isFinite(next)) break;
    t = next;
  }

  if (accounts.length > 0 && steps.length > 0) {
    const perDay = accounts.reduce(
      (sum, a) => sum + Math.min(a.dailyLimit ?? Number.POSITIVE_INFINITY, (a.hourlyLimit ?? Number.POSITIVE_INFINITY) * 24),
      0,
    );
    if (perDay < settings.leadsPerDay * steps.length)
      warnings.push(
        `The accounts allow about ${perDay} emails a day; ${settings.leadsPerDay} new leads a day over ${steps.length} steps can need up to ${settings.leadsPerDay * steps.length}.`,
      );
  }
  const finished = unfinished === 0;
  if (!finished && audience.length > 0) warnings.push(`The audience is not finished within ${input.projectionDays ?? 365} days.`);
  return {
    days,
    projectedFinish: finished && lastSendMs !== null ? new Date(lastSendMs) : null,
    leadsNotStarted: notStarted,
    totalSends,
    warnings,
    ...(sends ? { sends } : {}),
  };
}
