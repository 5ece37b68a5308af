// Session changes reach every open app window as the contract's 'ctm:session-changed' event, so
// the window and (later) the tray re-render when a refresh, sign-in or sign-out lands.
import type { TokenManager } from '../token-manager';
import { appLog } from './app-log';
import { sendEvent } from './ipc';
import { appWindowContents } from './window-factory';

/** Forwards the facade's session changes to the app's windows; returns the unsubscribe. */
export function setupSessionEvents(manager: TokenManager): () => void {
  return manager.onSessionChange((change) => {
    for (const contents of appWindowContents()) {
      sendEvent(contents, 'ctm:session-changed', change, appLog());
    }
  });
}
