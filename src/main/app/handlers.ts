// The Electron host's contract handlers: the plain-Node ones over the app's TokenManager, the
// system clipboard and events pushed to every app window. Calls made before the TokenManager
// opens wait for it.
import { app } from 'electron';
import { createSecretClipboard } from '../clipboard/secret-clipboard';
import { createContractHandlers, type EmitEvent } from '../handlers/create-handlers';
import { deferHandlers } from '../handlers/deferred-handlers';
import type { ContractHandlers } from '../handlers/dispatch';
import type { TokenManager } from '../token-manager';
import { electronClipboard } from './electron-clipboard';
import { sendEvent } from './ipc';
import { appWindowContents } from './window-factory';

/** Pushes a contract event to every open app window. */
export const emitToWindows: EmitEvent = (event, payload) => {
  for (const contents of appWindowContents()) sendEvent(contents, event, payload);
};

/** Builds the handlers main registers with registerIpc, once `manager` resolves. */
export function createAppHandlers(manager: Promise<TokenManager>): ContractHandlers {
  const clipboard = createSecretClipboard(electronClipboard, {
    onMarkersRefused: (refused) => {
      console.warn(`clipboard: no support yet for ${refused.join(', ')}`);
    },
  });
  app.on('will-quit', () => {
    // A token still on the clipboard when the app quits is cleared (only if still ours).
    void clipboard.clearIfUnchanged();
    clipboard.dispose();
  });
  return deferHandlers(
    manager.then((tokenManager) =>
      createContractHandlers({
        manager: tokenManager,
        clipboard,
        facts: { version: app.getVersion(), platform: process.platform },
        emit: emitToWindows,
      }),
    ),
  );
}
