import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { startSmtpSink, type SmtpSink } from '../../src-main/testing/smtp-sink';
import { expect, openApp, screenshot, serveApp, test } from './fixtures';

let sink: SmtpSink;
test.beforeAll(async () => {
  sink = await startSmtpSink({ auth: { user: 'ada', pass: 'app-password' } });
});
test.afterAll(async () => {
  await sink.close();
});

test('add a sending account, test it, block a domain, and watch the outbox send', async ({ page, app }) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await openApp(page, app, '/settings/sending-accounts');
  await expect(page.getByTestId('secrets-status')).toContainText('key file');

  // Add an account from the "Other SMTP server" preset, pointing at the loopback sink.
  await page.getByTestId('add-account').click();
  await page.getByTestId('account-preset').click();
  await page.getByRole('option', { name: 'Gmail / Google Workspace (app password)' }).click();
  await expect(page.getByTestId('account-host')).toHaveValue('smtp.gmail.com');
  await expect(page.getByTestId('account-form')).toContainText('app password');
  await page.getByTestId('account-preset').click();
  await page.getByRole('option', { name: 'Other SMTP server' }).click();
  await page.getByTestId('account-name').fill('Loopback');
  await page.getByTestId('account-from').fill('ada@sender.test');
  await page.getByTestId('account-host').fill(sink.host);
  await page.getByTestId('account-port').fill(String(sink.port));
  await page.getByTestId('account-username').fill('ada');
  await page.getByTestId('account-password').fill('app-password');
  await screenshot(page, 'sending-account-form');
  await page.getByTestId('account-save').click();
  await expect(page.getByTestId('account-card')).toContainText('Loopback');

  await page.getByTestId('account-test-connection').click();
  await expect(page.getByTestId('account-check-result')).toContainText('logged in as ada');
  await page.getByTestId('account-test-to').fill('me@mine.test');
  await page.getByTestId('account-send-test').click();
  await expect(page.getByTestId('account-check-result')).toContainText('250');
  await expect.poll(() => sink.received.length).toBe(1);
  expect(sink.received[0]!.envelope.to).toEqual(['me@mine.test']);

  // No gaps, so the outbox below empties at once.
  await page.getByLabel('Gap from (seconds)').fill('0');
  await page.getByLabel('to (seconds)').fill('0');
  await page.getByRole('button', { name: 'Save gap' }).click();
  await expect(page.getByText('The gap between sends is saved.')).toBeVisible();
  await screenshot(page, 'sending-accounts');

  await page.getByRole('tab', { name: 'Do-not-contact' }).click();
  await page.getByTestId('dnc-value').fill('@Blocked.test');
  await page.getByTestId('dnc-add').click();
  await expect(page.getByTestId('dnc-table')).toContainText('*@blocked.test');
  await screenshot(page, 'sending-do-not-contact');

  // Queue three emails while the app is closed (the scheduler does this in the product), then reopen.
  await app.stop();
  sink.knobs.dropAfterData = (address) => address === 'lost@prospect.test';
  const seed = spawnSync(process.execPath, ['--import', 'tsx', 'src-main/testing/seed-outbox.ts', app.dataDir, 'ann@prospect.test', 'bob@blocked.test', 'lost@prospect.test'], { encoding: 'utf8' });
  expect(seed.status, seed.stderr).toBe(0);
  const reopened = await serveApp({ dataDir: app.dataDir });
  try {
    await openApp(page, reopened, '/outbox');
    await expect.poll(() => sink.received.length, { timeout: 30_000 }).toBe(3);
    const table = page.getByTestId('outbox-table');
    await expect(table.locator('tbody tr')).toHaveCount(3);
    await expect(table.locator('tr', { hasText: 'ann@prospect.test' })).toContainText('sent');
    await expect(table.locator('tr', { hasText: 'ann@prospect.test' })).toContainText('250');
    await expect(table.locator('tr', { hasText: 'bob@blocked.test' })).toContainText('do-not-contact');
    await expect(table.locator('tr', { hasText: 'lost@prospect.test' })).toContainText('unknown');
    await expect(page.getByTestId('unknown-alert')).toBeVisible();
    await screenshot(page, 'sending-outbox');
    await table.locator('tr', { hasText: 'lost@prospect.test' }).getByTestId('mark-sent').click();
    await expect(table.locator('tr', { hasText: 'lost@prospect.test' })).toContainText('sent');
    await expect(page.getByTestId('unknown-alert')).toHaveCount(0);
    await table.locator('tr', { hasText: 'ann@prospect.test' }).click();
    await expect(page.getByRole('dialog')).toContainText('Message-ID');
    await expect(page.getByRole('dialog').getByText('Server reply')).toBeInViewport({ ratio: 1 });
    await screenshot(page, 'sending-outbox-detail');
    expect(sink.received.filter((m) => m.envelope.to[0] === 'bob@blocked.test')).toHaveLength(0);
  } finally {
    await reopened.stop();
    rmSync(reopened.dataDir, { recursive: true, force: true });
  }
  expect(pageErrors).toEqual([]);
});
