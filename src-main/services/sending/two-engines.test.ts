import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEventSink, systemClock, silentLogger } from '../../context';
import { openServerDatabase, queryRows, type DatabaseHandle } from '../../db/client';
import { createKeyFileSecretStore } from '../../secrets/key-file-secret-store';
import { addAccount, addLeads, setGapSeconds } from '../../testing/sending-fixtures';
import { startSmtpSink, type SmtpSink } from '../../testing/smtp-sink';
import { testServerUrl, useTestDatabase } from '../../testing/test-db';
import { createDeliveryEngine } from './delivery-engine';
import { enqueueEmail } from './enqueue-email';

// Two engines on one PGlite folder cannot exist (one process owns it), so this is a server test.
const onServer = testServerUrl() !== null;

describe.skipIf(!onServer)('two engines on one Postgres database (runs when TEST_DATABASE_URL is set)', () => {
  const t = useTestDatabase();
  let sink: SmtpSink;
  let other: DatabaseHandle;

  beforeAll(async () => {
    sink = await startSmtpSink();
    other = await openServerDatabase({ url: t().url!, poolSize: 5, migrate: false });
  });
  afterAll(async () => {
    await other?.close();
    await sink?.close();
  });

  it('never send the same row twice', async () => {
    const db = t().db;
    await setGapSeconds(db, 0, 0);
    await addAccount(db, sink, { providerName: 'A', isPrimary: true });
    await addAccount(db, sink, { providerName: 'B', priority: 1, fromEmail: 'bob@sender.test' });
    const people = await addLeads(db, 300);
    for (const p of people) await enqueueEmail(db, { leadId: p.id, step: 1, subject: 'Hi', bodyText: 'Hello', scheduledAt: new Date() });

    const engines = [t().db, other.db].map((engineDb) =>
      createDeliveryEngine({
        db: engineDb,
        clock: systemClock,
        secrets: createKeyFileSecretStore(t().dataDir),
        log: silentLogger,
        events: createEventSink(),
        exclusive: false,
        pollMs: 50,
        concurrency: 3,
      }),
    );
    await Promise.all(engines.map((e) => e.start()));
    await sink.waitFor(300, 60_000);
    for (;;) {
      const [left] = await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM emails WHERE status IN ('queued', 'sending')`);
      if (left!.n === 0) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    await Promise.all(engines.map((e) => e.stop()));

    const ids = sink.received.map((m) => m.messageId);
    expect(ids).toHaveLength(300);
    expect(new Set(ids).size).toBe(300);
    expect(new Set(sink.received.map((m) => m.envelope.to[0])).size).toBe(300);
    const [sent] = await queryRows<{ n: number; engines: number }>(
      db,
      sql`SELECT count(*)::int AS n, count(DISTINCT claimed_by)::int AS engines FROM emails WHERE status = 'sent'`,
    );
    expect(sent!.n).toBe(300);
    expect(sent!.engines).toBe(2);
  });
});
