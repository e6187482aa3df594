import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { startSmtpSink, type SmtpSink } from '../../src-main/testing/smtp-sink';
import { expect, openApp, screenshot, serveApp, test } from './fixtures';

let sink: SmtpSink;
test.beforeAll(async () => {
  sink = await startSmtpSink();
});
test.afterAll(async () => {
  await sink.close();
});

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
    await page.getByTestId('new-campaign').click();
    await page.getByTestId('campaign-name').fill('Clinics in France');
    await page.getByTestId('builder-next').click();

    await page.getByTestId('audience-industries').click();
    await page.getByRole('option', { name: /campaign-e2e/ }).click();
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('audience-count')).toContainText('20 leads will receive this campaign');
    await screenshot(page, 'campaigns-builder-audience');
    await page.getByTestId('builder-next').click();

    await page.getByTestId('campaign-template').click();
    await page.getByRole('option', { name: 'Clinic intro' }).click();
    await page.getByTestId('builder-next').click();

    // Every day, all day, UTC: the launch sends at once whatever the time the test runs.
    await page.getByLabel('Sat').check();
    await page.getByLabel('Sun').check();
    await page.getByLabel('From (HH:MM)').fill('00:00');
    await page.getByLabel('Until (HH:MM)').fill('24:00');
    await page.getByText('One time zone').click();
    await page.getByLabel('Time zone (IANA)').fill('UTC');
    await screenshot(page, 'campaigns-builder-sending');
    await page.getByTestId('builder-save').click();

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
