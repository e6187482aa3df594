import { BrowserWindow, ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { Envelope } from '../../src-shared/errors';
import type { EventSink } from '../context';
import type { Router } from '../rpc/router';
import { isTrustedPageUrl, type AppPageLocation } from './trusted-sender';

export const RPC_CHANNEL = 'outreach-desk:rpc';
export const EVENT_CHANNEL = 'outreach-desk:event';

function isTrustedEvent(event: IpcMainInvokeEvent, location: AppPageLocation): boolean {
  const frame = event.senderFrame;
  // Only the main frame of the app page; iframes (template previews) never get to call main.
  return !!frame && frame === event.sender.mainFrame && isTrustedPageUrl(frame.url, location);
}

/** The Electron face of the router: one invoke channel, and events pushed to every window. */
export function registerIpc(router: Router, events: EventSink, location: AppPageLocation): () => void {
  ipcMain.handle(RPC_CHANNEL, async (event, name: unknown, input: unknown): Promise<Envelope<unknown>> => {
    if (!isTrustedEvent(event, location)) {
      return { ok: false, error: { code: 'UNAUTHORIZED', message: 'This frame may not call Outreach Desk.' } };
    }
    if (typeof name !== 'string') return { ok: false, error: { code: 'UNKNOWN_PROCEDURE', message: 'A procedure name is required.' } };
    return router.call(name, input);
  });
  const unsubscribe = events.subscribe((name, payload) => {
    for (const window of BrowserWindow.getAllWindows()) {
      if (!window.isDestroyed()) window.webContents.send(EVENT_CHANNEL, name, payload);
    }
  });
  return () => {
    unsubscribe();
    ipcMain.removeHandler(RPC_CHANNEL);
  };
}
