// Main-process entry: composes one small setup step per concern (the Fiddle way).
import { app, Menu, session } from 'electron';
import { APP_CSP, DEV_CSP } from '../../shared/csp';
import { serveAppContract } from './handlers';
import { appLog, reportFailure, tell } from './app-log';
import { registerIpc } from './ipc';
import { isAppUrl, resolveRendererLocation } from './renderer-location';
import { secureSession, setupSecurity } from './security';
import { handleAppScheme, registerAppScheme } from './setup-app-protocol';
import { PRODUCT_NAME } from '../../shared/product';
import { appMenuTemplate } from '../lifecycle/app-menu';
import { APP_ID } from '../platform/app-identity';
import { debugSwitchRefusal, refusedDebugSwitches } from '../platform/debug-switches';
import { setupBackground } from './setup-background';
import { setupDisplay } from './setup-display';
import type { AppSettings } from '../../shared/settings';
import { startedAtLogin } from '../lifecycle/autostart-entry';
import { showWindowAtStart } from '../lifecycle/window-close';
import { refreshTrayHost } from './tray-availability';
import { setupLifecycle } from './setup-lifecycle';
import { setupSingleInstance } from './setup-single-instance';
import { setupTokenManager } from './setup-token-manager';
import { setupUserData } from './setup-user-data';
import { createAppWindow, focusAppWindow, isAppWindowContents } from './window-factory';

/** Platform set-up that must come before anything else; false when this process should stop. */
function setupPlatform(): boolean {
  // A packaged app refuses a debugger on the command line (the fuses cover Node's --inspect).
  const refused = app.isPackaged ? refusedDebugSwitches(process.argv, process.platform) : [];
  if (refused.length > 0) {
    tell(debugSwitchRefusal(refused), 'error');
    app.exit(1);
    return false;
  }
  // Windows ties toasts, the taskbar and the pinned icon to the installer's shortcut by this id:
  // set it before any notification or tray exists.
  if (process.platform === 'win32') app.setAppUserModelId(APP_ID);
  if (process.platform === 'linux' && !setupDisplay()) return false;
  return true;
}

function main(): void {
  if (!setupPlatform()) return;
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
      const menu = appMenuTemplate(process.platform, app.isPackaged, PRODUCT_NAME);
      if (menu !== 'default') Menu.setApplicationMenu(menu && Menu.buildFromTemplate(menu));
      secureSession(session.defaultSession, csp);
      if (location.kind === 'app-scheme') {
        handleAppScheme(session.defaultSession, location.root, csp);
      }
      // Profiles now; the keychain and sessions once the probe answers (calls wait for it).
      const starting = setupTokenManager(appLog());
      const managerReady = starting.ready;
      const served = serveAppContract(managerReady);
      registerIpc(
        served.handlers,
        { isAppWindow: isAppWindowContents, isAppUrl: (url) => isAppUrl(location, url) },
        appLog(),
      );
      setupLifecycle(openWindow);
      // The window does not wait for the keychain: it opens now and says it is checking it.
      void openAtStart(starting.settings, openWindow);
      // A failure here (say, a profile file from a newer version) must not hide the window:
      // it opens, and every call answers with that failure's sentence.
      managerReady
        .then((manager) => {
          setupBackground(manager, location, served.events);
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

/** Opens the window at start unless started hidden or at login (and a tray is there to reach it). */
async function openAtStart(settings: AppSettings | null, openWindow: () => void): Promise<void> {
  const atLogin = startedAtLogin(process.argv, app.getLoginItemSettings().wasOpenedAtLogin);
  const hidden = settings?.startHidden === true || atLogin;
  // Only a start that would hide the window needs to know whether a tray is there first.
  const tray = hidden ? await refreshTrayHost() : 'present';
  if (
    showWindowAtStart({
      startHidden: settings?.startHidden ?? false,
      atLogin,
      trayShown: tray !== 'absent',
    })
  ) {
    openWindow();
  }
  if (!hidden) void refreshTrayHost();
}

main();
