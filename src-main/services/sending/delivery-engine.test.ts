import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createEventSink, silentLogger } from '../../context';
import { queryRows } from '../../db/client';
import { activityLog, campaigns, doNotContact, emails, leads, smtpConfig } from '../../db/schema';
import { createKeyFileSecretStore } from '../../secrets/key-file-secret-store';
import { addAccount, addCampaign, addLeads, manualClock, resetSendingTables, setGapSeconds } from '../../testing/sending-fixtures';
import { startSmtpSink, type SmtpSink } from '../../testing/smtp-sink';
import { useTestDatabase } from '../../testing/test-db';
import { readDeliveryLog } from './delivery-log';
import { createDeliveryEngine, type DeliveryEngineDeps } from './delivery-engine';
import { enqueueEmail } from './enqueue-email';

describe('delivery engine against a real SMTP server on loopback', () => {
  const t = useTestDatabase();
  let sink: SmtpSink;
  let second: SmtpSink;
  let clock: ReturnType<typeof manualClock>;
  const events: Array<[string, unknown]> = [];

  function engine(overrides: Partial<DeliveryEngineDeps> = {}) {
    const sinkEvents = createEventSink();
    sinkEvents.subscribe((name, payload) => events.push([name, payload]));
    return createDeliveryEngine({
      db: t().db,
      clock,
      secrets: createKeyFileSecretStore(t().dataDir),
      log: silentLogger,
      events: sinkEvents,
      randomGapMs: (min) => min,
      exclusive: true,
      ...overrides,
    });
  }

  async function queue(leadId: string, extra: Partial<Parameters<typeof enqueueEmail>[1]> = {}) {
    return enqueueEmail(t().db, { leadId, step: 1, subject: 'Quick question', bodyText: 'Hello there', scheduledAt: clock.now(), ...extra });
  }

  async function statusOf(id: string) {
    const [row] = await t().db.select().from(emails).where(eq(emails.id, id));
    return row!;
  }

  beforeAll(async () => {
    sink = await startSmtpSink();
    second = await startSmtpSink();
  });
  afterAll(async () => {
    await sink.close();
    await second.close();
  });
  beforeEach(async () => {
    await resetSendingTables(t().db);
    await setGapSeconds(t().db, 0, 0);
    clock = manualClock();
    events.length = 0;
    sink.reset();
    second.reset();
  });

  it('sends the rendered email with the headers a real mail client expects, and counts it', async () => {
    const secrets = createKeyFileSecretStore(t().dataDir);
    sink.knobs.auth = { user: 'ada', pass: 's3cret' };
    const account = await addAccount(t().db, sink, { replyTo: 'replies@sender.test', plainPassword: 's3cret', secrets });
    const [lead] = await addLeads(t().db, 1);
    const campaign = await addCampaign(t().db);
    const first = await queue(lead!.id, { campaignId: campaign.id, bodyHtml: '<p>Hello <b>there</b></p>', replyToMessageId: '<earlier@sender.test>' });
    expect(first.created).toBe(true);
    expect((await queue(lead!.id, { campaignId: campaign.id })).created).toBe(false);

    await engine().runUntilIdle();

    expect(sink.received).toHaveLength(1);
    const got = sink.received[0]!;
    expect(got.user).toBe('ada');
    expect(got.envelope).toEqual({ from: 'ada@sender.test', to: [lead!.email] });
    expect(got.messageId).toBe(`<${first.emailId}@sender.test>`);
    expect(got.headers.get('from')).toBe('Ada Lovelace <ada@sender.test>');
    expect(got.headers.get('to')).toBe(`Contact 0 <${lead!.email}>`);
    expect(got.headers.get('reply-to')).toBe('replies@sender.test');
    expect(got.headers.get('subject')).toBe('Quick question');
    expect(got.headers.get('list-unsubscribe')).toBe('<mailto:ada@sender.test?subject=unsubscribe>');
    expect(got.headers.get('in-reply-to')).toBe('<earlier@sender.test>');
    expect(got.headers.get('references')).toBe('<earlier@sender.test>');
    expect(new Date(got.headers.get('date')!).toISOString()).toBe(clock.now().toISOString());
    expect(got.headers.get('content-type')).toMatch(/^multipart\/alternative/);
    expect(got.raw).toMatch(/Content-Type: text\/plain[\s\S]*Hello there[\s\S]*Content-Type: text\/html[\s\S]*<b>there<\/b>/);
    expect(got.raw).not.toMatch(/<img/i);

    const row = await statusOf(first.emailId!);
    expect(row.status).toBe('sent');
    expect(row.externalId).toBe(got.messageId);
    expect(row.sentAt?.toISOString()).toBe(clock.now().toISOString());
    expect(row.smtpResponse).toMatch(/^250 /);
    expect(row.smtpConfigId).toBe(account.id);
    const [l] = await t().db.select().from(leads).where(eq(leads.id, lead!.id));
    expect(l!.emailsSent).toBe(1);
    expect(l!.status).toBe('contacted');
    const [c] = await t().db.select().from(campaigns).where(eq(campaigns.id, campaign.id));
    expect(c!.emailsSent).toBe(1);
    const activity = await t().db.select().from(activityLog).where(eq(activityLog.entityId, first.emailId!));
    expect(activity.map((a) => a.action)).toContain('sent');
    expect(events.map((e) => e[0])).toContain('sending.sent');
  });

  it('sends a text-only email as text/plain only', async () => {
    await addAccount(t().db, sink);
    const [lead] = await addLeads(t().db, 1);
    await queue(lead!.id);
    await engine().runUntilIdle();
    expect(sink.received[0]!.headers.get('content-type')).toMatch(/^text\/plain/);
  });

  it('retries a 4xx later with backoff, then sends once', async () => {
    await addAccount(t().db, sink);
    const [lead] = await addLeads(t().db, 1);
    sink.knobs.recipient = (_address, attempt) => (attempt === 1 ? { code: 451, message: '4.7.1 Greylisted, try again later' } : null);
    const { emailId } = await queue(lead!.id);
    const e = engine();
    await e.runUntilIdle();
    let row = await statusOf(emailId!);
    expect(row.status).toBe('queued');
    expect(row.attempts).toBe(1);
    expect(row.waitReason).toMatch(/451/);
    expect(row.nextAttemptAt.getTime()).toBe(clock.now().getTime() + 60_000);
    await e.runUntilIdle();
    expect(sink.received).toHaveLength(0);
    clock.advance(61_000);
    await e.runUntilIdle();
    row = await statusOf(emailId!);
    expect(row.status).toBe('sent');
    expect(sink.received).toHaveLength(1);
  });

  it('gives up after a bounded number of 4xx replies', async () => {
    await addAccount(t().db, sink);
    const [lead] = await addLeads(t().db, 1);
    sink.knobs.recipient = () => ({ code: 450, message: '4.2.0 Mailbox busy' });
    const { emailId } = await queue(lead!.id);
    const e = engine();
    for (let i = 0; i < 10; i++) {
      await e.runUntilIdle();
      clock.advance(5 * 60 * 60_000);
    }
    const row = await statusOf(emailId!);
    expect(row.status).toBe('failed');
    expect(row.attempts).toBe(5);
  });

  it('bounces on a 5xx recipient reply: lead invalid, address on the do-not-contact list', async () => {
    await addAccount(t().db, sink);
    const [lead] = await addLeads(t().db, 1);
    sink.knobs.recipient = () => ({ code: 550, message: '5.1.1 No such user here' });
    const { emailId } = await queue(lead!.id);
    await engine().runUntilIdle();
    const row = await statusOf(emailId!);
    expect(row.status).toBe('bounced');
    expect(row.smtpResponse).toBe('550 5.1.1 No such user here');
    expect(row.bouncedAt).not.toBeNull();
    const [l] = await t().db.select().from(leads).where(eq(leads.id, lead!.id));
    expect(l!.status).toBe('invalid');
    const dnc = await t().db.select().from(doNotContact);
    expect(dnc).toMatchObject([{ value: lead!.email, reason: 'bounced', kind: 'address' }]);
  });

  it('fails (without retry) when the server refuses the message after the body', async () => {
    await addAccount(t().db, sink);
    const [lead] = await addLeads(t().db, 1);
    sink.knobs.afterData = { code: 554, message: '5.7.1 Message rejected as spam' };
    const { emailId } = await queue(lead!.id);
    await engine().runUntilIdle();
    expect((await statusOf(emailId!)).status).toBe('failed');
  });

  it('rests an account whose login fails and sends from the next one by priority', async () => {
    sink.knobs.failAuth = true;
    const secrets = createKeyFileSecretStore(t().dataDir);
    const first = await addAccount(t().db, sink, { providerName: 'First', isPrimary: true, priority: 0, plainPassword: 'x', secrets });
    const backup = await addAccount(t().db, second, { providerName: 'Backup', priority: 1 });
    const [lead] = await addLeads(t().db, 1);
    const { emailId } = await queue(lead!.id);
    await engine().runUntilIdle();
    expect(sink.received).toHaveLength(0);
    expect(second.received).toHaveLength(1);
    const row = await statusOf(emailId!);
    expect(row.status).toBe('sent');
    expect(row.smtpConfigId).toBe(backup.id);
    const [rested] = await t().db.select().from(smtpConfig).where(eq(smtpConfig.id, first.id));
    expect(rested!.restingUntil!.getTime()).toBeGreaterThan(clock.now().getTime());
    expect(rested!.restReason).toMatch(/authentication: 535/);
    expect(events.find((e) => e[0] === 'sending.accountRested')?.[1]).toMatchObject({ accountId: first.id, name: 'First' });
  });

  it('fails over when the connection is refused, after a few tries', async () => {
    const closed = await startSmtpSink();
    await closed.close();
    const dead = await addAccount(t().db, closed, { providerName: 'Dead', isPrimary: true });
    await addAccount(t().db, second, { providerName: 'Backup', priority: 1 });
    const [lead] = await addLeads(t().db, 1);
    const { emailId } = await queue(lead!.id);
    await engine().runUntilIdle();
    expect((await statusOf(emailId!)).status).toBe('sent');
    expect(second.received).toHaveLength(1);
    const [rested] = await t().db.select().from(smtpConfig).where(eq(smtpConfig.id, dead.id));
    expect(rested!.restReason).toMatch(/3 connection failures in a row/);
    expect(rested!.consecutiveFailures).toBe(3);
  });

  it('rests an account on a quota reply (550 5.4.5)', async () => {
    sink.knobs.mailFrom = { code: 550, message: '5.4.5 Daily user sending quota exceeded' };
    const quota = await addAccount(t().db, sink, { isPrimary: true });
    await addAccount(t().db, second, { priority: 1 });
    const [lead] = await addLeads(t().db, 1);
    await queue(lead!.id);
    await engine().runUntilIdle();
    expect(second.received).toHaveLength(1);
    const [rested] = await t().db.select().from(smtpConfig).where(eq(smtpConfig.id, quota.id));
    expect(rested!.restReason).toMatch(/^quota/);
  });

  it('marks an email unknown when the server takes the message and drops the connection, and never resends it', async () => {
    await addAccount(t().db, sink);
    const [lead] = await addLeads(t().db, 1);
    sink.knobs.dropAfterData = true;
    const { emailId } = await queue(lead!.id);
    await engine().runUntilIdle();
    expect((await statusOf(emailId!)).status).toBe('unknown');
    sink.knobs.dropAfterData = false;
    clock.advance(24 * 60 * 60_000);
    const restarted = engine();
    await restarted.start();
    await restarted.stop();
    await engine().runUntilIdle();
    expect(sink.received).toHaveLength(1);
    expect((await statusOf(emailId!)).status).toBe('unknown');
  });

  it('turns rows left in "sending" by a crash into "unknown" on start', async () => {
    await addAccount(t().db, sink);
    const [lead] = await addLeads(t().db, 1);
    const { emailId } = await queue(lead!.id);
    await t().db.execute(sql`UPDATE emails SET status = 'sending', claimed_by = 'dead-engine', claimed_at = now() WHERE id = ${emailId}`);
    const e = engine();
    await e.start();
    await e.stop();
    expect((await statusOf(emailId!)).status).toBe('unknown');
    expect(sink.received).toHaveLength(0);
  });

  it('honours hourly and daily caps over rolling windows, across restarts', async () => {
    await addAccount(t().db, sink, { hourlyLimit: 2, dailyLimit: 3 });
    const people = await addLeads(t().db, 5);
    for (const p of people) await queue(p.id);
    await engine().runUntilIdle();
    expect(sink.received).toHaveLength(2);
    await engine().runUntilIdle(); // a restarted engine counts from the emails table
    expect(sink.received).toHaveLength(2);
    // The delivery log says why the other three wait.
    const waiting = await readDeliveryLog(t().db, clock.now(), { status: 'queued', offset: 0, limit: 10 });
    expect(waiting.rows.map((r) => r.waitReason)).toEqual(Array(3).fill(expect.stringMatching(/^Cap reached: .* sent 2 in the last hour \(hourly cap 2\)$/)));
    clock.advance(59 * 60_000);
    await engine().runUntilIdle();
    expect(sink.received).toHaveLength(2);
    clock.advance(2 * 60_000);
    await engine().runUntilIdle();
    expect(sink.received).toHaveLength(3); // the daily cap of 3 now binds
    const daily = await readDeliveryLog(t().db, clock.now(), { status: 'queued', offset: 0, limit: 10 });
    expect(daily.rows[0]!.waitReason).toMatch(/^Cap reached: .* sent 3 in the last 24 hours \(daily cap 3\)$/);
    clock.advance(23 * 60 * 60_000);
    await engine().runUntilIdle();
    expect(sink.received).toHaveLength(5);
  });

  it('keeps the random gap between sends of one account, across restarts', async () => {
    await setGapSeconds(t().db, 90, 90);
    await addAccount(t().db, sink);
    const people = await addLeads(t().db, 3);
    for (const p of people) await queue(p.id);
    const first = engine();
    const idle = await first.sendNext();
    expect(idle.kind).toBe('done');
    const next = await engine().sendNext();
    expect(next).toEqual({ kind: 'idle', retryAt: new Date(clock.now().getTime() + 90_000) });
    clock.advance(90_000);
    await engine().runUntilIdle();
    expect(sink.received).toHaveLength(2);
  });

  it('never sends to an address or a domain on the do-not-contact list', async () => {
    await addAccount(t().db, sink);
    const [a, b, c] = await addLeads(t().db, 3);
    await t().db.insert(doNotContact).values([
      { kind: 'address', value: a!.email, reason: 'unsubscribed' },
      { kind: 'domain', value: 'recipient.test', reason: 'manual' },
    ]);
    await t().db.update(leads).set({ email: 'someone@sub.recipient.test' }).where(eq(leads.id, c!.id));
    for (const p of [a!, b!, c!]) await queue(p.id);
    await engine().runUntilIdle();
    expect(sink.received).toHaveLength(0);
    const rows = await t().db.select().from(emails);
    expect(rows.map((r) => r.status)).toEqual(['skipped', 'skipped', 'skipped']);
    expect(rows.map((r) => r.waitReason).join(' ')).toMatch(/do-not-contact/);
  });

  it('leaves emails of a paused campaign in the queue', async () => {
    await addAccount(t().db, sink);
    const [lead] = await addLeads(t().db, 1);
    const campaign = await addCampaign(t().db, 'paused');
    const { emailId } = await queue(lead!.id, { campaignId: campaign.id });
    await engine().runUntilIdle();
    expect((await statusOf(emailId!)).status).toBe('queued');
    await t().db.update(campaigns).set({ status: 'active' }).where(eq(campaigns.id, campaign.id));
    await engine().runUntilIdle();
    expect((await statusOf(emailId!)).status).toBe('sent');
  });

  it('holds campaign emails to a lead marked as answered, from the moment the status changes', async () => {
    await addAccount(t().db, sink);
    const [answered, other] = await addLeads(t().db, 2);
    const campaign = await addCampaign(t().db, 'active');
    const held = await queue(answered!.id, { campaignId: campaign.id });
    const oneOff = await queue(answered!.id, { subject: 'A one-off reply' });
    const sent = await queue(other!.id, { campaignId: campaign.id });
    await t().db.update(leads).set({ status: 'responded' }).where(eq(leads.id, answered!.id));
    await engine().runUntilIdle();
    expect((await statusOf(held.emailId!)).status).toBe('queued');
    // An email the user sends by hand (no campaign) still goes; the other lead's campaign email too.
    expect((await statusOf(oneOff.emailId!)).status).toBe('sent');
    expect((await statusOf(sent.emailId!)).status).toBe('sent');
    const answeredEmail = answered!.email!;
    expect(sink.received).toHaveLength(2);
    expect(sink.received.filter((m) => m.envelope.to.includes(answeredEmail)).map((m) => m.headers.get('subject'))).toEqual(['A one-off reply']);
  });

  it('sends nothing while sending is paused', async () => {
    await addAccount(t().db, sink);
    const [lead] = await addLeads(t().db, 1);
    await queue(lead!.id);
    await t().db.execute(sql`INSERT INTO settings (key, value) VALUES ('sending.paused', 'true'::jsonb)`);
    await engine().runUntilIdle();
    expect(sink.received).toHaveLength(0);
    const [n] = await queryRows<{ n: number }>(t().db, sql`SELECT count(*)::int AS n FROM emails WHERE status = 'queued'`);
    expect(n!.n).toBe(1);
  });
});
