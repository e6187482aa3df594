import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test as base, expect, openApp, screenshot, serveApp, type ServedApp } from './fixtures';

const seedLeads = [
  {
    companyName: 'Atelier Rose',
    contactName: 'Marie Dupont',
    email: 'marie@atelier-rose.example',
    city: 'Lyon',
    industry: 'hair salon',
    source: 'manual',
  },
  {
    companyName: 'Studio Nord',
    contactName: null,
    email: 'hello@studio-nord.example',
    city: null,
    industry: 'hair salon',
    source: 'manual',
  },
];

// This spec needs leads before the app opens: seed a data folder, then serve it.
const test = base.extend<{ app: ServedApp }>({
  app: async ({}, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'outreach-desk-e2e-'));
    const seeded = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'src-renderer/e2e/support/seed-leads.ts', dataDir, JSON.stringify(seedLeads)],
      {
        encoding: 'utf8',
        env: { ...process.env, DATABASE_URL: '' },
      },
    );
    if (seeded.status !== 0) throw new Error(`seeding failed: ${seeded.stderr}`);
    const app = await serveApp({ dataDir });
    await use(app);
    await app.stop();
    rmSync(dataDir, { recursive: true, force: true });
  },
});

async function setColorScheme(page: Page, scheme: 'light' | 'dark') {
  await page.evaluate((value) => document.documentElement.setAttribute('data-mantine-color-scheme', value), scheme);
}

test('write a template with a fallback, preview it for two leads, build and reorder a sequence', async ({ page, app }) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await openApp(page, app, '/templates');

  // The library starts with the starter templates.
  await expect(page.getByTestId('template-table')).toContainText('Short introduction');
  await screenshot(page, 'templates-library-light');
  await setColorScheme(page, 'dark');
  await screenshot(page, 'templates-library-dark');
  await setColorScheme(page, 'light');

  // Write a template: a variable with a fallback, and one without (city).
  await page.getByTestId('new-template').click();
  await page.getByTestId('template-name').fill('Salon hello');
  await page.getByTestId('subject-input').fill('A question for ');
  await page.getByTestId('variable-picker').click();
  await page.getByTestId('variable-picker').fill('Company name');
  await page.getByRole('option', { name: /Company name/ }).click();
  await expect(page.getByTestId('subject-input')).toHaveValue('A question for {{companyName}}');

  const body = page.locator('.ProseMirror');
  await body.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('I saw your salon in {{city}} and loved it.');
  await expect(page.getByTestId('plain-text')).toHaveValue(/Hi \{\{firstName \| default: "there"\}\},\s+I saw your salon in \{\{city\}\}/);
  await page.getByTestId('save-template').click();
  await expect(page.getByText('“Salon hello” is saved.')).toBeVisible();

  // Preview for Marie (has everything) and Studio Nord (no contact name → fallback; no city → missing).
  await page.getByTestId('preview-lead').click();
  await page.getByTestId('preview-lead').fill('Atelier');
  await page.getByRole('option', { name: /Atelier Rose/ }).click();
  const email = page.getByTestId('previewed-email');
  await expect(email.getByTestId('preview-subject')).toHaveText('A question for Atelier Rose');
  await expect(email.getByTestId('preview-missing')).toHaveCount(0);
  const frame = page.frameLocator('[data-testid="preview-frame"]');
  await expect(frame.locator('body')).toContainText('Hi Marie,');
  await expect(frame.locator('body')).toContainText('I saw your salon in Lyon');
  await expect(page.getByTestId('preview-frame')).toHaveAttribute('sandbox', '');
  await screenshot(page, 'templates-preview-lead-light');

  await page.getByTestId('preview-lead').click();
  await page.getByTestId('preview-lead').fill('Studio');
  await page.getByRole('option', { name: /Studio Nord/ }).click();
  await expect(email.getByTestId('preview-subject')).toHaveText('A question for Studio Nord');
  await expect(frame.locator('body')).toContainText('Hi there,');
  await expect(email.getByTestId('preview-missing')).toHaveText('Missing: city');
  await expect(email.getByTestId('preview-warnings')).toContainText('No value for city');

  // Five random leads of an audience: both salons, one of them lacks a city.
  await page.getByTestId('preview-mode').getByText('Five random leads').click();
  await page.getByTestId('audience-search').fill('example');
  await expect(page.getByTestId('audience-gaps')).toContainText('2 leads in this audience. 1 would get a blank: {{city}} ×1');
  await expect(page.getByTestId('previewed-email')).toHaveCount(2);
  await setColorScheme(page, 'dark');
  await screenshot(page, 'templates-preview-audience-dark');
  await setColorScheme(page, 'light');

  // A sequence of three steps, then reorder it by drag and with the keyboard buttons.
  await page.getByRole('tab', { name: 'Sequences' }).click();
  await page.getByTestId('new-sequence').click();
  await page.getByTestId('sequence-name-new').fill('Salons');
  await page.getByTestId('create-sequence').click();
  await expect(page.getByTestId('sequence-name')).toHaveValue('Salons');

  const addFrom = async (name: string) => {
    await page.getByTestId('add-from-template').click();
    await page.getByRole('option', { name, exact: true }).click();
  };
  await addFrom('Salon hello');
  await expect(page.getByTestId('sequence-step')).toHaveCount(1);
  await addFrom('Follow-up (day 3)');
  await expect(page.getByTestId('sequence-step')).toHaveCount(2);
  await page.getByTestId('write-step').click();
  const editor = page.getByRole('dialog');
  await editor.getByTestId('step-days').fill('5');
  await editor.locator('.ProseMirror').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('Last note from me, I will stop here.');
  await screenshot(page, 'sequence-step-editor-light');
  await editor.getByTestId('save-step').click();
  await expect(page.getByTestId('sequence-step')).toHaveCount(3);
  const timeline = page.getByTestId('sequence-timeline');
  await expect(timeline).toHaveText(/Day 0 Salon hello\s*·\s*Day 3 Follow-up \(day 3\)\s*·\s*Day 8 Re: A question for \{\{companyName\}\}/);
  await screenshot(page, 'sequence-builder-light');

  // Drag the third step to the top: the emails move, the schedule stays.
  const steps = page.getByTestId('sequence-step');
  await steps.nth(2).dragTo(steps.nth(0));
  await expect(timeline).toHaveText(/Day 0 A question for \{\{companyName\}\}\s*·\s*Day 3 Salon hello\s*·\s*Day 8 Follow-up \(day 3\)/);
  // And back down with the keyboard-accessible button.
  await page.getByRole('button', { name: 'Move step 1 down' }).click();
  await expect(timeline).toHaveText(/Day 0 Salon hello\s*·\s*Day 3 A question for \{\{companyName\}\}\s*·\s*Day 8 Follow-up \(day 3\)/);
  await page.reload();
  await expect(page.locator('[data-app-state="ready"]')).toBeAttached();
  await expect(timeline).toHaveText(/Day 0 Salon hello\s*·\s*Day 3 .*·\s*Day 8 Follow-up \(day 3\)/);
  await setColorScheme(page, 'dark');
  await screenshot(page, 'sequence-builder-dark');

  const stored = await app.rpc<{ id: string; stepsCount: number; name: string }[]>('sequences.list', {});
  expect(stored.find((s) => s.name === 'Salons')?.stepsCount).toBe(3);
  expect(pageErrors).toEqual([]);
});

