// Puts leads into a data folder before `outreach-desk serve` opens it (this branch has no lead
// procedures yet). Usage: node --import tsx src-renderer/e2e/support/seed-leads.ts DATA_DIR JSON
import { leads, type NewLead } from '../../../src-main/db/schema';
import { openApp } from '../../../src-main/start/open-app';
import { silentLogger } from '../../../src-main/context';

const [dataDir, json] = process.argv.slice(2);
const app = await openApp({ dataDir: dataDir!, shell: 'cli', environmentUrl: '', log: silentLogger, background: false });
try {
  await app.ctx.db.insert(leads).values(JSON.parse(json!) as NewLead[]);
} finally {
  await app.close();
}
