/**
 * Is this URL the app's own page? Every IPC message is checked against it, so a frame that
 * navigated elsewhere (or an injected iframe) cannot drive the main process.
 * Origins are parsed and compared; substrings prove nothing ("file:///evil/index.html?out/renderer").
 */
export interface AppPageLocation {
  /** In development, the electron-vite dev server (http://localhost:5173). */
  devServerUrl?: string | undefined;
  /** In production, the file:// URL of the built index.html. */
  indexFileUrl: string;
}

export function isTrustedPageUrl(url: string | undefined | null, app: AppPageLocation): boolean {
  if (!url) return false;
  let page: URL;
  try {
    page = new URL(url);
  } catch {
    return false;
  }
  if (page.username || page.password) return false;
  if (app.devServerUrl) {
    let dev: URL;
    try {
      dev = new URL(app.devServerUrl);
    } catch {
      return false;
    }
    if (page.origin === dev.origin && (page.protocol === 'http:' || page.protocol === 'https:')) return true;
  }
  const index = new URL(app.indexFileUrl);
  // file: URLs have an opaque origin, so compare the exact file path (query and hash are routing).
  return page.protocol === 'file:' && index.protocol === 'file:' && page.host === index.host && decodeURIComponent(page.pathname) === decodeURIComponent(index.pathname);
}

/** Links the app lets the system browser open: http and https only, never file:, javascript: or custom schemes. */
export function isExternalLinkAllowed(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (parsed.protocol === 'https:' || parsed.protocol === 'http:') && !parsed.username && !parsed.password;
  } catch {
    return false;
  }
}
