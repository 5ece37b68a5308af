// The one place windows are made, so every window gets the same locked-down preferences.
import { app, BrowserWindow, type WebContents } from 'electron';
import { PRODUCT_NAME } from '../../shared/product';
import { decideClose } from '../lifecycle/window-close';
import { PRELOAD_PATH, type RendererLocation } from './renderer-location';
import { appLog } from './app-log';

// Our own windows by webContents id: the IPC sender check trusts these and nothing else.
const appWindows = new Map<number, BrowserWindow>();

// Closing hides the window to the tray unless the setting is off, the app is quitting, or the
// desktop shows no tray to bring it back from.
let closeBehaviour = { closeToTray: () => false, quitting: () => true, trayShown: () => false };

/** Tells the factory how a close request is decided (set once the tray exists). */
export function setCloseBehaviour(behaviour: typeof closeBehaviour): void {
  closeBehaviour = behaviour;
}

/** True when a webContents id belongs to a live window this factory made. */
export function isAppWindowContents(id: number): boolean {
  return appWindows.has(id);
}

// The live window, if any: the app has one window, and asking for another shows it instead.
function openAppWindow(): BrowserWindow | undefined {
  return [...appWindows.values()].find((w) => !w.isDestroyed());
}

function bringToFront(window: BrowserWindow): void {
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}

/** Shows the app's window, creating it and loading the renderer only when there is none. */
export function createAppWindow(location: RendererLocation): BrowserWindow {
  const existing = openAppWindow();
  if (existing) {
    bringToFront(existing);
    return existing;
  }
  const window = new BrowserWindow({
    title: PRODUCT_NAME,
    width: 960,
    height: 680,
    minWidth: 560,
    minHeight: 420,
    // The sizes are the page's, not the frame's: the window tests check every screen's main
    // action at 560 × 420 of page, and a title bar must not eat into that.
    useContentSize: true,
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
      // Middle-click (auxclick) events are a known way around link and navigation limits.
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
      // A packaged build has no DevTools (and no menu item for them): they would show the
      // page's bridge traffic. Development keeps them.
      devTools: !app.isPackaged,
    },
  });
  const contentsId = window.webContents.id;
  appWindows.set(contentsId, window);
  window.webContents.once('destroyed', () => appWindows.delete(contentsId));
  window.once('ready-to-show', () => {
    window.show();
  });
  window.on('close', (event) => {
    const options = {
      closeToTray: closeBehaviour.closeToTray(),
      quitting: closeBehaviour.quitting(),
      trayShown: closeBehaviour.trayShown(),
    };
    if (decideClose(options) === 'hide') {
      event.preventDefault();
      window.hide();
    }
  });

  // app://bundle/index.html or the dev server; app:// is handled before the first window opens.
  window.loadURL(location.url).catch((error: unknown) => {
    appLog().error(`window: could not load the renderer from ${location.url}`, error);
  });
  return window;
}

/** Brings the first app window to the front; false when there is none to show. */
export function focusAppWindow(): boolean {
  const window = openAppWindow();
  if (!window) return false;
  bringToFront(window);
  return true;
}

/** The webContents of every open app window, for pushing contract events. */
export function appWindowContents(): WebContents[] {
  return [...appWindows.values()].filter((w) => !w.isDestroyed()).map((w) => w.webContents);
}
