// The one place windows are made, so every window gets the same locked-down preferences.
import { BrowserWindow, type WebContents } from 'electron';
import { PRODUCT_NAME } from '../handlers/app-info';
import { PRELOAD_PATH, type RendererLocation } from './renderer-location';

// Our own windows by webContents id: the IPC sender check trusts these and nothing else.
const appWindows = new Map<number, BrowserWindow>();

/** True when a webContents id belongs to a live window this factory made. */
export function isAppWindowContents(id: number): boolean {
  return appWindows.has(id);
}

/** Creates the main window and loads the renderer into it. */
export function createAppWindow(location: RendererLocation): BrowserWindow {
  const window = new BrowserWindow({
    title: PRODUCT_NAME,
    width: 960,
    height: 680,
    minWidth: 560,
    minHeight: 420,
    show: false,
    webPreferences: {
      preload: PRELOAD_PATH,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    },
  });
  const contentsId = window.webContents.id;
  appWindows.set(contentsId, window);
  window.webContents.once('destroyed', () => appWindows.delete(contentsId));
  window.once('ready-to-show', () => {
    window.show();
  });

  // app://bundle/index.html or the dev server; app:// is handled before the first window opens.
  window.loadURL(location.url).catch((error: unknown) => {
    console.error(`window: could not load the renderer from ${location.url}`, error);
  });
  return window;
}

/** Brings the first app window to the front; false when there is none to show. */
export function focusAppWindow(): boolean {
  const [window] = appWindows.values();
  if (!window || window.isDestroyed()) return false;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
  return true;
}

/** The webContents of every open app window, for pushing contract events. */
export function appWindowContents(): WebContents[] {
  return [...appWindows.values()].filter((w) => !w.isDestroyed()).map((w) => w.webContents);
}
