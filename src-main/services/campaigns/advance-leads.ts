// The scheduler tick's second half: for each lead whose next step may be due, decide in memory
// (previous email still queued, failed, sent → next step or finished), then write every decision
// in a few set-based statements, so a tick over thousands of leads stays a handful of queries.
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { nextStepDue } from '../../../src-shared/domain/campaign-schedule';
import { renderEmail, type CompiledTemplate, type TemplateSender } from '../../../src-shared/domain/templates';
import { queryRows, type DbOrTx } from '../../db/client';
import { campaignLeads, customVariables, emails, leads, smtpConfig, type Campaign, type Lead } from '../../db/schema';
import { compiledTemplateOf } from '../templates/compiled-templates';
import { readStepsOfCampaigns, type CampaignStep } from './campaign-steps';
import { activatePicked, type PickedLead } from './enrol-leads';
import { asDate, windowOf, type DueRow, type TickResult } from './schedule-tick';

const SENT = new Set(['sent', 'delivered', 'opened', 'clicked']);
const WAITING = new Set(['queued', 'sending', 'awaiting_approval']);
const PROGRESS_STATUSES = ['new', 'contacted', 'follow_up_1', 'follow_up_2'] as const;
const STATUS_AFTER_STEP = ['new', 'contacted', 'follow_up_1', 'follow_up_2'] as const;
/**
 * How long after an email's due time the scheduler looks at its lead again (to queue the next
 * step), and again after that while the email is still in the queue. Looking at the due time
 * itself would nearly always find the email not yet sent and cost a write for nothing.
 */
const RECHECK_MS = 5 * 60_000;
const CHUNK = 500;

interface CampaignWork {
  steps: CampaignStep[];
  compiled: Map<number, CompiledTemplate>;
  accounts: Array<{ id: string; sender: TemplateSender }>;
  rotation: number;
}

interface Enqueue {
  row: DueRow;
  step: number;
  values: typeof emails.$inferInsert;
  lastSentAt: Date | null;
  dueAt: Date;
  accountId: string | null;
  firstSubject: string | null;
}

/** Steps, accounts and rotation position of every campaign with due leads, in four queries. */
async function loadCampaignWork(db: DbOrTx, list: Campaign[]): Promise<Map<string, CampaignWork>> {
  const out = new Map<string, CampaignWork>();
  if (list.length === 0) return out;
  const steps = await readStepsOfCampaigns(db, list);
  const accounts = await db
    .select()
    .from(smtpConfig)
    .where(eq(smtpConfig.isActive, true))
    .orderBy(asc(smtpConfig.priority), asc(smtpConfig.createdAt));
  const firsts = await queryRows<{ campaignId: string; n: number }>(
    db,
    sql`SELECT campaign_id AS "campaignId", count(*)::int AS n FROM emails
        WHERE step_number = 1 AND campaign_id IN (${sql.join(
          list.map((c) => sql`${c.id}`),
          sql`, `,
        )}) GROUP BY campaign_id`,
  );
  for (const c of list) {
    const chosen = c.accountIds.length ? accounts.filter((a) => c.accountIds.includes(a.id)) : accounts;
    out.set(c.id, {
      steps: steps.get(c.id) ?? [],
      compiled: new Map(),
      accounts: chosen.map((a) => ({ id: a.id, sender: { name: a.fromName, email: a.fromEmail, signature: null } })),
      rotation: firsts.find((f) => f.campaignId === c.id)?.n ?? 0,
    });
  }
  return out;
}

