// Test helper, run as a child process (`node --import tsx src-main/testing/seed-campaign.ts DATA_DIR HOST PORT COUNT`):
// opens the embedded database of a data folder no app holds and adds COUNT leads (industry
// "campaign-e2e"), one template and a sending account pointing at a loopback SMTP server, no gaps.
import { sql } from 'drizzle-orm';
import { openEmbeddedDatabase } from '../db/client';
import { emailTemplates, leads, smtpConfig } from '../db/schema';

const [dataDir, host, port, count] = process.argv.slice(2);
if (!dataDir || !host || !port || !count) {
  process.stderr.write('usage: seed-campaign.ts DATA_DIR HOST PORT COUNT\n');
  process.exit(2);
}
const handle = await openEmbeddedDatabase({ dataDir });
try {
  await handle.db.insert(leads).values(
    Array.from({ length: Number(count) }, (_, i) => ({
      companyName: `Clinic ${i + 1}`,
      contactName: `Person ${i + 1}`,
      industry: 'campaign-e2e',
      source: 'manual',
      country: 'France',
      email: `clinic${i + 1}@prospect.test`,
    })),
  );
  await handle.db.insert(emailTemplates).values({ name: 'Clinic intro', subject: 'A question for {{companyName}}', bodyText: 'Hello {{companyName}}, a short note.' });
  await handle.db.insert(smtpConfig).values({ provider: 'custom', providerName: 'Loopback', host, port: Number(port), secure: false, fromEmail: 'ada@sender.test', fromName: 'Ada' });
  for (const key of ['sending.gapMinSeconds', 'sending.gapMaxSeconds']) {
    await handle.db.execute(sql`INSERT INTO settings (key, value) VALUES (${key}, '0'::jsonb) ON CONFLICT (key) DO UPDATE SET value = excluded.value`);
  }
} finally {
  await handle.close();
}
