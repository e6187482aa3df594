import { test as base, expect, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

export interface ServedApp {
  url: string;
  token: string;
  port: number;
  dataDir: string;
  /** Calls a procedure through the bridge, as a script would. */
  rpc<T = unknown>(name: string, input?: unknown): Promise<T>;
  /** Stops the serve process and waits for it to close the database. */
  stop(): Promise<void>;
}

/** Starts `outreach-desk serve --json` on a data folder (a new temp one by default). */
export async function serveApp(options: { dataDir?: string; extraArgs?: string[]; env?: NodeJS.ProcessEnv } = {}): Promise<ServedApp & { process: ChildProcess }> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'outreach-desk-e2e-'));
  const child = spawn(process.execPath, ['bin/outreach-desk.mjs', 'serve', '--json', '--data-dir', dataDir, ...(options.extraArgs ?? [])], {
    env: { ...process.env, OUTREACH_SKIP_BUILD: '1', DATABASE_URL: '', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const line = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${stderr}`)));
  });
  const { url, token, port } = JSON.parse(line) as { url: string; token: string; port: number };
  return {
    url,
    token,
    port,
    dataDir,
    process: child,
    async rpc<T>(name: string, input: unknown = {}) {
      const response = await fetch(`http://127.0.0.1:${port}/rpc/${name}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(input),
      });
      const envelope = (await response.json()) as { ok: boolean; data?: T; error?: { message: string } };
      if (!envelope.ok) throw new Error(`${name}: ${envelope.error?.message}`);
      return envelope.data as T;
    },
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync('test-results/screenshots', { recursive: true });
  const path = `test-results/screenshots/${name}.png`;
  await page.screenshot({ path, fullPage: false });
  return path;
}

/** Opens the app at a route and waits for the readiness marker, never a sleep. */
export async function openApp(page: Page, app: ServedApp, route = '/leads'): Promise<void> {
  await page.goto(`${app.url}#${route}`);
  await expect(page.locator('[data-app-state="ready"]')).toBeAttached();
}

export const test = base.extend<{ app: ServedApp }>({
  // One fresh app and data folder per test: no test sees another's data.
  app: async ({}, use) => {
    const app = await serveApp();
    await use(app);
    await app.stop();
    rmSync(app.dataDir, { recursive: true, force: true });
  },
});

export { expect };
