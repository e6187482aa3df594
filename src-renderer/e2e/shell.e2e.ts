import { navItems } from '../src/features/shell/nav-items';
import { expect, openApp, screenshot, test } from './fixtures';

test('every page of the shell opens, and a saved setting survives a reload', async ({ page, app }) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await openApp(page, app, '/leads');

  for (const item of navItems) {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: item.label }).click();
    await expect(page.getByRole('heading', { level: 2, name: item.label === 'Templates & sequences' ? /Templates/ : item.label })).toBeVisible();
    await screenshot(page, `shell-${item.path.slice(1)}`);
  }

  await page.goto(`${app.url.split('?')[0]}#/settings/profile`);
  await page.getByTestId('profile-name').fill('Camille Laurent');
  await page.getByTestId('profile-save').click();
  await expect(page.getByText('Your profile is saved.')).toBeVisible();
  await page.reload();
  await expect(page.locator('[data-app-state="ready"]')).toBeAttached();
  await expect(page.getByTestId('profile-name')).toHaveValue('Camille Laurent');

  // An invalid website is refused with the field's own message, and nothing else is lost.
  await page.getByLabel('Website').fill('not a url');
  await page.getByTestId('profile-save').click();
  await expect(page.getByText(/Invalid URL|Invalid input/i).first()).toBeVisible();
  await page.reload();
  await expect(page.locator('[data-app-state="ready"]')).toBeAttached();
  await expect(page.getByTestId('profile-name')).toHaveValue('Camille Laurent');

  expect(pageErrors).toEqual([]);
});

test('Settings → Database shows the embedded database, its schema version and every table', async ({ page, app }) => {
  await openApp(page, app, '/settings/database');
  await expect(page.getByTestId('database-mode-badge')).toHaveText(/Embedded/);
  await expect(page.getByTestId('database-location')).toHaveText(app.dataDir + '/database');
  await expect(page.getByTestId('table-counts').getByText('website_analysis_cache', { exact: true })).toBeVisible();
  expect(await page.getByTestId("table-counts").locator("tbody tr").count()).toBeGreaterThanOrEqual(18);
  await screenshot(page, 'settings-database');

  await page.getByTestId('server-url').fill('postgres://nobody@127.0.0.1:1/none');
  await page.getByRole('button', { name: 'Test connection' }).click();
  await expect(page.getByTestId('connection-result')).toContainText('Could not connect');
  await expect(page.getByRole('button', { name: 'Use this server from the next start' })).toBeDisabled();
});
