// The app's one secret clipboard, shared by the window's copy buttons and the tray, so a newer
// copy from either cancels the older one's clear timer. Cleared on quit if still ours. On a
// native Wayland client with wl-clipboard it goes through wl-copy/wl-paste (clipboard-policy.ts).
import { app } from 'electron';
import { deferredClipboardPort } from '../clipboard/deferred-port';
import { createSecretClipboard } from '../clipboard/secret-clipboard';
import type { ClearOutcome, ClipboardPort, SecretClipboard } from '../clipboard/types';
import { createWlClipboard, findWlClipboard } from '../clipboard/wl-clipboard';
import { findProgram } from '../platform/find-program';
import { electronClipboard } from './electron-clipboard';
import { appLog, tell } from './app-log';
import { notify } from './notify';
import { clipboardChoice } from './setup-display';

let shared: SecretClipboard | undefined;

const QUIT_CLEAR_MS = 2_000;

// The e2e specs read these lines: what the clear at quit did (never the text).
function logQuitClear(outcome: ClearOutcome): void {
  if (outcome.status === 'cleared') tell('clipboard: cleared the copied token at quit');
  else if (outcome.status === 'changed') tell("clipboard: kept the user's own copy at quit");
  else if (outcome.status === 'failed')
    tell(`clipboard: the clear at quit failed (${outcome.reason})`, 'warn');
}

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
      appLog().warn(`clipboard: the platform refused the ${refused.join(', ')} marker`);
    },
    // Never silent: a token left on the clipboard is something the user must know about.
    onClearFailed: (reason) => {
      tell(`clipboard: the timed clear failed (${reason})`, 'warn');
      notify(
        'A token is still on the clipboard',
        `It could not be cleared (${reason}). Copy something else over it.`,
      );
    },
  });
  // Quit waits (at most QUIT_CLEAR_MS) for the clear: it reads the clipboard back, which may
  // take a child process (wl-paste) that would not outlive the app.
  let clearedAtQuit = false;
  app.on('before-quit', (event) => {
    if (clearedAtQuit) return;
    event.preventDefault();
    const timeout = new Promise<ClearOutcome>((resolve) => {
      setTimeout(() => {
        resolve({ status: 'failed', reason: 'the clipboard did not answer in time' });
      }, QUIT_CLEAR_MS);
    });
    void Promise.race([clipboard.clearIfUnchanged(), timeout])
      .then(logQuitClear)
      .finally(() => {
        clearedAtQuit = true;
        clipboard.dispose();
        app.quit();
      });
  });
  shared = clipboard;
  return clipboard;
}
