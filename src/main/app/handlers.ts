// The Electron host's side of the contract: the plain-Node handlers over the app's TokenManager,
// with the system clipboard, the user's browser and Downloads folder, and one forwarder that
// sends every event of the hub to every open app window. Calls made before the TokenManager
// opens wait for it.
import { app, shell } from 'electron';
import { serveContract, type ServedContract } from '../handlers/serve-contract';
import type { TokenManager } from '../token-manager';
import { appClipboard } from './app-clipboard';
import { clipboardNotice } from '../clipboard/clipboard-policy';
import { clipboardChoice } from './setup-display';
import { shortcutFailure } from './setup-shortcut';
import { appLog } from './app-log';
import { trayHostNotice } from './tray-availability';
import { sendEvent } from './ipc';
import { appWindowContents } from './window-factory';

/** What Settings says about this desktop: the shortcut, the tray, the clipboard. */
function hostNotices(): { shortcut?: string; tray?: string; clipboard?: string } {
  const notices = {
    shortcut: shortcutFailure(),
    tray: trayHostNotice(),
    clipboard: clipboardNotice(clipboardChoice()) ?? undefined,
  };
  return Object.fromEntries(Object.entries(notices).filter(([, text]) => text !== undefined));
}

/** Serves the contract over `manager` for registerIpc; its events reach every app window. */
export function serveAppContract(manager: Promise<TokenManager>): ServedContract {
  const served = serveContract(
    manager,
    {
      clipboard: appClipboard(),
      facts: { version: app.getVersion(), platform: process.platform },
      // The handler has checked the address is the profile's managed-login authorize page.
      openSignInPage: (url) => shell.openExternal(url),
      exportFolder: () => app.getPath('downloads'),
      hostNotices,
    },
    appLog(),
  );
  served.events.forward((event, payload) => {
    for (const contents of appWindowContents()) sendEvent(contents, event, payload, appLog());
  });
  return served;
}
