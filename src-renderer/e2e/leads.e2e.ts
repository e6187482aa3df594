import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base } from '@playwright/test';
import { expect, openApp, screenshot, serveApp, type ServedApp } from './fixtures';

interface LeadList {
  total: number;
  rows: Array<{ id: string; companyName: string; tags: string[]; jobTitle: string | null; city: string | null }>;
}

// The data folder is locked while serve runs: seed it first, through the CLI, then serve it.
const test = base.extend<{ app: ServedApp }>({
  // Playwright reads the fixtures a function needs from its first parameter's pattern: it must be {}.
  // eslint-disable-next-line no-empty-pattern
  app: async ({}, provide) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'outreach-desk-e2e-leads-'));
    const seed = spawnSync(process.execPath, ['bin/outreach-desk.mjs', 'leads', 'seed', '--count', '600', '--data-dir', dataDir], {
      env: { ...process.env, OUTREACH_SKIP_BUILD: '1', DATABASE_URL: '' },
      encoding: 'utf8',
    });
    expect(seed.status, seed.stderr).toBe(0);
    expect(seed.stdout).toContain('Added 600 synthetic leads');
    const app = await serveApp({ dataDir });
    await app.rpc('leads.create', {
      lead: {
        companyName: 'Sourire Dental Lyon',
        industry: 'Dental clinic',
        city: 'Lyon',
        country: 'France',
        email: 'camille@sourire-dental.fr',
        jobTitle: 'Dentist',
      },
    });
    await app.rpc('leads.create', {
      lead: { companyName: 'Cabinet Bellecour', industry: 'Dental clinic', city: 'Lyon', country: 'France', phone: '04 78 00 00 01' },
    });
    await provide(app);
    await app.stop();
    rmSync(dataDir, { recursive: true, force: true });
  },
});

