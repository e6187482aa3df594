// npm run bench -- send
// 10,000 emails to a loopback SMTP server with caps and gaps off: the engine (claim, send, record,
// one transaction each side of every SMTP conversation) next to a plain nodemailer loop sending the
// same messages to the same server in the same run. Then the crash test's duplicate count.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import nodemailer from 'nodemailer';
import { createEventSink, silentLogger, systemClock } from '../../context';
import { openEmbeddedDatabase, queryRows } from '../../db/client';
import { emails } from '../../db/schema';
import { createKeyFileSecretStore } from '../../secrets/key-file-secret-store';
import { reportFigure } from '../../testing/bench';
import { runCrashTest } from '../../testing/crash-run';
import { addAccount, addLeads, setGapSeconds } from '../../testing/sending-fixtures';
import { startSmtpSink } from '../../testing/smtp-sink';
import { createDeliveryEngine } from './delivery-engine';

const COUNT = Number(process.env.SEND_BENCH_COUNT ?? 10_000);
const CONCURRENCY = Number(process.env.SEND_BENCH_CONCURRENCY ?? 2);
const BATCH = Number(process.env.SEND_BENCH_BATCH ?? 32);

const sink = await startSmtpSink({}, { greetingDelay: false });
const dataDir = mkdtempSync(join(tmpdir(), 'outreach-desk-bench-send-'));
const handle = await openEmbeddedDatabase({ dataDir });
try {
  await setGapSeconds(handle.db, 0, 0);
  await addAccount(handle.db, sink);
  const people = await addLeads(handle.db, COUNT);
  for (let i = 0; i < people.length; i += 1000) {
    await handle.db.insert(emails).values(
      people.slice(i, i + 1000).map((p, j) => ({ leadId: p.id, subject: `Bench ${i + j}`, bodyText: 'Hello, this is a benchmark email.\n\nBest,\nAda' })),
    );
  }

  // Baseline: the same messages, one after another, through a plain nodemailer transport.
  const transport = nodemailer.createTransport({ host: sink.host, port: sink.port, secure: false });
  let t0 = performance.now();
  for (let i = 0; i < COUNT; i++) {
    await transport.sendMail({ from: { name: 'Ada Lovelace', address: 'ada@sender.test' }, to: people[i]!.email, subject: `Bench ${i}`, text: 'Hello, this is a benchmark email.\n\nBest,\nAda' });
  }
  const baseline = COUNT / ((performance.now() - t0) / 1000);
  transport.close();
  sink.reset();

  // Done when every email is recorded as sent: counted from the engine's events, not by polling the database it is using.
  const events = createEventSink();
  let recorded = 0;
  let allRecorded!: () => void;
  const finished = new Promise<void>((resolve) => (allRecorded = resolve));
  events.subscribe((name) => {
    if (name === 'sending.sent' && ++recorded === COUNT) allRecorded();
  });
  const engine = createDeliveryEngine({
    db: handle.db,
    clock: systemClock,
    secrets: createKeyFileSecretStore(dataDir),
    log: silentLogger,
    events,
    exclusive: true,
    pollMs: 20,
    concurrency: CONCURRENCY,
    batch: BATCH,
  });
  t0 = performance.now();
  await engine.start();
  await finished;
  const engineRate = COUNT / ((performance.now() - t0) / 1000);
  await engine.stop();
  const [notSent] = await queryRows<{ n: number }>(handle.db, sql`SELECT count(*)::int AS n FROM emails WHERE status <> 'sent'`);
  if (notSent!.n !== 0 || sink.received.length !== COUNT) throw new Error(`${notSent!.n} emails not sent, ${sink.received.length} received`);

  reportFigure('send.baseline', baseline, 'emails/s', { emails: COUNT });
  reportFigure('send.engine', engineRate, 'emails/s', { emails: COUNT, concurrency: CONCURRENCY, batch: BATCH, database: 'embedded' });
  reportFigure('send.ratio', engineRate / baseline, 'ratio', { target: 0.8 });
} finally {
  await handle.close();
  await sink.close();
  rmSync(dataDir, { recursive: true, force: true });
}

if (process.env.SEND_BENCH_SKIP_CRASH !== '1') {
  const crash = await runCrashTest({ emails: 1000, kills: 20 });
  reportFigure('send.crash.duplicates', crash.duplicates, 'messages', { emails: crash.emails, kills: crash.kills, received: crash.received, ...crash.counts, seconds: crash.seconds });
}
