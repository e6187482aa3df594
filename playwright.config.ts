import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

// Debian's Chromium on these machines; Playwright's own download does not work without internet.
function chromiumPath(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  return undefined;
}

export default defineConfig({
  testDir: './src-renderer/e2e',
  testMatch: /.*\.e2e\.ts$/,
  outputDir: './test-results/artifacts',
  timeout: 90_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e-report.json' }]],
  use: {
    viewport: { width: 1360, height: 860 },
    acceptDownloads: true,
    launchOptions: {
      executablePath: chromiumPath(),
      // Without these, Chromium keeps trying to reach Google's services on a machine with no internet.
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
});
