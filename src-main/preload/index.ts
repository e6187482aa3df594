import { contextBridge, ipcRenderer, webUtils } from 'electron';

// Kept in sync with src-main/app/ipc-adapter.ts; a sandboxed preload cannot import app code.
const RPC_CHANNEL = 'outreach-desk:rpc';
const EVENT_CHANNEL = 'outreach-desk:event';

// The page gets exactly these three functions: never ipcRenderer itself.
contextBridge.exposeInMainWorld('outreachDesk', {
  invoke: (name: string, input: unknown): Promise<unknown> => ipcRenderer.invoke(RPC_CHANNEL, name, input),
  on: (event: string, callback: (payload: unknown) => void): (() => void) => {
    const listener = (_e: unknown, name: string, payload: unknown) => {
      if (name === event) callback(payload);
    };
    ipcRenderer.on(EVENT_CHANNEL, listener);
    return () => ipcRenderer.removeListener(EVENT_CHANNEL, listener);
  },
  /** The path of a dropped file, so main streams it from disk and the page never holds it. */
  pathForFile: (file: File): string => webUtils.getPathForFile(file),
});
