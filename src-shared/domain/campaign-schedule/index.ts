// Campaign scheduling core: pure functions the builder, the review calendar and the scheduler tick share.
export {
  localDayKey,
  isValidTimeZone,
  wallTime,
  zonedTimeToUtc,
  parseClockTime,
  formatClockTime,
  type LocalDate,
  type LocalDateTime,
} from './local-time';
export {
  isInsideWindow,
  isWindowDay,
  nextWindowOpening,
  windowOnLocalDay,
  validateSendingWindow,
  describeWindow,
  describeDays,
  SendingWindowError,
  WEEKDAYS,
  ALL_DAYS,
  type SendingWindow,
  type Weekday,
} from './sending-window';
export {
  inferRecipientTimeZone,
  countryCode,
  normalisePlaceName,
  zoneForLead,
  type RecipientZone,
  type ZoneConfidence,
  type LeadPlace,
  type ZoneMode,
} from './recipient-time-zone';
export {
  nextRunAfter,
  dueRun,
  validateSchedule,
  cronProblem,
  scheduleFromColumns,
  ScheduleError,
  SCHEDULE_TYPES,
  type CampaignSchedule,
  type ScheduleType,
  type ScheduleColumns,
} from './schedule-type';
export { nextStepDue, addLocalDays, orderSteps, type SequenceStep, type LeadProgress, type StepDue, type StopReason } from './step-due';
export { describeSchedule, describeRuns, describeCron, type ScheduleSummaryInput } from './describe-schedule';
export { SendLedger, pickAccount, type SendingAccountCaps } from './send-caps';
export { enrolmentAt, enrolmentRoom, type Enrolment, type EnrolmentRules } from './enrolment';
export {
  planCalendar,
  type CalendarPlan,
  type CampaignPlanSettings,
  type PlanDay,
  type PlanDayAccount,
  type PlanInput,
  type PlanLead,
  type PlannedSend,
} from './plan-calendar';
