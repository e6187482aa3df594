import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSmtpSink, type SmtpSink } from '../../testing/smtp-sink';
import { createSmtpSessions, type SmtpSessions } from './smtp-sessions';

const raw = (n: number) => Buffer.from(`From: ada@sender.test\r\nTo: lead${n}@example.test\r\nSubject: Hello ${n}\r\n\r\nHi ${n}\r\n`);
const envelope = (n: number) => ({ from: 'ada@sender.test', to: `lead${n}@example.test` });

describe('SMTP sessions kept between sends', () => {
  let sink: SmtpSink;
  let sessions: SmtpSessions;
  const endpoint = () => ({ host: sink.host, port: sink.port, secure: false, username: 'ada', password: 'secret' });

  beforeAll(async () => {
    sink = await startSmtpSink({ auth: { user: 'ada', pass: 'secret' } }, { greetingDelay: false });
  });
  afterAll(async () => {
    sessions?.closeAll();
    await sink.close();
  });
  beforeEach(() => {
    sessions?.closeAll();
    sessions = createSmtpSessions({ perAccount: 2 });
    sink.reset();
    sink.knobs.auth = { user: 'ada', pass: 'secret' };
  });

  it('sends back-to-back emails of one account over one logged-in connection', async () => {
    const before = sink.connections;
    for (let n = 0; n < 5; n++) expect(await sessions.send(endpoint(), envelope(n), raw(n))).toMatchObject({ kind: 'sent' });
    expect(sink.connections - before).toBe(1);
    expect(sink.received.map((m) => m.envelope.to[0])).toEqual([0, 1, 2, 3, 4].map((n) => `lead${n}@example.test`));
    expect(sink.received.every((m) => m.user === 'ada')).toBe(true);
  });

  it('never opens more connections to one account than allowed, however many sends run at once', async () => {
    const before = sink.connections;
    const results = await Promise.all(Array.from({ length: 12 }, (_, n) => sessions.send(endpoint(), envelope(n), raw(n))));
    expect(results.every((r) => r.kind === 'sent')).toBe(true);
    expect(sink.connections - before).toBe(2);
    expect(new Set(sink.received.map((m) => m.envelope.to[0])).size).toBe(12);
  });

  it('replaces a session the server closed while idle, delivering the email exactly once', async () => {
    await sessions.send(endpoint(), envelope(1), raw(1));
    sink.hangUpAll();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await sessions.send(endpoint(), envelope(2), raw(2))).toMatchObject({ kind: 'sent' });
    expect(sink.received.filter((m) => m.envelope.to[0] === 'lead2@example.test')).toHaveLength(1);
  });

  it('reports a reused session cut after the body as unknown and never sends it again', async () => {
    await sessions.send(endpoint(), envelope(1), raw(1));
    sink.knobs.dropAfterData = true;
    expect(await sessions.send(endpoint(), envelope(2), raw(2))).toMatchObject({ kind: 'unknown' });
    sink.knobs.dropAfterData = false;
    expect(await sessions.send(endpoint(), envelope(3), raw(3))).toMatchObject({ kind: 'sent' });
    expect(sink.received.map((m) => m.envelope.to[0])).toEqual(['lead1@example.test', 'lead2@example.test', 'lead3@example.test']);
  });

  it('gives a refused login back as the account failure it is', async () => {
    sink.knobs.failAuth = true;
    expect(await sessions.send(endpoint(), envelope(1), raw(1))).toMatchObject({ kind: 'account', reason: 'authentication' });
    expect(sink.received).toHaveLength(0);
  });
});
