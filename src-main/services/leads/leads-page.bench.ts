// npm run bench -- leads-page   (needs `npm run build`: the bridge serves out/renderer)
// In Chromium through the HTTP bridge: time from navigation to the first rows of the Leads page,
// with 100,000 leads in the embedded database. Cold (first load) and warm (reload) figures.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { performance } from 'node:perf_hooks';
import { chromium } from '@playwright/test';
import { openEmbeddedDatabase } from '../../db/client';
import { percentile, reportFigure } from '../../testing/bench';
import { seedLeads } from './seed-leads';

const count = Number(process.env.LEADS_BENCH_COUNT ?? 100_000);
if (!existsSync('out/renderer/index.html')) {
  console.error('leads-page.bench: run `npm run build` first (the bridge serves out/renderer).');
  process.exit(1);
}

const dataDir = mkdtempSync(join(tmpdir(), 'outreach-desk-page-bench-'));
const handle = await openEmbeddedDatabase({ dataDir });
await seedLeads(handle, { count });
await handle.close();

const serve = spawn(process.execPath, ['bin/outreach-desk.mjs', 'serve', '--json', '--no-sending', '--data-dir', dataDir], {
  env: { ...process.env, OUTREACH_SKIP_BUILD: '1', DATABASE_URL: '' },
  stdio: ['ignore', 'pipe', 'inherit'],
});
const line = await new Promise<string>((resolve) => createInterface({ input: serve.stdout! }).once('line', resolve));
const { url } = JSON.parse(line) as { url: string };
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined),
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const samples: number[] = [];
  for (let run = 0; run < 6; run++) {
    // A fresh page each time: no cached queries; the first one also has a cold HTTP cache.
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    const start = performance.now();
    await page.goto(`${url}#/leads`);
    await page.locator('[data-testid="lead-row"]').first().waitFor({ state: 'visible' });
    const ms = performance.now() - start;
    samples.push(ms);
    if (run === 0) reportFigure('leads.firstRows.cold.ms', ms, 'ms', { rows: count });
    await context.close();
  }
  reportFigure('leads.firstRows.ms', percentile(samples.slice(1), 50), 'ms', { rows: count, target: 1000, p95: Math.round(percentile(samples.slice(1), 95)) });
} finally {
  await browser.close();
  const exited = new Promise((resolve) => serve.once('exit', resolve));
  serve.kill('SIGTERM');
  await exited;
  rmSync(dataDir, { recursive: true, force: true });
}
