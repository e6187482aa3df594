import { app, session, shell, type WebContents } from 'electron';
import { isExternalLinkAllowed, isTrustedPageUrl, type AppPageLocation } from './trusted-sender';

/** No new windows, no navigation away from the app, no permissions: the page is an app, not a browser. */
export function guardWebContents(location: AppPageLocation): void {
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.setWindowOpenHandler(({ url }) => {
      if (isExternalLinkAllowed(url)) void shell.openExternal(url);
      return { action: 'deny' };
    });
    contents.on('will-navigate', (event, url) => {
      if (!isTrustedPageUrl(url, location)) {
        event.preventDefault();
        if (isExternalLinkAllowed(url)) void shell.openExternal(url);
      }
    });
    contents.on('will-redirect', (event, url) => {
      if (!isTrustedPageUrl(url, location)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
}
