import pg from 'pg';
import { rmSync } from 'node:fs';
import { expect, openApp, screenshot, serveApp, test } from './fixtures';

const serverUrl = process.env.CI_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

async function createDatabase(): Promise<{ url: string; drop(): Promise<void> } | null> {
  const admin = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 3_000 });
  try {
    await admin.connect();
  } catch {
    return null;
  }
  const name = `od_e2e_${Date.now().toString(36)}`;
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

test('switch to a PostgreSQL server from Settings, restart on it, and switch back', async ({ page }) => {
  const database = await createDatabase();
  test.skip(!database, `no PostgreSQL server at ${serverUrl}`);
  let app = await serveApp();
  const dataDir = app.dataDir;
  try {
    await openApp(page, app, '/settings/database');
    await page.getByTestId('server-url').fill(database!.url);
    await page.getByRole('button', { name: 'Test connection' }).click();
    await expect(page.getByTestId('connection-result')).toContainText('Connected to PostgreSQL');
    await page.getByRole('button', { name: 'Use this server from the next start' }).click();
    await expect(page.getByTestId('database-next-start')).toContainText('the server');
    await screenshot(page, 'settings-database-next-start');

    await app.stop();
    app = await serveApp({ dataDir });
    await openApp(page, app, '/settings/database');
    await expect(page.getByTestId('database-mode-badge')).toHaveText(/PostgreSQL server/);
    await expect(page.getByTestId('table-counts').getByText('website_analysis_cache', { exact: true })).toBeVisible();
  expect(await page.getByTestId("table-counts").locator("tbody tr").count()).toBeGreaterThanOrEqual(18);
    await screenshot(page, 'settings-database-server');
    await page.getByRole('button', { name: 'Switch back to the embedded database' }).click();
    await expect(page.getByTestId('database-next-start')).toContainText('the embedded database');

    await app.stop();
    app = await serveApp({ dataDir });
    await openApp(page, app, '/settings/database');
    await expect(page.getByTestId('database-mode-badge')).toHaveText(/Embedded/);
  } finally {
    await app.stop();
    rmSync(dataDir, { recursive: true, force: true });
    await database?.drop();
  }
});
