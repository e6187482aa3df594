import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Envelope } from '../../src-shared/errors';
import { createEventSink, silentLogger, type AppContext } from '../context';
import { queryRows } from '../db/client';
import { emailTemplates } from '../db/schema';
import { createKeyFileSecretStore } from '../secrets/key-file-secret-store';
import { runScheduleTick } from '../services/campaigns/schedule-tick';
import { createDeliveryEngine } from '../services/sending/delivery-engine';
import { addAccount, addLeads, manualClock, resetSendingTables, setGapSeconds } from '../testing/sending-fixtures';
import { startSmtpSink, type SmtpSink } from '../testing/smtp-sink';
import { createTestContext, createTestRouter } from '../testing/test-app';
import { useTestDatabase } from '../testing/test-db';

interface Draft {
  emailId: string;
  to: string;
  step: number;
  subject: string;
  bodyText: string;
  bodyHtml: string | null;
  editedAt: string | null;
}

describe('manual campaigns: every email waits for approval', () => {
  const t = useTestDatabase();
  let ctx: AppContext;
  let sink: SmtpSink;
  // Monday 6 January 2031, 10:00 UTC: inside a 09:00–17:00 UTC window.
  let clock: ReturnType<typeof manualClock>;
  const call = async <T = Record<string, unknown>>(name: string, input: unknown): Promise<T> => {
    const envelope = (await createTestRouter(ctx).call(name, input)) as Envelope<T>;
    if (!envelope.ok) throw Object.assign(new Error(envelope.error.message), { code: envelope.error.code });
    return envelope.data;
  };
  const engine = () =>
    createDeliveryEngine({
      db: t().db,
      clock,
      secrets: createKeyFileSecretStore(t().dataDir),
      log: silentLogger,
      events: createEventSink(),
      randomGapMs: (min) => min,
      exclusive: true,
    });
  const drafts = (id: string) => call<{ rows: Draft[]; total: number }>('campaigns.drafts', { id });

  beforeAll(async () => {
    sink = await startSmtpSink();
  });
  afterAll(async () => {
    await sink.close();
  });
  beforeEach(async () => {
    await resetSendingTables(t().db);
    await setGapSeconds(t().db, 0, 0);
    await t().db.execute(sql`DELETE FROM email_templates`);
    clock = manualClock(new Date('2031-01-06T10:00:00Z'));
    ctx = createTestContext(t(), { clock });
    sink.reset();
  });

  async function launch(extra: Record<string, unknown> = {}) {
    await addAccount(t().db, sink);
    const [template] = await t()
      .db.insert(emailTemplates)
      .values({ name: 'Intro', subject: 'Hello {{companyName}}', bodyText: 'Hi {{contactName}}', bodyHtml: '<p>Hi {{contactName}}</p>' })
      .returning();
    const created = await call<{ id: string }>('campaigns.create', {
      name: 'Hand-checked dentists',
      campaignType: 'manual',
      audienceFilter: { industries: ['dental'] },
      emailTemplateId: template!.id,
      followUpEnabled: true,
      followUp1DelayDays: 1,
      leadsPerDay: 3,
      scheduleType: 'immediate',
      windowDays: [0, 1, 2, 3, 4, 5, 6],
      timeZoneMode: 'fixed',
      timeZone: 'UTC',
      ...extra,
    });
    const check = await call<{ warnings: string[] }>('campaigns.preflight', { id: created.id });
    expect(check.warnings.join(' ').includes('waits on the campaign page until you approve it')).toBe(
      (extra.campaignType ?? 'manual') === 'manual',
    );
    await call('campaigns.launch', { id: created.id });
    await runScheduleTick(t().db, clock.now());
    return created.id;
  }

  it('writes each email, sends none until approved, and sends the edited words of an approved one', async () => {
    await addLeads(t().db, 3);
    const id = await launch();
    const held = await drafts(id);
    expect(held.total).toBe(3);
    expect(held.rows[0]).toMatchObject({
      step: 1,
      subject: expect.stringMatching(/^Hello Company \d$/),
      bodyText: expect.stringMatching(/^Hi Contact \d$/),
    });
    expect((await call<{ numbers: { awaitingApproval: number; queued: number } }>('campaigns.get', { id })).numbers).toMatchObject({
      awaitingApproval: 3,
      queued: 0,
    });
    const log = await call<{ rows: Array<{ status: string; waitReason: string }> }>('sending.log', { campaignId: id });
    expect(log.rows.map((r) => [r.status, r.waitReason])).toEqual(Array(3).fill(['awaiting_approval', 'Waiting for your approval']));

    // The engine leaves held emails alone, however long they wait.
    clock.advance(3_600_000);
    await engine().runUntilIdle();
    await runScheduleTick(t().db, clock.now());
    expect(sink.received).toHaveLength(0);

    const [first, second, third] = held.rows as [Draft, Draft, Draft];
    const edited = await call<Draft>('campaigns.editDraft', {
      emailId: first.emailId,
      subject: 'A note for you',
      bodyHtml: '<p>Hello, I wrote this <b>myself</b>.</p>',
    });
    expect(edited).toMatchObject({ subject: 'A note for you', bodyText: 'Hello, I wrote this myself.', editedAt: expect.any(String) });
    await expect(call('campaigns.editDraft', { emailId: first.emailId, subject: 'Two\nlines', bodyHtml: null })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
    await expect(call('campaigns.editDraft', { emailId: first.emailId, subject: 'Empty', bodyHtml: '<p> </p>' })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });

    expect(await call('campaigns.approveDrafts', { id, emailIds: [first.emailId] })).toEqual({ approved: 1 });
    await engine().runUntilIdle();
    expect(sink.received).toHaveLength(1);
    expect(sink.received[0]!.headers.get('subject')).toBe('A note for you');
    expect(sink.received[0]!.raw).toContain('<b>myself</b>');
    expect(sink.received[0]!.envelope.to).toEqual([first.to]);
    // An email that has left the approval queue cannot be changed or approved again.
    await expect(call('campaigns.editDraft', { emailId: first.emailId, subject: 'Later', bodyHtml: '<p>x</p>' })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    expect(await call('campaigns.approveDrafts', { id, emailIds: [first.emailId] })).toEqual({ approved: 0 });

    // Skipped: never sent, and the lead leaves the sequence on the next pass.
    expect(await call('campaigns.skipDrafts', { id, emailIds: [second.emailId] })).toEqual({ skipped: 1 });
    expect(await call('campaigns.approveDrafts', { id, emailIds: 'all' })).toEqual({ approved: 1 });
    await engine().runUntilIdle();
    expect(sink.received.map((m) => m.envelope.to[0]).sort()).toEqual([first.to, third.to].sort());
    // The scheduler looks at a waiting lead again every few minutes.
    clock.advance(5 * 60_000);
    await runScheduleTick(t().db, clock.now());
    const leftRows = await queryRows<{ email: string; reason: string }>(
      t().db,
      sql`SELECT l.email, cl.left_reason AS reason FROM campaign_leads cl JOIN leads l ON l.id = cl.lead_id WHERE cl.state = 'left'`,
    );
    expect(leftRows).toEqual([{ email: second.to, reason: 'email skipped' }]);

    // The follow-up is written a day later and waits for approval too, as a reply in the thread.
    clock.advance(24 * 3_600_000);
    await runScheduleTick(t().db, clock.now());
    const followUps = await drafts(id);
    expect(followUps.rows.map((d) => [d.step, d.to, d.subject]).sort()).toEqual(
      [
        [2, first.to, `Re: A note for you`],
        [2, third.to, `Re: ${third.subject}`],
      ].sort(),
    );
    await engine().runUntilIdle();
    expect(sink.received).toHaveLength(2);
  });

  it('an approval at night waits for the morning window', async () => {
    await addLeads(t().db, 1);
    const id = await launch({ windowDays: [1, 2, 3, 4, 5], windowStart: '09:00', windowEnd: '17:00' });
    clock.advance(10 * 3_600_000); // 20:00 UTC, the window is shut
    expect(await call('campaigns.approveDrafts', { id, emailIds: 'all' })).toEqual({ approved: 1 });
    await engine().runUntilIdle();
    expect(sink.received).toHaveLength(0);
    const [row] = await queryRows<{ at: Date | string; reason: string }>(
      t().db,
      sql`SELECT next_attempt_at AS at, wait_reason AS reason FROM emails WHERE campaign_id = ${id}`,
    );
    expect(new Date(row!.at).toISOString()).toBe('2031-01-07T09:00:00.000Z');
    expect(row!.reason).toBe('Outside the sending window');
    clock.advance(13 * 3_600_000); // Tuesday 09:00
    await engine().runUntilIdle();
    expect(sink.received).toHaveLength(1);
  });

  it('archiving cancels held emails; a lead who answers has its held email cancelled', async () => {
    await addLeads(t().db, 2);
    const id = await launch();
    const [one] = (await drafts(id)).rows as [Draft];
    await t().db.execute(sql`UPDATE leads SET status = 'interested' WHERE email = ${one.to}`);
    await runScheduleTick(t().db, clock.now());
    expect((await drafts(id)).total).toBe(1);
    await call('campaigns.archive', { id });
    expect((await drafts(id)).total).toBe(0);
    await expect(call('campaigns.approveDrafts', { id, emailIds: 'all' })).rejects.toMatchObject({ code: 'CONFLICT' });
    const states = await queryRows<{ status: string; n: number }>(
      t().db,
      sql`SELECT status, count(*)::int AS n FROM emails GROUP BY status`,
    );
    expect(states).toEqual([{ status: 'cancelled', n: 2 }]);
  });

  it('a campaign scheduled by hand enrols a batch only when asked', async () => {
    await addLeads(t().db, 5);
    const id = await launch({ campaignType: 'automated', scheduleType: 'manual', leadsPerDay: 2 });
    expect((await call<{ numbers: { enrolled: number } }>('campaigns.get', { id })).numbers.enrolled).toBe(0);
    clock.advance(24 * 3_600_000);
    await runScheduleTick(t().db, clock.now());
    expect((await call<{ numbers: { enrolled: number } }>('campaigns.get', { id })).numbers.enrolled).toBe(0);

    expect(await call('campaigns.enrolBatch', { id })).toEqual({ enrolled: 2 });
    expect(await call('campaigns.enrolBatch', { id })).toEqual({ enrolled: 2 });
    await runScheduleTick(t().db, clock.now());
    await engine().runUntilIdle();
    expect(sink.received).toHaveLength(4);
    expect(await call('campaigns.enrolBatch', { id })).toEqual({ enrolled: 1 });
    expect(await call('campaigns.enrolBatch', { id })).toEqual({ enrolled: 0 });

    const draft = await call<{ id: string }>('campaigns.duplicate', { id });
    await expect(call('campaigns.enrolBatch', { id: draft.id })).rejects.toMatchObject({ code: 'CONFLICT' });
  });
});
