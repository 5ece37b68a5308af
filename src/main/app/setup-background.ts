// The app's background life once the TokenManager is open: the tray, hide-to-tray on close
// (only where the desktop shows the tray), launch at login and the global shortcut kept in step
// with the settings.
import { app, dialog } from 'electron';
import { PRODUCT_NAME } from '../../shared/product';
import { loadAppSettings } from '../settings/app-settings';
import type { EventHub } from '../handlers/event-hub';
import type { TokenManager } from '../token-manager';
import type { RendererLocation } from './renderer-location';
import { applyLaunchAtLogin } from './setup-login-item';
import { setupLockWipe } from './setup-lock-wipe';
import { applyGlobalShortcut } from './setup-shortcut';
import { setupTray } from './setup-tray';
import { showWindowAt } from './show-window';
import { refreshTrayHost, trayShown } from './tray-availability';
import { setCloseBehaviour } from './window-factory';

/** Starts the tray and the settings-driven behaviour. */
export function setupBackground(
  manager: TokenManager,
  location: RendererLocation,
  events: EventHub,
): void {
  let quitting = false;
  app.on('before-quit', () => {
    quitting = true;
  });
  const controller = setupTray(manager, events, (target) => {
    showWindowAt(location, target, events);
  });
  setCloseBehaviour({
    closeToTray: () => loadAppSettings(manager).closeToTray,
    quitting: () => quitting,
    trayShown,
  });
  // A GNOME user may turn the AppIndicator extension on while the app runs.
  app.on('browser-window-focus', () => void refreshTrayHost());
  const copyActive = () => {
    const active = manager.getActive();
    if (active)
      void controller.run({ kind: 'copy', profileId: active.id, token: 'id', format: 'raw' });
  };
  // The lock watchers (on Linux two dbus-monitor children) run only while the setting is on.
  let stopLockWipe: (() => void) | undefined;
  const apply = () => {
    const settings = loadAppSettings(manager);
    applyLaunchAtLogin(settings.launchAtLogin);
    applyGlobalShortcut(settings.globalShortcut, copyActive);
    if (settings.wipeOnLock && !stopLockWipe) {
      stopLockWipe = setupLockWipe(manager, () => loadAppSettings(manager).wipeOnLock, console);
    } else if (!settings.wipeOnLock && stopLockWipe) {
      stopLockWipe();
      stopLockWipe = undefined;
    }
  };
  apply();
  // Login items, the shortcut and the lock wipe follow the settings whoever changed them.
  events.on('ctm:settings-changed', apply);
  warnIfKeytarMissing(manager);
}

// A packaged app whose keytar was built for the wrong runtime would remember nothing: say so
// at start in a dialog, not only in a banner the user may never open.
function warnIfKeytarMissing(manager: TokenManager): void {
  const status = manager.keychainStatus();
  if (status.ok || status.reason !== 'keytar-missing' || !app.isPackaged) return;
  void dialog.showMessageBox({
    type: 'warning',
    title: PRODUCT_NAME,
    message: 'The keychain module could not be loaded.',
    detail: `${status.message} Sign-ins will last only until the app quits. Reinstalling the app usually fixes this.`,
  });
}
