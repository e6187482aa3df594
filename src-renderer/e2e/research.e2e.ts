import pg from 'pg';
import { rmSync } from 'node:fs';
import { loadFixtureSites, startFixtureSiteServer, type FixtureSiteServer } from '../../src-main/testing/fixture-site-server';
import { expect, openApp, screenshot, serveApp, test } from './fixtures';

// The served app resolves names with the system resolver, so each fixture site gets its own
// loopback address (127.0.0.2, 127.0.0.3, …): one domain per lead, as in real life.
const sites = ['kinetic-sports-massage', 'physio-am-park', 'loodgieter-de-vries', 'salon-lumiere', 'bright-smile-dental', 'kapsalon-knip'];
const names: Record<string, string> = {
  'kinetic-sports-massage': 'Kinetic Sports Massage',
  'physio-am-park': 'Physio am Park',
  'loodgieter-de-vries': 'Loodgieter de Vries',
  'salon-lumiere': 'Salon Lumière',
  'bright-smile-dental': 'Bright Smile Dental',
  'kapsalon-knip': 'Kapsalon Knip',
};
const servers: FixtureSiteServer[] = [];
let urls: Record<string, string> = {};

test.beforeAll(async () => {
  const fixtures = loadFixtureSites();
  urls = {};
  for (const [i, name] of sites.entries()) {
    const address = `127.0.0.${i + 2}`;
    const site = fixtures.find((s) => s.name === name)!;
    const server = await startFixtureSiteServer(new Map([[address, site.files]]), { host: address });
    servers.push(server);
    urls[name] = server.url(address);
  }
});
test.afterAll(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

const serverUrl = process.env.CI_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

async function createDatabase(): Promise<{ url: string; drop(): Promise<void> } | null> {
  const admin = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 3_000 });
  try {
    await admin.connect();
  } catch {
    return null;
  }
  const name = `od_e2e_research_${Date.now().toString(36)}`;
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: serverUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    },
  };
}

test('analyse the leads’ websites from the Research page, watch progress, and see the evidence', async ({ page }) => {
  // Leads are written straight into the app's database (a PostgreSQL server here): the Leads
  // workspace that creates them is another area's.
  const database = await createDatabase();
  test.skip(!database, `no PostgreSQL server at ${serverUrl}`);
  const app = await serveApp({ extraArgs: ['--database-url', database!.url] });
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  const client = new pg.Client({ connectionString: database!.url });
  try {
    await app.rpc('settings.set', { key: 'research.allowPrivateNetwork', value: true });
    // Slow enough to watch the progress bar move, quick enough for a test.
    await app.rpc('settings.set', { key: 'research.politeDelayMs', value: 700 });
    await app.rpc('settings.set', { key: 'research.concurrency', value: 2 });
    await client.connect();
    for (const name of sites) {
      await client.query(`insert into leads (company_name, website, industry, source) values ($1, $2, 'Health & beauty', 'manual')`, [names[name], urls[name]]);
    }
    await client.query(`insert into leads (company_name, industry, source) values ('No Website Co', 'Retail', 'manual')`);

    await openApp(page, app, '/research');
    await expect(page.getByRole('heading', { level: 2, name: 'Research' })).toBeVisible();
    await screenshot(page, 'research-empty');
    await page.getByTestId('analyse-leads').click();

    const job = page.getByTestId('research-job');
    await expect(job.getByTestId('job-status')).toHaveText(/queued|running/);
    await expect(job).toHaveAttribute('data-status', 'running');
    await expect(job.getByTestId('job-counts')).toContainText('of 6 websites');
    await expect(job.locator('tr[data-state="done"]').first()).toBeVisible();
    await screenshot(page, 'research-running');
    await expect(job).toHaveAttribute('data-status', 'completed', { timeout: 60_000 });
    await expect(job.getByTestId('job-counts')).toContainText('6 of 6 websites');
    await expect(job.getByTestId('job-counts')).toContainText('6 leads updated');
    const kinetic = job.getByTestId('research-results').getByRole('row').filter({ hasText: 'Kinetic Sports Massage' });
    await expect(kinetic).toContainText('Calendly');
    await expect(job.getByTestId('research-results').getByRole('row').filter({ hasText: 'Physio am Park' })).toContainText('high');
    await screenshot(page, 'research-completed');

    // The evidence, as the lead record shows it.
    await kinetic.getByRole('button', { name: 'Kinetic Sports Massage' }).click();
    const evidence = page.getByTestId('lead-evidence');
    await expect(evidence).toContainText('Calendly embed on /book-a-session');
    // Let the drawer finish sliding in before the picture.
    await page.getByRole('dialog').evaluate((el) => Promise.all(el.getAnimations({ subtree: true }).map((a) => a.finished)));
    await expect(evidence).toContainText('book@kineticsportsmassage.com — found on /');
    await screenshot(page, 'research-evidence');
    await page.keyboard.press('Escape');

    const { rows } = await client.query(`select current_booking_tool, has_online_booking, booking_potential, quality_score, email from leads where company_name = 'Kinetic Sports Massage'`);
    expect(rows[0]).toMatchObject({ current_booking_tool: 'calendly', has_online_booking: true, booking_potential: 'low', email: 'book@kineticsportsmassage.com' });
    expect(rows[0].quality_score).not.toBeNull();

    // Nothing left to analyse: a second run is refused with the reason; "again" re-runs from the cache.
    await page.getByTestId('analyse-leads').click();
    await expect(page.getByText('Every lead with a website has a recent analysis')).toBeVisible();
    expect(pageErrors).toEqual([]);
  } finally {
    await client.end().catch(() => undefined);
    await app.stop();
    rmSync(app.dataDir, { recursive: true, force: true });
    await database!.drop();
  }
});

