import type { Envelope } from '../../../src-shared/errors';

/** How the page reaches main: Electron's preload, or the loopback HTTP bridge in a browser. */
export interface Transport {
  kind: 'electron' | 'bridge';
  invoke(name: string, input: unknown): Promise<Envelope<unknown>>;
  on(event: string, callback: (payload: unknown) => void): () => void;
  /** Bridge only: the bearer token, for streaming endpoints such as uploads. */
  token?: string;
}

interface PreloadApi {
  invoke(name: string, input: unknown): Promise<Envelope<unknown>>;
  on(event: string, callback: (payload: unknown) => void): () => void;
  pathForFile(file: File): string;
}

declare global {
  interface Window {
    outreachDesk?: PreloadApi;
  }
}

const TOKEN_KEY = 'outreach-desk-token';

/** The token arrives once in the URL; keep it for this tab and take it out of the address bar. */
function takeBridgeToken(): string {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

function bridgeTransport(): Transport {
  const token = takeBridgeToken();
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  let streaming = false;

  // EventSource cannot send an Authorization header, so read the event stream through fetch.
  async function stream(): Promise<void> {
    streaming = true;
    let delay = 500;
    for (;;) {
      try {
        const response = await fetch('/events', { headers: { Authorization: `Bearer ${token}` } });
        if (!response.ok || !response.body) throw new Error(`events: HTTP ${response.status}`);
        delay = 500;
        const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
        let buffer = '';
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          buffer += value;
          let end: number;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            const frame = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const name = /^event: (.*)$/m.exec(frame)?.[1];
            const data = /^data: (.*)$/m.exec(frame)?.[1];
            if (name && data !== undefined) for (const cb of listeners.get(name) ?? []) cb(JSON.parse(data));
          }
        }
      } catch {
        // The bridge restarted or the network blinked: try again, a little slower each time.
      }
      await new Promise((resolve) => setTimeout(resolve, delay));
      delay = Math.min(delay * 2, 10_000);
    }
  }

  return {
    kind: 'bridge',
    token,
    async invoke(name, input) {
      const response = await fetch(`/rpc/${encodeURIComponent(name)}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(input ?? {}),
      });
      const body = (await response.json().catch(() => null)) as Envelope<unknown> | null;
      if (body && typeof body === 'object' && 'ok' in body) return body;
      return { ok: false, error: { code: 'INTERNAL', message: `The bridge answered HTTP ${response.status}.` } };
    },
    on(event, callback) {
      if (!listeners.has(event)) listeners.set(event, new Set());
      listeners.get(event)!.add(callback);
      if (!streaming) void stream();
      return () => listeners.get(event)?.delete(callback);
    },
  };
}

function electronTransport(api: PreloadApi): Transport {
  return { kind: 'electron', invoke: (name, input) => api.invoke(name, input), on: (event, cb) => api.on(event, cb) };
}

export const transport: Transport = window.outreachDesk ? electronTransport(window.outreachDesk) : bridgeTransport();

/** The file system path of a dropped file, in Electron only. */
export function pathForFile(file: File): string | null {
  return window.outreachDesk ? window.outreachDesk.pathForFile(file) : null;
}
