import { _electron as electron, expect, test } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** The Electron binary is there only where its postinstall could download it (not on the build machines). */
function electronBinary(): { path: string } | { missing: string } {
  try {
    const require = createRequire(import.meta.url);
    const pkgDir = dirname(require.resolve('electron/package.json'));
    const pathFile = join(pkgDir, 'path.txt');
    if (!existsSync(pathFile)) return { missing: 'the electron package has no binary (installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1)' };
    const binary = join(pkgDir, 'dist', readFileSync(pathFile, 'utf8').trim());
    return existsSync(binary) ? { path: binary } : { missing: `the Electron binary ${binary} is missing` };
  } catch (error) {
    return { missing: `electron is not installed: ${(error as Error).message}` };
  }
}

const binary = electronBinary();
if ('missing' in binary) console.log(`Electron smoke test skipped: ${binary.missing}.`);

test('the desktop window opens the app with a locked-down renderer', async () => {
  test.skip('missing' in binary, 'missing' in binary ? binary.missing : '');
  const userData = mkdtempSync(join(tmpdir(), 'outreach-desk-electron-'));
  const app = await electron.launch({
    executablePath: (binary as { path: string }).path,
    args: ['out/main/index.js', `--user-data-dir=${userData}`],
    env: { ...process.env, DATABASE_URL: '' },
  });
  try {
    const window = await app.firstWindow();
    await expect(window.locator('[data-app-state="ready"]')).toBeAttached({ timeout: 30_000 });
    // The page has the narrow preload API and no Node.
    expect(await window.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
    expect(await window.evaluate(() => Object.keys((window as unknown as { outreachDesk: object }).outreachDesk).sort())).toEqual(['invoke', 'on', 'pathForFile']);
    await window.getByRole('link', { name: 'Settings' }).click();
    await expect(window.getByRole('heading', { name: 'Settings' })).toBeVisible();
  } finally {
    await app.close();
    rmSync(userData, { recursive: true, force: true });
  }
});
