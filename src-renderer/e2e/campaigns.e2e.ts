import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { startSmtpSink, type SmtpSink } from '../../src-main/testing/smtp-sink';
import type { Page } from '@playwright/test';
import { expect, openApp, screenshot, serveApp, test } from './fixtures';

let sink: SmtpSink;
test.beforeAll(async () => {
  sink = await startSmtpSink();
});
test.afterAll(async () => {
  await sink.close();
});

/** The builder from "New campaign" to "Save and review": the seeded clinics, their template, sending every day all day in UTC. */
async function buildCampaign(page: Page, options: { name: string; leads: number; manual?: boolean; screenshots?: boolean }) {
  await page.getByTestId('new-campaign').click();
  await page.getByTestId('campaign-name').fill(options.name);
  if (options.manual) await page.getByTestId('campaign-type-manual').check();
  await page.getByTestId('builder-next').click();

  if (options.screenshots) {
    // Hand-picked leads come from a server-side search; the count follows the picks.
    await page.getByText('Leads I pick').click();
    await page.getByTestId('audience-picked').click();
    await page.keyboard.type('Clinic 7');
    await page.getByRole('option', { name: /^Clinic 7 · Person 7/ }).click();
    await expect(page.getByTestId('audience-count')).toContainText('1 lead will receive this campaign');
    await screenshot(page, 'campaigns-builder-picked');
    await page.getByText('Leads matching a filter').click();
  }
  await page.getByTestId('audience-industries').click();
  await page.getByRole('option', { name: /campaign-e2e/ }).click();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('audience-count')).toContainText(`${options.leads} leads will receive this campaign`);
  if (options.screenshots) await screenshot(page, 'campaigns-builder-audience');
  await page.getByTestId('builder-next').click();

  await page.getByTestId('campaign-template').click();
  await page.getByRole('option', { name: 'Clinic intro', exact: true }).click();
  await page.getByTestId('builder-next').click();

  // Every day, all day, UTC: the launch sends at once whatever the time the test runs.
  await page.getByLabel('Sat').check();
  await page.getByLabel('Sun').check();
  await page.getByLabel('From (HH:MM)').fill('00:00');
  await page.getByLabel('Until (HH:MM)').fill('24:00');
  await page.getByText('One time zone').click();
  await page.getByLabel('Time zone (IANA)').fill('UTC');
  if (options.screenshots) await screenshot(page, 'campaigns-builder-sending');
  await page.getByTestId('builder-save').click();
}

test('build a campaign for 20 leads, launch it, and see the first emails arrive', async ({ page, app }) => {
  test.setTimeout(180_000);
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await app.stop();
  const seed = spawnSync(process.execPath, ['--import', 'tsx', 'src-main/testing/seed-campaign.ts', app.dataDir, sink.host, String(sink.port), '20'], { encoding: 'utf8' });
  expect(seed.status, seed.stderr).toBe(0);
  const reopened = await serveApp({ dataDir: app.dataDir });
  try {
    await openApp(page, reopened, '/campaigns');
    await buildCampaign(page, { name: 'Clinics in France', leads: 20, screenshots: true });

    await expect(page.getByTestId('dry-run-calendar')).toBeVisible();
    await expect(page.getByTestId('dry-run-calendar').locator('tbody tr')).toHaveCount(14);
    await expect(page.getByText('miss a variable')).toHaveCount(0);
    await screenshot(page, 'campaigns-review');
    await page.getByTestId('launch-campaign').click();
    await expect(page.getByTestId('campaign-status')).toHaveText('active');

    await expect.poll(() => sink.received.length, { timeout: 60_000 }).toBe(20);
    expect(new Set(sink.received.map((m) => m.envelope.to[0])).size).toBe(20);
    expect(sink.received.map((m) => m.headers.get('subject'))).toContain('A question for Clinic 1');
    await expect(page.getByTestId('figure-sent')).toHaveText('20', { timeout: 30_000 });
    await expect(page.getByTestId('figure-enrolled')).toHaveText('20');
    await expect(page.getByTestId('campaign-log').locator('tbody tr')).toHaveCount(20);
    await screenshot(page, 'campaigns-page');

    await openApp(page, reopened, '/campaigns');
    await expect(page.getByTestId('campaigns-table')).toContainText('Clinics in France');
    await screenshot(page, 'campaigns-list');
  } finally {
    await reopened.stop();
    rmSync(reopened.dataDir, { recursive: true, force: true });
  }
  expect(pageErrors).toEqual([]);
});

test('a manual campaign holds every email until it is reviewed, edited and approved', async ({ page, app }) => {
  test.setTimeout(180_000);
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await app.stop();
  const seed = spawnSync(process.execPath, ['--import', 'tsx', 'src-main/testing/seed-campaign.ts', app.dataDir, sink.host, String(sink.port), '3'], { encoding: 'utf8' });
  expect(seed.status, seed.stderr).toBe(0);
  sink.reset();
  const reopened = await serveApp({ dataDir: app.dataDir });
  try {
    await openApp(page, reopened, '/campaigns');
    await buildCampaign(page, { name: 'Clinics, checked by hand', leads: 3, manual: true });
    await expect(page.getByText('every email waits on the campaign page until you approve it')).toBeVisible();
    await page.getByTestId('launch-campaign').click();

    // Written, held, and nothing sent.
    await expect(page.getByTestId('awaiting-count')).toHaveText('3', { timeout: 30_000 });
    await expect(page.getByTestId('draft-row')).toHaveCount(3);
    await screenshot(page, 'campaigns-approval-queue');
    expect(sink.received).toHaveLength(0);

    // Read one as the lead will, change its subject and body, and approve it.
    await page.getByTestId('draft-row').filter({ hasText: 'clinic2@prospect.test' }).getByTestId('draft-open').click();
    await expect(page.getByTitle('Email to clinic2@prospect.test')).toBeVisible();
    await page.getByTestId('draft-subject').fill('Clinic 2, one quick question');
    await page.getByTestId('draft-edit-body').click();
    const body = page.getByTestId('body-editor').locator('.ProseMirror');
    await body.click();
    await page.keyboard.press('End');
    await page.keyboard.type(' I called last week.');
    await screenshot(page, 'campaigns-approval-edit');
    await page.getByTestId('draft-approve').click();
    await expect.poll(() => sink.received.length, { timeout: 30_000 }).toBe(1);
    expect(sink.received[0]!.envelope.to).toEqual(['clinic2@prospect.test']);
    expect(sink.received[0]!.headers.get('subject')).toBe('Clinic 2, one quick question');
    expect(sink.received[0]!.raw).toContain('I called last week.');
    await expect(page.getByTestId('draft-row')).toHaveCount(2);

    await page.getByTestId('approve-all').click();
    await expect.poll(() => sink.received.length, { timeout: 30_000 }).toBe(3);
    await expect(page.getByTestId('figure-sent')).toHaveText('3', { timeout: 30_000 });
    await expect(page.getByTestId('awaiting-count')).toHaveText('0');
    expect(sink.received.map((m) => m.headers.get('subject')).sort()).toEqual(['A question for Clinic 1', 'A question for Clinic 3', 'Clinic 2, one quick question']);
    await screenshot(page, 'campaigns-approval-done');
  } finally {
    await reopened.stop();
    rmSync(reopened.dataDir, { recursive: true, force: true });
  }
  expect(pageErrors).toEqual([]);
});
