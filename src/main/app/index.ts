// Main-process entry: composes one small setup step per concern (the Fiddle way).
import { app, session } from 'electron';
import { APP_CSP, DEV_CSP } from '../../shared/csp';
import { createAppHandlers, emitToWindows } from './handlers';
import { appLog, reportFailure } from './app-log';
import { registerIpc } from './ipc';
import { isAppUrl, resolveRendererLocation } from './renderer-location';
import { secureSession, setupSecurity } from './security';
import { handleAppScheme, registerAppScheme } from './setup-app-protocol';
import { setupBackground } from './setup-background';
import { setupLifecycle } from './setup-lifecycle';
import { setupSessionEvents } from './setup-session-events';
import { setupSingleInstance } from './setup-single-instance';
import { setupTokenManager } from './setup-token-manager';
import { setupUserData } from './setup-user-data';
import { createAppWindow, focusAppWindow, isAppWindowContents } from './window-factory';

function main(): void {
  setupUserData();
  const location = resolveRendererLocation(app.isPackaged, process.env.ELECTRON_RENDERER_URL);
  const openWindow = () => createAppWindow(location);
  // A second launch shows the window; on macOS the app may be running with none open.
  const onSecondLaunch = () => {
    if (app.isReady() && !focusAppWindow()) openWindow();
  };
  if (!setupSingleInstance(onSecondLaunch)) return;

  // The dev server needs inline scripts and a websocket for hot reload; builds get the strict one.
  const csp = location.kind === 'dev-server' ? DEV_CSP : APP_CSP;
  setupSecurity(csp);
  // Privileges can only be granted before ready; the handler needs a ready session.
  registerAppScheme();

  app
    .whenReady()
    .then(() => {
      secureSession(session.defaultSession, csp);
      if (location.kind === 'app-scheme') {
        handleAppScheme(session.defaultSession, location.root, csp);
      }
      // Profiles, keychain and sessions; calls that come before it opens wait for it.
      const managerReady = setupTokenManager(appLog());
      registerIpc(
        createAppHandlers(managerReady),
        { isAppWindow: isAppWindowContents, isAppUrl: (url) => isAppUrl(location, url) },
        appLog(),
      );
      setupLifecycle(openWindow);
      // A failure here (say, a profile file from a newer version) must not hide the window:
      // it opens, and every call answers with that failure's sentence.
      managerReady
        .then((manager) => {
          if (setupBackground(manager, location)) openWindow();
          // Windows that opened before the keychain probe ended learn its verdict now.
          const keychain = manager.keychainStatus();
          emitToWindows(
            'ctm:keychain-changed',
            keychain.ok
              ? { ok: true }
              : { ok: false, reason: keychain.reason, message: keychain.message.slice(0, 500) },
          );
          return setupSessionEvents(manager);
        })
        .catch((error: unknown) => {
          reportFailure('app: the token manager did not start', error);
          openWindow();
        });
    })
    .catch((error: unknown) => {
      reportFailure('app: start-up failed', error);
      app.exit(1);
    });
}

main();