test('search, filter, open and edit a lead, bulk-tag a filter, save a view, export', async ({ page, app }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await openApp(page, app, '/leads');
  const rows = page.getByTestId('lead-row');
  await expect(rows.first()).toBeVisible();
  await expect(page.getByTestId('leads-total')).toHaveText('602 leads');
  await screenshot(page, 'leads-table');

  // Hovering a score explains it (the card is mounted on the first hover), and leaving closes it.
  // A pointer just passing over a score opens nothing.
  // Cells of columns scrolled out of view are left empty: the score column fills in as it comes into view.
  await expect(page.getByTestId('score-badge')).toHaveCount(0);
  await page.getByTestId('leads-table').evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
  const score = page.getByTestId('score-badge').first();
  await score.scrollIntoViewIfNeeded();
  await screenshot(page, 'leads-table-scrolled');
  await page.getByTestId('score-badge').nth(1).hover();
  await page.waitForTimeout(100);
  await expect(page.getByText(/^Quality score \d+$/)).toHaveCount(0);
  await page.mouse.move(0, 0);
  await page.waitForTimeout(400);
  await expect(page.getByText(/^Quality score \d+$/)).toHaveCount(0);
  await score.hover();
  await expect(page.getByText(/^Quality score \d+$/)).toBeVisible();
  await page.mouse.move(0, 0);
  await expect(page.getByText(/^Quality score \d+$/)).toBeHidden();
  await page.getByTestId('leads-table').evaluate((el) => el.scrollTo({ left: 0 }));

  // Search answers as you type.
  await page.keyboard.press('/');
  await expect(page.getByTestId('leads-search')).toBeFocused();
  await page.keyboard.type('sourire');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Sourire Dental Lyon');
  // A word of two letters, as typed on the way to "Lyon", matches where a word starts.
  await page.keyboard.type(' ly');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Sourire Dental Lyon');
  await screenshot(page, 'leads-search-short-word');
  await page.getByTestId('leads-search').fill('');

  // Filter: the pipeline bar filters on a status; the filter panel on a city.
  const converted = await app.rpc<LeadList>('leads.list', { filter: { statuses: ['converted'] } });
  await page.getByTestId('pipeline-converted').click();
  await expect(page.getByTestId('leads-total')).toHaveText(`${converted.total} leads match`);
  await expect(page.getByTestId('active-filters')).toContainText('Status: Converted');
  await page.getByTestId('pipeline-converted').click();
  await expect(page.getByTestId('leads-total')).toHaveText('602 leads');

  await page.getByTestId('filters-button').click();
  await page.getByRole('combobox', { name: 'City' }).click();
  await page.getByRole('option', { name: /^Lyon \(/ }).click();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Show leads' }).click();
  const lyon = await app.rpc<LeadList>('leads.list', { filter: { cities: ['Lyon'] }, limit: 1000 });
  await expect(page.getByTestId('leads-total')).toHaveText(`${lyon.total} leads match`);
  await expect(page.getByTestId('active-filters')).toContainText('City: Lyon');
  await screenshot(page, 'leads-filtered');

  // Open a lead, edit it, and find the edit after a reload.
  await page.getByTestId('leads-search').fill('Cabinet Bellecour');
  await expect(rows).toHaveCount(1);
  await rows.first().click();
  await expect(page.getByTestId('drawer-title')).toHaveText('Cabinet Bellecour');
  await expect(page.getByTestId('field-phone')).toHaveValue('+33478000001');
  await page.getByTestId('field-jobTitle').fill('Practice owner');
  await page.getByTestId('field-jobTitle').press('Enter');
  await page.getByTestId('field-email').fill('not-an-email');
  await page.getByTestId('field-email').press('Enter');
  await expect(page.getByTestId('lead-drawer').getByText('is not a valid email address')).toBeVisible();
  await page.getByTestId('field-email').fill('hello@bellecour.fr');
  await page.getByTestId('field-email').press('Enter');
  await expect(page.getByTestId('lead-drawer').getByText('is not a valid email address')).toHaveCount(0);
  await screenshot(page, 'leads-drawer');
  await page.reload();
  await expect(page.locator('[data-app-state="ready"]')).toBeAttached();
  await page.getByTestId('leads-search').fill('Bellecour');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Practice owner');
  await rows.first().click();
  await expect(page.getByTestId('field-jobTitle')).toHaveValue('Practice owner');
  await expect(page.getByTestId('field-email')).toHaveValue('hello@bellecour.fr');
  await page.getByRole('tab', { name: 'Activity and emails' }).click();
  await expect(page.getByTestId('lead-timeline')).toContainText('Edited email');
  await page.keyboard.press('Escape');
  await page.getByTestId('leads-search').fill('');

  // Bulk-tag every lead of a filter: select the page, then "all matching".
  await page.getByTestId('pipeline-new').click();
  const fresh = await app.rpc<LeadList>('leads.list', { filter: { statuses: ['new'] } });
  expect(fresh.total).toBeGreaterThan(100);
  await expect(page.getByTestId('leads-total')).toHaveText(`${fresh.total} leads match`);
  await page.getByRole('checkbox', { name: 'Select every lead of this filter' }).click();
  await expect(page.getByTestId('selection-count')).toHaveText('100 leads selected');
  await page.getByTestId('select-all-matching').click();
  await expect(page.getByTestId('selection-count')).toHaveText(`${fresh.total} leads selected`);
  await page.getByTestId('bulk-add-tags').click();
  await page.getByTestId('bulk-tags-input').fill('spring-push');
  await page.keyboard.press('Enter');
  await page
    .getByRole('dialog')
    .getByText(/^Tag \d+ leads$/)
    .click(); // closes the suggestions
  await screenshot(page, 'leads-bulk-tag');
  await page.getByTestId('bulk-tags-apply').click();
  await expect(page.getByText(`${fresh.total} leads changed.`)).toBeVisible();
  const tagged = await app.rpc<LeadList>('leads.list', { filter: { tags: ['spring-push'] } });
  expect(tagged.total).toBe(fresh.total);

  // Save the view, leave it, reopen it from the sidebar.
  await page.getByTestId('save-view-button').click();
  await page.getByTestId('view-name').fill('New leads to push');
  await page.getByTestId('view-save').click();
  const nav = page.getByTestId('saved-views-nav');
  await expect(nav.getByText('New leads to push')).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Leads', exact: true }).click();
  await page.goto(`${app.url.split('?')[0]}#/settings`);
  await nav.getByText('New leads to push').click();
  await expect(page.getByRole('heading', { level: 2, name: 'New leads to push' })).toBeVisible();
  await expect(page.getByTestId('active-filters')).toContainText('Status: New');
  await expect(page.getByTestId('leads-total')).toHaveText(`${fresh.total} leads match`);
  await screenshot(page, 'leads-saved-view');

  // Export the view's rows and columns, and read the file.
  const download = page.waitForEvent('download');
  await page.getByTestId('export-button').click();
  const file = await (await download).path();
  const csv = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  const lines = csv.trimEnd().split('\n');
  expect(lines[0]!.startsWith('Company,Contact,Job title,Email,Phone,Website')).toBe(true);
  expect(lines).toHaveLength(fresh.total + 1);
  expect(lines.slice(1).every((line) => line.includes(',new,'))).toBe(true);

  expect(errors).toEqual([]);
});

test('delete a lead and undo it; keyboard navigation opens and closes leads', async ({ page, app }) => {
  await openApp(page, app, '/leads');
  const rows = page.getByTestId('lead-row');
  await expect(rows.first()).toBeVisible();
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await page.keyboard.press('Enter');
  const second = await app.rpc<LeadList>('leads.list', { limit: 2 });
  await expect(page.getByTestId('drawer-title')).toHaveText(second.rows[1]!.companyName);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('drawer-title')).toHaveCount(0);

  await page.getByTestId('leads-search').fill('Sourire');
  await expect(rows).toHaveCount(1);
  await rows.first().getByRole('checkbox').click();
  await page.getByTestId('bulk-delete').click();
  await expect(page.getByRole('dialog')).toContainText('Delete 1 lead?');
  await page.getByTestId('confirm-delete').click();
  await expect(page.getByTestId('leads-empty')).toBeVisible();
  await page.getByTestId('undo-delete').click();
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Sourire Dental Lyon');
});
