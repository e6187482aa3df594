import { app, BrowserWindow, dialog, powerMonitor, shell } from 'electron';
import { DataDirLockedError } from '../db/data-dir-lock';
import { wakeAfterSleep } from '../start/background-work';
import { openApp, type OpenApp } from '../start/open-app';
import { createElectronSecretStore } from './electron-secret-store';
import { registerIpc } from './ipc-adapter';
import { appPageLocation, createMainWindow } from './main-window';
import { guardWebContents } from './security';
import { isExternalLinkAllowed } from './trusted-sender';

/** Electron glue only: locks, window, security, IPC. Everything else is the shared core. */
export function startElectronApp(outMainDir: string): void {
  // Two windows on one PGlite folder would corrupt it: the second launch focuses the first instead.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  const location = appPageLocation(outMainDir);
  let opened: OpenApp | null = null;
  let window: BrowserWindow | null = null;
  let quitting = false;

  app.on('second-instance', () => {
    if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  // Electron does not wait for async before-quit listeners: hold the quit, close cleanly, quit again.
  app.on('before-quit', (event) => {
    if (quitting || !opened) return;
    event.preventDefault();
    quitting = true;
    void opened
      .close()
      .catch((error: unknown) => console.error('closing the database failed', error))
      .finally(() => app.quit());
  });

  void app.whenReady().then(async () => {
    guardWebContents(location);
    const dataDir = app.getPath('userData');
    try {
      opened = await openApp({
        dataDir,
        shell: 'electron',
        environmentUrl: process.env.DATABASE_URL || undefined,
        secrets: createElectronSecretStore(dataDir),
        background: { sending: true },
        openExternal: async (url) => {
          if (isExternalLinkAllowed(url)) await shell.openExternal(url);
        },
        chooseSavePath: async (defaultName) => {
          const options = { defaultPath: defaultName, filters: [{ name: 'CSV', extensions: ['csv'] }] };
          const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
          return result.canceled || !result.filePath ? null : result.filePath;
        },
      });
    } catch (error) {
      const message = error instanceof DataDirLockedError ? error.message : `Outreach Desk could not open its database: ${(error as Error).message}`;
      dialog.showErrorBox('Outreach Desk', message);
      app.exit(1);
      return;
    }
    registerIpc(opened.router, opened.ctx.events, location);
    const ctx = opened.ctx;
    powerMonitor.on('resume', () => wakeAfterSleep(ctx));
    powerMonitor.on('unlock-screen', () => wakeAfterSleep(ctx));
    window = createMainWindow(outMainDir, location);
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) window = createMainWindow(outMainDir, location);
    });
  });
}
