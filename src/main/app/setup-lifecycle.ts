// Platform habits: quit when the last window closes, except on macOS where the dock reopens one.
import { app } from 'electron';

/** Wires window-all-closed and activate. */
export function setupLifecycle(openWindow: () => void): void {
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  // A Dock click shows the window: the one close-to-tray hid, or a new one. (Checking for no
  // windows at all, as Electron's template does, left a hidden window hidden.)
  app.on('activate', () => {
    openWindow();
  });
}
