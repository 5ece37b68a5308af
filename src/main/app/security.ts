// App-wide defaults that hold for every webContents and session, including ones made later:
// no popups, no navigation, no webviews, no permissions, and a strict CSP on every response.
import { app, shell, type Session } from 'electron';
import { isAllowedExternalUrl } from '../protocol/external-links';
import { appLog } from './app-log';

// An allowed https link goes to the user's browser; nothing ever opens inside the app.
function openOutside(url: string): void {
  if (!isAllowedExternalUrl(url)) {
    appLog().warn(`security: denied window.open(${JSON.stringify(url)})`);
    return;
  }
  shell.openExternal(url).catch((error: unknown) => {
    appLog().warn(`security: the browser did not open ${JSON.stringify(url)}`, error);
  });
}

/** Denies window.open (allowed links open in the browser), navigation and <webview> everywhere. */
export function setupWebContentsSecurity(): void {
  app.on('web-contents-created', (_event, contents) => {
    // window.open and links with target="_blank" land here.
    contents.setWindowOpenHandler(({ url }) => {
      openOutside(url);
      return { action: 'deny' };
    });
    // The renderer is a single page: any navigation is a bug or an attack.
    contents.on('will-frame-navigate', (event) => {
      appLog().warn(`security: denied navigation to ${JSON.stringify(event.url)}`);
      event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => {
      appLog().warn('security: denied a <webview>');
      event.preventDefault();
    });
  });
}

/** Denies every permission and sets the CSP header on one session. Idempotent. */
export function secureSession(session: Session, csp: string): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    appLog().warn(`security: denied the permission request "${permission}"`);
    callback(false);
  });
  // Checks (navigator.permissions, feature probes) are answered "no" without asking anyone.
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onHeadersReceived((details, callback) => {
    const headers: Record<string, string | string[]> = {};
    for (const [name, value] of Object.entries(details.responseHeaders ?? {})) {
      // Ours replaces any policy a server sent, whatever the header's case.
      if (name.toLowerCase() !== 'content-security-policy') headers[name] = value;
    }
    headers['Content-Security-Policy'] = [csp];
    callback({ responseHeaders: headers });
  });
}

/** Before ready: sandbox every renderer, guard every webContents and every future session. */
export function setupSecurity(csp: string): void {
  // Belt and braces: even a window made without the factory gets a sandboxed renderer.
  app.enableSandbox();
  setupWebContentsSecurity();
  app.on('session-created', (session) => {
    secureSession(session, csp);
  });
}
