// The review step: what would stop the launch, what the user should know, and the 14-day dry run
// (planCalendar replays the scheduler's own functions, so the calendar and reality agree).
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { CampaignPreflight } from '../../../src-shared/contract/campaigns';
import {
  cronProblem,
  inferRecipientTimeZone,
  isValidTimeZone,
  planCalendar,
  scheduleFromColumns,
  validateSchedule,
  validateSendingWindow,
  type PlanLead,
} from '../../../src-shared/domain/campaign-schedule';
import { analyseTemplate, compileTemplate, renderEmail } from '../../../src-shared/domain/templates';
import { queryRows, type DbOrTx } from '../../db/client';
import { customVariables, leads, smtpConfig, type Campaign, type Lead } from '../../db/schema';
import { readKnownVariables } from '../templates/template-wording';
import { eligibleCondition } from './campaign-audience';
import { readCampaignSteps } from './campaign-steps';
import { settingsOf } from './campaign-rows';
import { windowOf } from './schedule-tick';

/** Planning the calendar for more leads than this samples the audience (the totals scale). */
const PLAN_LEADS = 20_000;
const GAP_CHECK = 2_000;

export async function preflightCampaign(db: DbOrTx, c: Campaign, now: Date): Promise<CampaignPreflight> {
  const problems: string[] = [];
  const warnings: string[] = [];
  const window = windowOf(c);
  problems.push(...validateSendingWindow(window));
  if (!isValidTimeZone(c.timeZone)) problems.push(`"${c.timeZone}" is not a time zone.`);
  let schedule;
  try {
    schedule = scheduleFromColumns(c);
    problems.push(...validateSchedule(schedule, isValidTimeZone(c.timeZone) ? c.timeZone : undefined));
  } catch (error) {
    problems.push(error instanceof Error ? error.message : String(error));
  }
  if (c.scheduleType === 'custom' && c.scheduleCron) {
    const p = cronProblem(c.scheduleCron);
    if (p && !problems.includes(p)) problems.push(p);
  }

  const steps = await readCampaignSteps(db, c);
  if (steps.length === 0) problems.push('Choose a template or a sequence to send.');
  const accounts = await db
    .select()
    .from(smtpConfig)
    .where(c.accountIds.length ? and(eq(smtpConfig.isActive, true), inArray(smtpConfig.id, c.accountIds)) : eq(smtpConfig.isActive, true));
  if (accounts.length === 0) problems.push('No active sending account: add one in Settings → Sending, or turn one on.');

  const settings = settingsOf(c);
  const audience = await queryRows<Pick<Lead, 'id' | 'country' | 'city'>>(
    db,
    sql`SELECT id, country, city FROM leads WHERE ${eligibleCondition(settings, c.id)} ORDER BY created_at, id LIMIT ${PLAN_LEADS}`,
  );
  if (audience.length === 0) problems.push('The audience is empty: no lead with an email matches it.');

  // Leads missing a variable with no fallback: render the first steps for (a sample of) the audience.
  if (steps.length > 0) {
    const known = await readKnownVariables(db);
    const variables = await db.select().from(customVariables);
    const sender = accounts[0] ? { name: accounts[0].fromName, email: accounts[0].fromEmail, signature: null } : { name: null, email: '', signature: null };
    const sampleIds = audience.slice(0, GAP_CHECK).map((l) => l.id);
    const sample = sampleIds.length ? await db.select().from(leads).where(inArray(leads.id, sampleIds)) : [];
    for (const step of steps) {
      const analysis = analyseTemplate(step.input, known);
      if (analysis.errors.length) {
        problems.push(`Step ${step.stepNumber}: ${analysis.errors.map((e) => (typeof e === 'string' ? e : JSON.stringify(e))).join('; ')}`);
        continue;
      }
      const compiled = compileTemplate(step.input);
      let missing = 0;
      for (const lead of sample) {
        try {
          if (renderEmail(compiled, lead, sender, variables).missing.length > 0) missing++;
        } catch {
          missing++;
        }
      }
      if (missing > 0) warnings.push(`Step ${step.stepNumber}: ${missing} of ${sample.length} leads miss a variable with no fallback.`);
    }
  }

  const zoneMode = c.timeZoneMode === 'recipient' ? ({ kind: 'recipient' } as const) : ({ kind: 'fixed', zone: c.timeZone } as const);
  const planLeads: PlanLead[] = audience.map((l) => ({ id: l.id, zone: inferRecipientTimeZone(l, c.timeZone).zone }));
  let calendar: CampaignPreflight['calendar'] = { days: [], accounts: [], projectedFinish: null, totalSends: 0 };
  if (schedule && problems.length === 0 && accounts.length > 0) {
    const plan = planCalendar({
      settings: {
        leadsPerDay: c.leadsPerDay,
        schedule,
        window,
        zoneMode,
        campaignZone: c.timeZone,
        startDate: c.startDate,
        endDate: c.endDate,
        steps: steps.map((s) => ({ stepNumber: s.stepNumber, daysAfterPrevious: s.daysAfterPrevious })),
      },
      audience: planLeads,
      accounts: accounts.map((a) => ({ id: a.id, hourlyLimit: a.hourlyLimit, dailyLimit: a.dailyLimit })),
      from: now,
    });
    warnings.push(...plan.warnings);
    if (plan.projectedFinish === null) warnings.push('At this pace and with these caps, the audience will not have the full sequence within a year.');
    calendar = {
      days: plan.days,
      accounts: accounts.map((a) => ({ id: a.id, name: a.providerName })),
      projectedFinish: plan.projectedFinish?.toISOString() ?? null,
      totalSends: plan.totalSends,
    };
  }
  if (c.campaignType === 'manual') {
    warnings.push('Manual campaign: every email waits on the campaign page until you approve it. The calendar shows when emails fall due, not when you approve them.');
  }
  return { problems, warnings, audience: audience.length, calendar };
}
