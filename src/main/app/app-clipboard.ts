// The app's one secret clipboard, shared by the window's copy buttons and the tray, so a newer
// copy from either cancels the older one's clear timer. Cleared on quit if still ours. On a
// native Wayland client with wl-clipboard it goes through wl-copy/wl-paste (clipboard-policy.ts).
import { app } from 'electron';
import { deferredClipboardPort } from '../clipboard/deferred-port';
import { createSecretClipboard } from '../clipboard/secret-clipboard';
import type { ClipboardPort, SecretClipboard } from '../clipboard/types';
import { createWlClipboard, findWlClipboard } from '../clipboard/wl-clipboard';
import { findProgram } from '../platform/find-program';
import { electronClipboard } from './electron-clipboard';
import { notify } from './notify';
import { clipboardChoice } from './setup-display';

let shared: SecretClipboard | undefined;

function systemPort(): ClipboardPort {
  if (clipboardChoice() !== 'wl-clipboard') return electronClipboard;
  const found = findWlClipboard(process.env, (name) => findProgram(name, process.env));
  return deferredClipboardPort(
    found.then((options) => (options ? createWlClipboard(options) : electronClipboard)),
  );
}

/** The shared secret clipboard, made on first use. */
export function appClipboard(): SecretClipboard {
  if (shared) return shared;
  const clipboard = createSecretClipboard(systemPort(), {
    onMarkersRefused: (refused) => {
      console.warn(`clipboard: the platform refused the ${refused.join(', ')} marker`);
    },
    // Never silent: a token left on the clipboard is something the user must know about.
    onClearFailed: (reason) => {
      console.warn(`clipboard: the timed clear failed (${reason})`);
      notify(
        'A token is still on the clipboard',
        `It could not be cleared (${reason}). Copy something else over it.`,
      );
    },
  });
  app.on('before-quit', () => {
    void clipboard.clearIfUnchanged().then((outcome) => {
      if (outcome.status === 'failed')
        console.warn(`clipboard: the clear at quit failed (${outcome.reason})`);
    });
    clipboard.dispose();
  });
  shared = clipboard;
  return clipboard;
}
