// Test helper, run as its own process by the crash test and bench:
//   node --import tsx src-main/testing/crash-engine-child.ts DATA_DIR [DATABASE_URL]
// Runs the delivery engine on that database until nothing is left to send; the parent SIGKILLs it
// at random moments. It is the only engine on the database, so it recovers every 'sending' row.
import { sql } from 'drizzle-orm';
import { createEventSink, silentLogger, systemClock } from '../context';
import { openEmbeddedDatabase, openServerDatabase, queryRows } from '../db/client';
import { createKeyFileSecretStore } from '../secrets/key-file-secret-store';
import { createDeliveryEngine } from '../services/sending/delivery-engine';

const [dataDir, databaseUrl] = process.argv.slice(2);
if (!dataDir) throw new Error('usage: crash-engine-child.ts DATA_DIR [DATABASE_URL]');
const handle = databaseUrl ? await openServerDatabase({ url: databaseUrl, migrate: false, poolSize: 4 }) : await openEmbeddedDatabase({ dataDir });
const engine = createDeliveryEngine({
  db: handle.db,
  clock: systemClock,
  secrets: createKeyFileSecretStore(dataDir),
  log: silentLogger,
  events: createEventSink(),
  exclusive: true,
  pollMs: 20,
  concurrency: Number(process.env.CRASH_CONCURRENCY ?? 2),
  // One email per claim, as whenever the gap is not zero: a kill then leaves at most two 'unknown'.
  // Batches (CRASH_BATCH) are just as safe, but every claimed email of a killed batch becomes 'unknown'.
  batch: Number(process.env.CRASH_BATCH ?? 1),
});
await engine.start();
process.stdout.write('started\n');
for (;;) {
  await new Promise((resolve) => setTimeout(resolve, 50));
  const [left] = await queryRows<{ n: number }>(handle.db, sql`SELECT count(*)::int AS n FROM emails WHERE status IN ('queued', 'sending')`);
  if (left!.n === 0) break;
}
await engine.stop();
await handle.close();
process.stdout.write('done\n');