test('the preview shows hostile HTML sanitised, without scripts or remote images', async ({ page, app }) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  const saved = await app.rpc<{ template: { id: string } }>('templates.create', {
    name: 'Hostile',
    subject: 'Hello {{companyName}}',
    bodyHtml:
      '<p>Hi {{firstName | default: "there"}}</p><img src="https://tracker.example/open.gif" onerror="parent.document.title=\'pwned\'"><script>parent.document.title="pwned"</script><a href="javascript:alert(1)">x</a>',
  });
  await openApp(page, app, `/templates/edit/${saved.template.id}`);
  await page.getByTestId('preview-lead').click();
  await page.getByTestId('preview-lead').fill('Atelier');
  await page.getByRole('option', { name: /Atelier Rose/ }).click();
  const frame = page.frameLocator('[data-testid="preview-frame"]');
  await expect(frame.locator('body')).toContainText('Hi Marie');
  await expect(frame.locator('script')).toHaveCount(0);
  await expect(frame.locator('img')).toHaveAttribute('src', /^data:image\/svg\+xml/);
  await expect(frame.locator('img')).not.toHaveAttribute('onerror', /.*/);
  await expect(frame.locator('a')).not.toHaveAttribute('href', /javascript/);
  await expect(page.getByText('1 remote image blocked in the preview.')).toBeVisible();
  expect(await page.title()).not.toBe('pwned');
  expect(pageErrors).toEqual([]);
});

test('custom variables are created and offered in the editor', async ({ page, app }) => {
  await openApp(page, app, '/templates/variables');
  await page.getByTestId('new-variable').click();
  await page.getByTestId('variable-key').fill('calendarLink');
  await page.getByTestId('variable-label').fill('My calendar');
  await page.getByTestId('variable-value').fill('https://cal.example/{{ city | default: "anywhere" }}');
  await page.getByTestId('save-variable').click();
  await expect(page.getByTestId('variables-table')).toContainText('{{calendarLink}}');
  // A built-in name is refused with the field's message.
  await page.getByTestId('new-variable').click();
  await page.getByTestId('variable-key').fill('email');
  await page.getByTestId('variable-label').fill('Mail');
  await page.getByTestId('save-variable').click();
  await expect(page.getByRole('dialog').getByText('Already a built-in variable', { exact: true })).toBeVisible();
  await page.keyboard.press('Escape');
  await screenshot(page, 'custom-variables-light');

  await page.getByRole('tab', { name: 'Templates' }).click();
  await page.getByTestId('new-template').click();
  await page.locator('.ProseMirror').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('Book here: ');
  await page.getByTestId('variable-picker').click();
  await page.getByTestId('variable-picker').fill('calendar');
  await page.getByRole('option', { name: /My calendar/ }).click();
  await expect(page.locator('.ProseMirror')).toContainText('Book here: {{calendarLink}}');
  await page.getByTestId('preview-lead').click();
  await page.getByTestId('preview-lead').fill('Studio');
  await page.getByRole('option', { name: /Studio Nord/ }).click();
  await expect(page.frameLocator('[data-testid="preview-frame"]').locator('body')).toContainText('Book here: https://cal.example/anywhere');
  await screenshot(page, 'template-editor-variable-light');
});
