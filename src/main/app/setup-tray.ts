// The tray: a TrayController over the facade, drawn by the TrayService, rebuilt when a session,
// a profile or a setting changes. Its clicks open the window at a screen, copy through the
// shared secret clipboard, or quit; notifications say what a copy did.
import { app } from 'electron';
import type { Navigate } from '../../shared/contract-views';
import { copyDeps } from '../clipboard/copy-deps';
import { loadAppSettings } from '../settings/app-settings';
import type { EventHub } from '../handlers/event-hub';
import type { TokenManager } from '../token-manager';
import { TrayController } from '../tray/tray-controller';
import type { TrayAction } from '../tray/tray-model';
import { appClipboard } from './app-clipboard';
import { notify } from './notify';
import { TrayService } from './tray-service';

/** How the tray shows the window: open (or focus) it, then ask it to go to a screen. */
export type ShowWindow = (target: Navigate) => void;

/** Starts the tray; returns the controller (the global shortcut copies through it too). */
export function setupTray(
  manager: TokenManager,
  events: EventHub,
  showWindow: ShowWindow,
): TrayController {
  // The service is made after the controller (its clicks call the controller).
  const view: { service?: TrayService } = {};
  const controller = new TrayController({
    manager,
    copies: copyDeps(manager, appClipboard(), () => loadAppSettings(manager).clipboardClearSeconds),
    settings: () => loadAppSettings(manager),
    platform: process.platform,
    log: console,
    host: {
      render: (menu) => view.service?.render(menu),
      navigate: showWindow,
      notify,
      profilesChanged: () => {
        events.emit('ctm:profiles-changed', {});
      },
      quit: () => {
        app.quit();
      },
    },
  });
  const service = new TrayService(
    (action) => void controller.run(action),
    () => {
      showWindow({ to: 'home' });
    },
  );
  view.service = service;
  // What the menu shows: sessions, profiles, the keychain's verdict and the settings.
  const changed = () => {
    controller.changed();
  };
  const stops = [
    events.on('ctm:session-changed', changed),
    events.on('ctm:profiles-changed', changed),
    events.on('ctm:keychain-changed', changed),
    events.on('ctm:settings-changed', changed),
  ];
  void controller.rebuild();
  // The _electron tray specs read the model and click items through this; off unless asked.
  if (process.env.CTM_TEST_HOOKS === '1') {
    Object.assign(globalThis, {
      ctmTray: {
        rebuild: () => controller.rebuild(),
        run: (a: TrayAction) => controller.run(a),
        // The menu as Electron built it from the model, and a click on one of its items.
        builtMenu: () => service.builtMenu(),
        click: (labels: string[]) => service.click(labels),
      },
    });
  }
  app.on('before-quit', () => {
    for (const stop of stops) stop();
    controller.stop();
    service.destroy();
  });
  return controller;
}