export async function advanceLeads(
  db: DbOrTx,
  now: Date,
  byId: Map<string, Campaign>,
  due: DueRow[],
  result: TickResult,
  touched: Set<string>,
  /** Rows picked for enrolment this tick: still 'queued' in the table, enrolled by the writes below. */
  enrolments: Map<string, PickedLead> = new Map(),
): Promise<void> {
  const recheck: string[] = [];
  const leave = new Map<string, string[]>();
  const finished: Array<{ id: string; lastSentAt: Date | null }> = [];
  const contacted = new Map<number, string[]>();
  const enqueues: Enqueue[] = [];
  const works = await loadCampaignWork(
    db,
    [...new Set(due.map((r) => r.campaignId))].map((id) => byId.get(id)!),
  );
  const leadRows = new Map<string, Lead>();
  for (let i = 0; i < due.length; i += CHUNK) {
    const ids = due.slice(i, i + CHUNK).map((r) => r.leadId);
    for (const l of await db.select().from(leads).where(inArray(leads.id, ids))) leadRows.set(l.id, l);
  }
  let variables: Array<typeof customVariables.$inferSelect> | null = null;
  const addLeave = (row: DueRow, reason: string) => {
    leave.set(reason, [...(leave.get(reason) ?? []), row.clId]);
    result.left++;
    touched.add(row.campaignId);
  };

  for (const row of due) {
    const c = byId.get(row.campaignId)!;
    let lastSentAt = asDate(row.lastSentAt);
    if (row.emailId) {
      const status = row.emailStatus ?? 'cancelled';
      if (WAITING.has(status)) {
        recheck.push(row.clId);
        continue;
      }
      if (!SENT.has(status)) {
        addLeave(row, status === 'bounced' ? 'bounced' : `email ${status}`);
        continue;
      }
      lastSentAt = asDate(row.emailSentAt) ?? now;
      const step = Math.min(row.stepReached, 3);
      contacted.set(step, [...(contacted.get(step) ?? []), row.leadId]);
    }
    const work = works.get(c.id)!;
    const zone = row.timeZone ?? c.timeZone;
    const next = nextStepDue({ lastStepNumber: row.stepReached, lastSentAt }, work.steps, windowOf(c), zone, asDate(row.enrolledAt)!);
    if (next.kind === 'done') {
      finished.push({ id: row.clId, lastSentAt });
      result.finished++;
      touched.add(c.id);
      continue;
    }
    const lead = leadRows.get(row.leadId);
    if (!lead) continue;
    const step = work.steps.find((s) => s.stepNumber === next.step.stepNumber)!;
    let accountId = row.smtpConfigId;
    if (!accountId && work.accounts.length > 0) accountId = work.accounts[work.rotation++ % work.accounts.length]!.id;
    const account = work.accounts.find((a) => a.id === accountId);
    let compiled = work.compiled.get(step.stepNumber);
    if (!compiled) {
      compiled = compiledTemplateOf(step.input);
      work.compiled.set(step.stepNumber, compiled);
    }
    variables ??= await db.select().from(customVariables);
    let rendered;
    try {
      rendered = renderEmail(compiled, lead, account?.sender ?? { name: null, email: '', signature: null }, variables);
    } catch {
      addLeave(row, 'template error');
      continue;
    }
    const reply = step.sendAsReply && row.firstSubject !== null;
    enqueues.push({
      row,
      step: step.stepNumber,
      lastSentAt,
      dueAt: next.dueAt,
      accountId: accountId ?? null,
      firstSubject: row.firstSubject ?? rendered.subject.slice(0, 500),
      values: {
        leadId: row.leadId,
        campaignId: c.id,
        stepNumber: step.stepNumber,
        subject: reply ? `Re: ${row.firstSubject!.replace(/^re:\s*/i, '')}` : rendered.subject,
        bodyText: rendered.text,
        bodyHtml: rendered.html || null,
        followUpStage: step.stepNumber === 1 ? 'initial' : `follow_up_${step.stepNumber - 1}`,
        scheduledAt: next.dueAt,
        nextAttemptAt: next.dueAt,
        smtpConfigId: accountId ?? null,
        inReplyTo: reply ? row.messageId : null,
        // A manual campaign writes the email and holds it for the user; approval puts it in the queue.
        status: c.campaignType === 'manual' ? 'awaiting_approval' : 'queued',
        waitReason: c.campaignType === 'manual' ? 'Waiting for your approval' : null,
      },
    });
  }
  // Writes, set-based. An enrolled lead that gets no email now is written as enrolled first, so the
  // writes below (leave, finish) apply to it as to any other.
  const queuedNow = new Set(enqueues.map((e) => e.row.clId));
  await activatePicked(
    db,
    now,
    [...enrolments.values()].filter((p) => !queuedNow.has(p.clId)),
  );
  if (recheck.length)
    await db
      .update(campaignLeads)
      .set({ nextDueAt: new Date(now.getTime() + RECHECK_MS) })
      .where(inArray(campaignLeads.id, recheck));
  for (const [reason, ids] of leave)
    await db.update(campaignLeads).set({ state: 'left', leftReason: reason, nextDueAt: null }).where(inArray(campaignLeads.id, ids));
  if (finished.length) {
    await db
      .update(campaignLeads)
      .set({ state: 'finished', nextDueAt: null, processed: true, processedAt: now })
      .where(
        inArray(
          campaignLeads.id,
          finished.map((f) => f.id),
        ),
      );
  }
  // new → contacted → follow_up_1 → follow_up_2 once the step's email went out; a status set by hand wins.
  for (const [step, ids] of contacted) {
    await db
      .update(leads)
      .set({ status: STATUS_AFTER_STEP[step], followUpStage: step <= 1 ? 'initial' : `follow_up_${step - 1}`, lastContactedAt: now })
      .where(and(inArray(leads.id, ids), inArray(leads.status, [...PROGRESS_STATUSES])));
  }
  for (let i = 0; i < enqueues.length; i += CHUNK) {
    const chunk = enqueues.slice(i, i + CHUNK);
    // The queue's unique (campaign, lead, step) key makes this a no-op for an email an earlier,
    // interrupted tick already queued; that email is then adopted, never sent twice.
    const created = await insertQueuedEmails(
      db,
      chunk.map((e) => e.values),
    );
    result.enqueued += created.length;
    const idOf = new Map(created.map((r) => [`${r.campaignId}:${r.leadId}:${r.step}`, r.id]));
    for (const e of chunk) {
      if (idOf.has(`${e.row.campaignId}:${e.row.leadId}:${e.step}`)) continue;
      const [existing] = await db
        .select({ id: emails.id })
        .from(emails)
        .where(and(eq(emails.campaignId, e.row.campaignId), eq(emails.leadId, e.row.leadId), eq(emails.stepNumber, e.step)));
      if (existing) idOf.set(`${e.row.campaignId}:${e.row.leadId}:${e.step}`, existing.id);
    }
    const progress = JSON.stringify(
      chunk.map((e) => ({
        id: e.row.clId,
        step: e.step,
        email_id: idOf.get(`${e.row.campaignId}:${e.row.leadId}:${e.step}`) ?? null,
        last_sent: e.lastSentAt?.toISOString() ?? null,
        due: new Date(e.dueAt.getTime() + RECHECK_MS).toISOString(),
        account: e.accountId,
        subject: e.firstSubject,
        enrolled_day: enrolments.get(e.row.clId)?.day ?? null,
        zone: enrolments.get(e.row.clId)?.zone ?? null,
      })),
    );
    // A lead enrolled this tick (enrolled_day set) becomes active here, in the same row write.
    await db.execute(sql`UPDATE campaign_leads AS cl
      SET step_reached = v.step, last_email_id = v.email_id, last_sent_at = v.last_sent, next_due_at = v.due,
          smtp_config_id = v.account, first_subject = coalesce(cl.first_subject, v.subject),
          state = CASE WHEN v.enrolled_day IS NULL THEN cl.state ELSE 'active' END,
          enrolled_at = CASE WHEN v.enrolled_day IS NULL THEN cl.enrolled_at ELSE ${now} END,
          enrolled_day = coalesce(v.enrolled_day, cl.enrolled_day), time_zone = coalesce(v.zone, cl.time_zone)
      FROM json_to_recordset(${progress}::json) AS v(id uuid, step int, email_id uuid, last_sent timestamptz, due timestamptz, account uuid,
        subject varchar, enrolled_day varchar, zone varchar)
      WHERE cl.id = v.id`);
  }
}

