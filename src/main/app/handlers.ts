// The Electron host's contract handlers: the plain-Node ones over the app's TokenManager, the
// system clipboard and events pushed to every app window. Calls made before the TokenManager
// opens wait for it.
import { app, shell } from 'electron';
import { createContractHandlers, type EmitEvent } from '../handlers/create-handlers';
import { deferHandlers } from '../handlers/deferred-handlers';
import { startingHandlers } from '../handlers/starting-handlers';
import type { ContractHandlers } from '../handlers/dispatch';
import type { EventName } from '../../shared/contract';
import type { TokenManager } from '../token-manager';
import { appClipboard } from './app-clipboard';
import { clipboardNotice } from '../clipboard/clipboard-policy';
import { clipboardChoice } from './setup-display';
import { shortcutFailure } from './setup-shortcut';
import { appLog } from './app-log';
import { trayHostNotice } from './tray-availability';
import { sendEvent } from './ipc';
import { appWindowContents } from './window-factory';

const taps = new Set<(event: EventName) => void>();

/** Pushes a contract event to every open app window (and tells the taps, e.g. the tray). */
export const emitToWindows: EmitEvent = (event, payload) => {
  for (const contents of appWindowContents()) sendEvent(contents, event, payload, appLog());
  for (const tap of taps) tap(event);
};

/** Hears the name of every event main pushes; returns the function that stops it. */
export function tapEvents(listener: (event: EventName) => void): () => void {
  taps.add(listener);
  return () => taps.delete(listener);
}

/** What Settings says about this desktop: the shortcut, the tray, the clipboard. */
function hostNotices(): { shortcut?: string; tray?: string; clipboard?: string } {
  const notices = {
    shortcut: shortcutFailure(),
    tray: trayHostNotice(),
    clipboard: clipboardNotice(clipboardChoice()) ?? undefined,
  };
  return Object.fromEntries(Object.entries(notices).filter(([, text]) => text !== undefined));
}

/** Builds the handlers main registers with registerIpc; most wait for `manager`. */
export function createAppHandlers(manager: Promise<TokenManager>): ContractHandlers {
  const clipboard = appClipboard();
  const facts = { version: app.getVersion(), platform: process.platform };
  return deferHandlers(
    manager.then((tokenManager) =>
      createContractHandlers({
        manager: tokenManager,
        clipboard,
        facts,
        emit: emitToWindows,
        // The handler has checked the address is the profile's managed-login authorize page.
        openSignInPage: (url) => shell.openExternal(url),
        exportFolder: () => app.getPath('downloads'),
        hostNotices,
      }),
    ),
    // Until the keychain answers, the window shows that it is being checked.
    startingHandlers(facts),
  );
}
