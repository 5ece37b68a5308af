// Launch at login, kept in step with the setting: Electron's login items on macOS and Windows
// (started with the at-login flag), the XDG autostart entry on Linux.
import { app } from 'electron';
import os from 'node:os';
import { PRODUCT_NAME } from '../../shared/product';
import { STARTED_AT_LOGIN_FLAG } from '../lifecycle/autostart-entry';
import { syncAutostartFile, xdgConfigHome } from '../lifecycle/autostart-file';
import { appLog } from './app-log';
import { DESKTOP_NAME, FORMER_DESKTOP_NAMES } from '../platform/app-identity';

/** Registers or removes the app as a login item. */
export function applyLaunchAtLogin(enabled: boolean): void {
  if (!app.isPackaged) return; // a development build must not register itself
  if (process.platform === 'linux') {
    try {
      syncAutostartFile(enabled, xdgConfigHome(process.env, os.homedir()), {
        productName: PRODUCT_NAME,
        desktopName: DESKTOP_NAME,
        formerDesktopNames: FORMER_DESKTOP_NAMES,
        execPath: process.execPath,
        appImage: process.env.APPIMAGE,
      });
    } catch (error) {
      appLog().warn('login item: the autostart entry could not be written', error);
    }
    return;
  }
  app.setLoginItemSettings({ openAtLogin: enabled, args: [STARTED_AT_LOGIN_FLAG] });
}
