// Test helper, run as a child process (`node --import tsx src-main/testing/seed-outbox.ts DATA_DIR ADDRESS...`):
// opens the embedded database of a data folder that no app holds, and queues one email per address.
import { openEmbeddedDatabase } from '../db/client';
import { leads } from '../db/schema';
import { enqueueEmail } from '../services/sending/enqueue-email';

const [dataDir, ...addresses] = process.argv.slice(2);
if (!dataDir || addresses.length === 0) {
  process.stderr.write('usage: seed-outbox.ts DATA_DIR ADDRESS...\n');
  process.exit(2);
}
const handle = await openEmbeddedDatabase({ dataDir });
try {
  for (const [i, email] of addresses.entries()) {
    const [lead] = await handle.db
      .insert(leads)
      .values({ companyName: `Prospect ${i + 1}`, contactName: `Person ${i + 1}`, industry: 'dental', source: 'manual', email })
      .returning({ id: leads.id });
    await enqueueEmail(handle.db, { leadId: lead!.id, step: 1, subject: `Hello from the outbox ${i + 1}`, bodyText: 'Hi there', scheduledAt: new Date() });
  }
} finally {
  await handle.close();
}