test('pasted addresses and "try a site" on the embedded database; a running job can be cancelled', async ({ page, app }) => {
  await app.rpc('settings.set', { key: 'research.allowPrivateNetwork', value: true });
  await app.rpc('settings.set', { key: 'research.politeDelayMs', value: 1500 });
  await app.rpc('settings.set', { key: 'research.concurrency', value: 1 });
  await openApp(page, app, '/research');

  await page.getByTestId('try-url').fill(urls['salon-lumiere']!);
  await page.getByTestId('try-analyse').click();
  await expect(page.getByTestId('try-result')).toContainText('Fresha');

  await page.getByTestId('analyse-urls').fill(sites.map((s) => urls[s]).join('\n'));
  await page.getByTestId('analyse-pasted').click();
  const job = page.getByTestId('research-job');
  await expect(job).toHaveAttribute('data-status', 'running');
  await expect(job.locator('tr[data-state="done"]').first()).toBeVisible({ timeout: 30_000 });
  await job.getByTestId('job-cancel').click();
  await expect(job).toHaveAttribute('data-status', 'cancelled');
  await screenshot(page, 'research-cancelled');
  const jobs = await app.rpc<Array<{ status: string; done: number; total: number }>>('research.jobs', {});
  expect(jobs[0]!.status).toBe('cancelled');
  expect(jobs[0]!.done).toBeLessThan(jobs[0]!.total);
});

test('from the leads table: select leads, "Analyse websites", follow the job, open a lead and see its evidence', async ({ page, app }) => {
  await app.rpc('settings.set', { key: 'research.allowPrivateNetwork', value: true });
  await app.rpc('settings.set', { key: 'research.politeDelayMs', value: 300 });
  for (const name of sites) {
    await app.rpc('leads.create', { lead: { companyName: `${names[name]} (fixture)`, website: urls[name], industry: 'Health & beauty' } });
  }
  await app.rpc('leads.create', { lead: { companyName: 'Elsewhere Ltd', website: 'https://example.invalid', industry: 'Retail' } });

  await openApp(page, app, '/leads');
  const rows = page.getByTestId('lead-row');
  await page.getByTestId('leads-search').fill('fixture');
  await expect(rows).toHaveCount(6);
  await page.getByRole('checkbox', { name: 'Select every lead of this filter' }).click();
  await expect(page.getByTestId('selection-count')).toHaveText('6 leads selected');
  await page.getByTestId('bulk-analyse-websites').click();
  await expect(page.getByText('6 websites queued.')).toBeVisible();
  await screenshot(page, 'research-from-leads');
  await page.getByRole('link', { name: 'Follow it on the Research page' }).click();

  const job = page.getByTestId('research-job');
  await expect(job.getByRole('heading', { name: '6 selected leads' })).toBeVisible();
  await expect(job).toHaveAttribute('data-status', 'completed', { timeout: 60_000 });
  await expect(job.getByTestId('job-counts')).toContainText('6 leads updated');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Leads' }).click();
  await page.getByTestId('leads-search').fill('Kinetic');
  await expect(rows).toHaveCount(1);
  await rows.first().click();
  await page.getByRole('button', { name: 'Website analysis' }).click();
  const evidence = page.getByTestId('lead-drawer').getByTestId('lead-evidence');
  await expect(evidence).toContainText('Calendly embed on /book-a-session');
  await expect(evidence).toContainText('Potential: low');
  await evidence.scrollIntoViewIfNeeded();
  await screenshot(page, 'research-lead-drawer-evidence');
});
