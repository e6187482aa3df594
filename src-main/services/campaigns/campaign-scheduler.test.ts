// Three simulated weeks of a campaign against the real delivery engine and a loopback SMTP server,
// with the database closed and reopened every few days, a daylight-saving change in Paris and in
// Sydney, a pause and resume mid-sequence, and a lead who replied.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addLocalDays, isInsideWindow, localDayKey, nextWindowOpening, type SendingWindow } from '../../../src-shared/domain/campaign-schedule';
import { createEventSink, silentLogger } from '../../context';
import { openEmbeddedDatabase, openServerDatabase, queryRows, type DatabaseHandle } from '../../db/client';
import { campaignLeads, campaigns, doNotContact, emailTemplates, leads } from '../../db/schema';
import { createKeyFileSecretStore } from '../../secrets/key-file-secret-store';
import { addAccount, manualClock, setGapSeconds } from '../../testing/sending-fixtures';
import { startSmtpSink, type SmtpSink } from '../../testing/smtp-sink';
import { createServerDatabase, testServerUrl } from '../../testing/test-db';
import { createDeliveryEngine } from '../sending/delivery-engine';
import { previewAudience } from './campaign-audience';
import { createCampaignScheduler } from './campaign-scheduler';
import { launchCampaign, createCampaign, pauseCampaign, resumeCampaign, getCampaign } from './manage-campaigns';
import { campaignSettingsSchema } from '../../../src-shared/contract/campaigns';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const window: SendingWindow = { days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' };
// Monday 24 March 2025 00:00 UTC: Paris springs forward on 30 March, Sydney falls back on 6 April.
const START = new Date('2025-03-24T00:00:00Z');
const PLACES = [
  { country: 'France', city: 'Paris', zone: 'Europe/Paris' },
  { country: 'United States', city: 'New York', zone: 'America/New_York' },
  { country: 'Australia', city: 'Sydney', zone: 'Australia/Sydney' },
];

describe('campaign scheduler over three simulated weeks', () => {
  let dataDir: string;
  let serverDb: { url: string; drop(): Promise<void> } | null = null;
  let handle: DatabaseHandle;
  let sink: SmtpSink;
  const open = () => (serverDb ? openServerDatabase({ url: serverDb.url, poolSize: 5 }) : openEmbeddedDatabase({ dataDir }));

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'outreach-desk-campaigns-'));
    const server = testServerUrl();
    if (server) serverDb = await createServerDatabase(server);
    handle = await open();
    sink = await startSmtpSink();
  });
  afterAll(async () => {
    await handle?.close();
    await serverDb?.drop();
    await sink?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('sends each step once, on the right local day inside the window, within caps, across restarts, DST, pause and a reply', { timeout: 300_000 }, async () => {
    let db = handle.db;
    const clock = manualClock(START);
    await setGapSeconds(db, 0, 0);
    const accountA = await addAccount(db, sink, { providerName: 'A', hourlyLimit: 4, dailyLimit: 14 });
    const accountB = await addAccount(db, sink, { providerName: 'B', hourlyLimit: 4, dailyLimit: 14 });
    const [template] = await db
      .insert(emailTemplates)
      .values({ name: 'Intro', subject: 'Quick question for {{companyName}}', bodyText: 'Hello {{companyName}}, a short note.' })
      .returning();
    const leadRows = await db
      .insert(leads)
      .values(
        Array.from({ length: 30 }, (_, i) => ({
          companyName: `Company ${i}`,
          email: `lead${i}@recipient.test`,
          source: 'manual',
          industry: 'dental',
          country: PLACES[i % 3]!.country,
          city: PLACES[i % 3]!.city,
        })),
      )
      .returning();
    // Excluded from the audience: no email, do-not-contact, invalid.
    await db.insert(leads).values([
      { companyName: 'No email', source: 'manual', industry: 'dental' },
      { companyName: 'Blocked', email: 'blocked@recipient.test', source: 'manual', industry: 'dental' },
      { companyName: 'Invalid', email: 'invalid@recipient.test', source: 'manual', industry: 'dental', status: 'invalid' },
    ]);
    await db.insert(doNotContact).values({ kind: 'address', value: 'blocked@recipient.test', reason: 'manual' });

    const settings = campaignSettingsSchema.parse({
      name: 'Dentists',
      audienceFilter: { industries: ['dental'] },
      emailTemplateId: template!.id,
      accountIds: [accountA.id, accountB.id],
      leadsPerDay: 10,
      scheduleType: 'immediate',
      timeZoneMode: 'recipient',
      timeZone: 'Europe/Paris',
    });
    const preview = await previewAudience(db, settings);
    expect(preview.count).toBe(30);
    expect(preview.excluded).toEqual({ noEmail: 1, doNotContact: 1, invalid: 1, activeElsewhere: 0 });

    const created = await createCampaign(db, settings);
    await launchCampaign(db, created.id, clock.now());

    const zoneOf = new Map(leadRows.map((l, i) => [l.id, PLACES[i % 3]!.zone]));
    let replied = '';
    let pausedFrom = 0;
    let pausedUntil = 0;

    const makeEngine = () =>
      createDeliveryEngine({
        db,
        clock,
        secrets: createKeyFileSecretStore(dataDir),
        log: silentLogger,
        events: createEventSink(),
        randomGapMs: (min) => min,
        exclusive: true,
      });
    let engine = makeEngine();
    let scheduler = createCampaignScheduler({ db, clock });

    for (let step = 0; clock.now().getTime() < START.getTime() + 21 * DAY; step++) {
      const elapsed = clock.now().getTime() - START.getTime();
      // Restart every 4 days: the database is closed and reopened, engine and scheduler start afresh.
      if (step > 0 && elapsed % (4 * DAY) === 0) {
        await handle.close();
        handle = await open();
        db = handle.db;
        engine = makeEngine();
        scheduler = createCampaignScheduler({ db, clock });
      }
      // Day 1, 12:00 UTC: lead 0 (Paris, first email sent that morning) is marked as having replied.
      if (elapsed === 1 * DAY + 12 * HOUR) {
        const [first] = await queryRows<{ leadId: string }>(
          db,
          sql`SELECT e.lead_id AS "leadId" FROM emails e JOIN leads l ON l.id = e.lead_id
              WHERE l.country = 'France' AND e.status = 'sent' GROUP BY e.lead_id HAVING count(*) = 1 LIMIT 1`,
        );
        replied = first!.leadId;
        await db.update(leads).set({ status: 'responded' }).where(eq(leads.id, replied));
      }
      // Mid-sequence: paused from day 7 (Monday of week 2) 10:00 UTC to day 9 10:00 UTC.
      if (elapsed === 7 * DAY + 10 * HOUR) {
        await pauseCampaign(db, created.id);
        pausedFrom = clock.now().getTime();
      }
      if (elapsed === 9 * DAY + 10 * HOUR) {
        await resumeCampaign(db, created.id, clock.now());
        pausedUntil = clock.now().getTime();
      }
      await scheduler.tickNow();
      await engine.runUntilIdle();
      clock.advance(30 * 60_000);
    }

    const sent = await queryRows<{ leadId: string; step: number; sentAt: string | Date; accountId: string; messageId: string; inReplyTo: string | null; subject: string }>(
      db,
      sql`SELECT lead_id AS "leadId", step_number AS step, sent_at AS "sentAt", smtp_config_id AS "accountId", message_id AS "messageId",
            in_reply_to AS "inReplyTo", subject FROM emails WHERE status = 'sent' ORDER BY sent_at`,
    );
    // 0 duplicates: the server got exactly what the queue recorded, one message per lead and step.
    expect(sink.received.length).toBe(sent.length);
    expect(new Set(sink.received.map((m) => m.messageId)).size).toBe(sink.received.length);
    expect(new Set(sent.map((s) => `${s.leadId}:${s.step}`)).size).toBe(sent.length);
    // The replied lead got its first email and nothing more; everyone else the whole sequence.
    expect(sent.filter((s) => s.leadId === replied).map((s) => s.step)).toEqual([1]);
    expect(sent.length).toBe(1 + 29 * 3);

    const byLead = new Map<string, typeof sent>();
    for (const s of sent) byLead.set(s.leadId, [...(byLead.get(s.leadId) ?? []), s]);
    for (const [leadId, rows] of byLead) {
      const zone = zoneOf.get(leadId)!;
      for (const r of rows) {
        const at = new Date(r.sentAt).getTime();
        // Inside the window in the recipient's zone, and nothing while the campaign was paused.
        expect(isInsideWindow(at, window, zone), `${zone} ${new Date(at).toISOString()}`).toBe(true);
        expect(at >= pausedFrom && at < pausedUntil).toBe(false);
      }
      // Follow-ups: from the same account, in the first email's thread, on the local day they are due.
      for (let i = 1; i < rows.length; i++) {
        const previous = new Date(rows[i - 1]!.sentAt).getTime();
        const delay = rows[i]!.step === 2 ? 3 : 5;
        const due = nextWindowOpening(addLocalDays(previous, delay, zone), window, zone).getTime();
        const at = new Date(rows[i]!.sentAt).getTime();
        const heldByPause = due < pausedUntil && due >= pausedFrom;
        if (!heldByPause) expect(localDayKey(at, zone)).toBe(localDayKey(due, zone));
        expect(at).toBeGreaterThanOrEqual(due);
        expect(rows[i]!.accountId).toBe(rows[0]!.accountId);
        expect(rows[i]!.inReplyTo).toBe(rows[i - 1]!.messageId);
        expect(rows[i]!.subject).toBe(`Re: ${rows[0]!.subject}`);
      }
    }
    // 0 cap violations: no account sent more than 4 in any 60 minutes or 14 in any 24 hours.
    for (const account of [accountA.id, accountB.id]) {
      const times = sent.filter((s) => s.accountId === account).map((s) => new Date(s.sentAt).getTime());
      for (const t0 of times) {
        expect(times.filter((t) => t >= t0 && t < t0 + HOUR).length).toBeLessThanOrEqual(4);
        expect(times.filter((t) => t >= t0 && t < t0 + DAY).length).toBeLessThanOrEqual(14);
      }
    }
    // At most leadsPerDay new leads a campaign-local day.
    const perDay = await queryRows<{ day: string; n: number }>(
      db,
      sql`SELECT enrolled_day AS day, count(*)::int AS n FROM campaign_leads WHERE enrolled_day IS NOT NULL GROUP BY enrolled_day`,
    );
    for (const d of perDay) expect(d.n).toBeLessThanOrEqual(10);

    // Lead statuses moved with the sequence; the campaign completed once everyone finished or left.
    const statuses = await db.select({ id: leads.id, status: leads.status, stage: leads.followUpStage }).from(leads);
    for (const l of statuses.filter((s) => byLead.has(s.id) && s.id !== replied)) expect(l).toMatchObject({ status: 'follow_up_2', stage: 'follow_up_2' });
    const progress = await db.select().from(campaignLeads).where(eq(campaignLeads.campaignId, created.id));
    expect(progress.filter((p) => p.state === 'finished')).toHaveLength(29);
    expect(progress.find((p) => p.leadId === replied)).toMatchObject({ state: 'left', leftReason: 'responded' });
    const [row] = await db.select().from(campaigns).where(eq(campaigns.id, created.id));
    expect(row!.status).toBe('completed');
    const detail = await getCampaign(db, created.id);
    expect(detail.numbers).toMatchObject({ enrolled: 30, sent: 88, replied: 1, finished: 29 });
  });
});
