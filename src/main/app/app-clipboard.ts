// The app's one secret clipboard, shared by the window's copy buttons and the tray, so a newer
// copy from either cancels the older one's clear timer. Cleared on quit if still ours.
import { app } from 'electron';
import { createSecretClipboard } from '../clipboard/secret-clipboard';
import type { SecretClipboard } from '../clipboard/types';
import { electronClipboard } from './electron-clipboard';
import { appLog } from './app-log';

let shared: SecretClipboard | undefined;

/** The shared secret clipboard, made on first use. */
export function appClipboard(): SecretClipboard {
  if (shared) return shared;
  const clipboard = createSecretClipboard(electronClipboard, {
    onMarkersRefused: (refused) => {
      appLog().warn(`clipboard: the platform refused the ${refused.join(', ')} marker`);
    },
  });
  app.on('before-quit', () => {
    void clipboard.clearIfUnchanged();
    clipboard.dispose();
  });
  shared = clipboard;
  return clipboard;
}