/**
 * One statement per chunk with the rows as one JSON parameter: thousands of bind parameters cost
 * more to send and parse (PGlite especially) than the insert itself.
 */
async function insertQueuedEmails(
  db: DbOrTx,
  rows: Array<typeof emails.$inferInsert>,
): Promise<Array<{ id: string; leadId: string; campaignId: string; step: number }>> {
  const json = JSON.stringify(
    rows.map((r) => ({
      lead_id: r.leadId,
      campaign_id: r.campaignId,
      step_number: r.stepNumber,
      subject: r.subject,
      body_text: r.bodyText,
      body_html: r.bodyHtml ?? null,
      follow_up_stage: r.followUpStage ?? null,
      scheduled_at: (r.scheduledAt as Date).toISOString(),
      next_attempt_at: (r.nextAttemptAt as Date).toISOString(),
      smtp_config_id: r.smtpConfigId ?? null,
      in_reply_to: r.inReplyTo ?? null,
      status: r.status,
      wait_reason: r.waitReason ?? null,
    })),
  );
  return queryRows(
    db,
    sql`INSERT INTO emails (lead_id, campaign_id, step_number, subject, body_text, body_html, follow_up_stage, scheduled_at,
          next_attempt_at, smtp_config_id, in_reply_to, status, wait_reason)
        SELECT lead_id, campaign_id, step_number, subject, body_text, body_html, follow_up_stage, scheduled_at,
          next_attempt_at, smtp_config_id, in_reply_to, status::email_status, wait_reason
        FROM json_to_recordset(${json}::json) AS x(lead_id uuid, campaign_id uuid, step_number int, subject varchar, body_text text,
          body_html text, follow_up_stage varchar, scheduled_at timestamptz, next_attempt_at timestamptz, smtp_config_id uuid,
          in_reply_to varchar, status text, wait_reason varchar)
        ON CONFLICT DO NOTHING
        RETURNING id, lead_id AS "leadId", campaign_id AS "campaignId", step_number AS step`,
  );
}
