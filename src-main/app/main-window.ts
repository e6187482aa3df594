import { BrowserWindow } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AppPageLocation } from './trusted-sender';

export function appPageLocation(outMainDir: string): AppPageLocation {
  const indexFile = join(outMainDir, '../renderer/index.html');
  return {
    devServerUrl: process.env.ELECTRON_RENDERER_URL,
    indexFileUrl: pathToFileURL(indexFile).toString(),
  };
}

export function createMainWindow(outMainDir: string, location: AppPageLocation): BrowserWindow {
  const window = new BrowserWindow({
    width: 1360,
    height: 860,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'Outreach Desk',
    autoHideMenuBar: true,
    webPreferences: {
      preload: join(outMainDir, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: true,
    },
  });
  window.once('ready-to-show', () => window.show());
  if (location.devServerUrl) void window.loadURL(location.devServerUrl);
  else void window.loadURL(location.indexFileUrl);
  return window;
}
