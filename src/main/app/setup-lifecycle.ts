// Platform habits: quit when the last window closes, except on macOS where the dock reopens one.
import { app, BrowserWindow } from 'electron';

/** Wires window-all-closed and activate. */
export function setupLifecycle(openWindow: () => void): void {
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow();
  });
}
