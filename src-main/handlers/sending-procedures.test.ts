import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Envelope } from '../../src-shared/errors';
import type { AppContext } from '../context';
import { emails, smtpConfig } from '../db/schema';
import { createKeyFileSecretStore } from '../secrets/key-file-secret-store';
import type { SecretStore } from '../secrets/secret-store';
import { enqueueEmail } from '../services/sending/enqueue-email';
import { addLeads, realTransport, resetSendingTables } from '../testing/sending-fixtures';
import { startSmtpSink, type SmtpSink } from '../testing/smtp-sink';
import { createTestContext, createTestRouter } from '../testing/test-app';
import { useTestDatabase } from '../testing/test-db';

describe('sending procedures through the router', () => {
  const t = useTestDatabase();
  let sink: SmtpSink;
  let ctx: AppContext;
  const call = async (name: string, input: unknown) => {
    const envelope = (await createTestRouter(ctx).call(name, input)) as Envelope<unknown>;
    if (!envelope.ok) throw Object.assign(new Error(envelope.error.message), { code: envelope.error.code });
    return envelope.data as Record<string, unknown> & Array<Record<string, unknown>>;
  };
  const account = () => ({
    provider: 'custom', providerName: 'Sink', host: sink.host, port: sink.port, secure: false, username: 'ada', password: 'pw',
    fromEmail: 'ada@sender.test', fromName: 'Ada', replyTo: '', dailyLimit: 100, hourlyLimit: 10, isActive: true, isPrimary: true,
    priority: 0, documentationUrl: '', setupNotes: null,
  });

  beforeAll(async () => {
    sink = await startSmtpSink({ auth: { user: 'ada', pass: 'pw' } });
  });
  afterAll(() => sink.close());
  beforeEach(async () => {
    await resetSendingTables(t().db);
    ctx = createTestContext(t(), { createTransport: realTransport });
    sink.reset();
    sink.knobs.auth = { user: 'ada', pass: 'pw' };
  });

  it('stores the password sealed and tells the renderer only that it is set', async () => {
    const created = await call('smtp.create', account());
    expect(created.passwordSet).toBe(true);
    expect(JSON.stringify(created)).not.toContain('"pw"');
    const [row] = await t().db.select().from(smtpConfig);
    expect(row!.password).toMatch(/^sealed:kf1:/);
    const list = await call('smtp.list', {});
    expect(list[0]).toMatchObject({ providerName: 'Sink', passwordSet: true, usage: { lastHour: 0, last24h: 0 } });
    expect(list[0]).not.toHaveProperty('password');
  });

  it('tests the connection and sends a test email, showing the server reply', async () => {
    const { id } = await call('smtp.create', account());
    expect(await call('smtp.testConnection', { id })).toMatchObject({ ok: true });
    const sent = await call('smtp.sendTest', { id, to: 'me@mine.test' });
    expect(sent).toMatchObject({ ok: true, message: expect.stringMatching(/^250 /) });
    expect(sink.received[0]!.messageId).toBe(sent.messageId);
    sink.knobs.failAuth = true;
    expect(await call('smtp.testConnection', { id })).toMatchObject({ ok: false, message: expect.stringMatching(/535/) });
  });

  it('asks before storing a password where secrets fall back to a key file', async () => {
    const keyFile = createKeyFileSecretStore(t().dataDir);
    const fallback: SecretStore = { ...keyFile, kind: 'plain-text-fallback' };
    ctx = createTestContext(t(), { secrets: fallback });
    expect(await call('secrets.status', {})).toMatchObject({ kind: 'plain-text-fallback', message: expect.stringMatching(/no keyring/) });
    await expect(call('smtp.create', account())).rejects.toMatchObject({ code: 'PRECONDITION_FAILED' });
    const created = await call('smtp.create', { ...account(), acknowledgeWeakStorage: true });
    expect(created.passwordSet).toBe(true);
  });

  it('keeps one primary account and clears a rest when the settings change', async () => {
    const a = await call('smtp.create', account());
    const b = await call('smtp.create', { ...account(), providerName: 'Second' });
    const list = await call('smtp.list', {});
    expect(list.filter((x) => x.isPrimary).map((x) => x.id)).toEqual([b.id]);
    await t().db.update(smtpConfig).set({ restingUntil: new Date(Date.now() + 3_600_000), restReason: 'authentication: 535' }).where(eq(smtpConfig.id, a.id as string));
    expect((await call('smtp.list', {})).find((x) => x.id === a.id)!.restReason).toMatch(/535/);
    const updated = await call('smtp.update', { id: a.id, password: 'new' });
    expect(updated.restingUntil).toBeNull();
  });

  it('imports, lists, exports and removes do-not-contact entries, skipping queued emails', async () => {
    const [lead] = await addLeads(t().db, 1);
    const { emailId } = await enqueueEmail(t().db, { leadId: lead!.id, step: 1, subject: 's', bodyText: 'b', scheduledAt: new Date() });
    const imported = await call('doNotContact.importCsv', { csv: 'email,name\nann@x.test,Ann\n@Recipient.test,\nnot an address,\nann@x.test,dup', reason: 'unsubscribed' });
    expect(imported).toEqual({ added: 2, alreadyListed: 0, invalid: ['not an address'] });
    const [row] = await t().db.select().from(emails).where(eq(emails.id, emailId!));
    expect(row!.status).toBe('skipped');
    const again = await call('doNotContact.add', { value: 'ANN@x.test', reason: 'manual' });
    expect(again.created).toBe(false);
    const list = await call('doNotContact.list', { search: 'recipient' });
    expect(list.rows).toMatchObject([{ value: 'recipient.test', kind: 'domain', reason: 'unsubscribed' }]);
    const exported = await call('doNotContact.exportCsv', {});
    expect(exported.csv).toMatch(/^value,kind,reason,note,created_at\r?\nann@x\.test,address,unsubscribed/);
    await call('doNotContact.remove', { id: (list.rows as Array<{ id: string }>)[0]!.id });
    expect((await call('doNotContact.list', {})).total).toBe(1);
    await expect(call('doNotContact.add', { value: 'nonsense' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });

  it('shows the delivery log with reasons, and lets the user resolve unknown emails', async () => {
    const [a, b] = await addLeads(t().db, 2);
    const { id: accountId } = await call('smtp.create', account());
    const one = await enqueueEmail(t().db, { leadId: a!.id, step: 1, subject: 'First', bodyText: 'b', scheduledAt: new Date() });
    const two = await enqueueEmail(t().db, { leadId: b!.id, step: 1, subject: 'Second', bodyText: 'b', scheduledAt: new Date() });
    await t().db.execute(sql`UPDATE emails SET status = 'unknown', smtp_config_id = ${accountId as string}, claimed_at = now(), message_id = '<m@x>' WHERE id = ${one.emailId}`);
    await call('sending.setPaused', { paused: true });
    const log = await call('sending.log', { status: 'all' });
    expect(log.total).toBe(2);
    const rows = log.rows as Array<Record<string, unknown>>;
    expect(rows.find((r) => r.id === two.emailId)).toMatchObject({ status: 'queued', waitReason: 'Sending is paused' });
    expect(rows.find((r) => r.id === one.emailId)).toMatchObject({ status: 'unknown', accountName: 'Sink' });
    await call('sending.resolveUnknown', { emailId: one.emailId, outcome: 'sent' });
    const status = await call('sending.status', {});
    expect(status).toMatchObject({ paused: true, counts: { sent: 1, queued: 1, unknown: 0 } });
    expect((await call('smtp.list', {}))[0]!.usage).toEqual({ lastHour: 1, last24h: 1 });
    await expect(call('sending.resolveUnknown', { emailId: one.emailId, outcome: 'failed' })).rejects.toMatchObject({ code: 'PRECONDITION_FAILED' });
    await call('sending.cancel', { emailId: two.emailId });
    expect((await call('sending.status', {})).counts).toMatchObject({ cancelled: 1, queued: 0 });
  });
});
