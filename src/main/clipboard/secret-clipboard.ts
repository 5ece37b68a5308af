// Copy a secret, then clear it after a while, but only if the clipboard still holds it: a user
// who copied something else since keeps what they copied. Both are checked by reading the
// clipboard back: a desktop can drop a write or a clear (Wayland, from an app without focus),
// and a token left behind must be reported, never assumed gone.
import { AuthError } from '../../shared/errors';
import type { ClearOutcome, ClipboardPort, SecretClipboard, SecretMarker } from './types';

/** Every marker we ask for; a platform that refuses one still gets the text. */
export const ALL_SECRET_MARKERS: readonly SecretMarker[] = [
  'windows-exclude-monitoring',
  'macos-concealed',
  'kde-password-hint',
];

const READ_BACK_ATTEMPTS = 5;
const READ_BACK_PAUSE_MS = 100;

/** What the secret clipboard needs besides the port. */
export interface SecretClipboardOptions {
  /** Told which markers a platform refused (the log, never the text). */
  onMarkersRefused?: (refused: readonly SecretMarker[]) => void;
  /** Told when a timed clear left the secret on the clipboard (a notification, the log). */
  onClearFailed?: (reason: string) => void;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

/** Builds the SecretClipboard over a port: one pending clear at a time, newest copy wins. */
export function createSecretClipboard(
  port: ClipboardPort,
  options: SecretClipboardOptions = {},
): SecretClipboard {
  const setTimer = options.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  const clearTimer =
    options.clearTimer ??
    ((h) => {
      clearTimeout(h as NodeJS.Timeout);
    });
  let written: string | null = null;
  let timer: unknown;
  // A compositor applies a write or a clear from another client a moment later: read back a
  // few times before calling it refused or failed.
  const settles = async (check: (text: string) => boolean): Promise<boolean> => {
    for (let attempt = 0; ; attempt += 1) {
      if (check(await port.readText())) return true;
      if (attempt === READ_BACK_ATTEMPTS - 1) return false;
      await new Promise((resolve) => setTimeout(resolve, READ_BACK_PAUSE_MS));
    }
  };

  const cancel = (): void => {
    if (timer !== undefined) clearTimer(timer);
    timer = undefined;
  };
  const clearIfUnchanged = async (): Promise<ClearOutcome> => {
    cancel();
    const ours = written;
    written = null;
    if (ours === null) return { status: 'nothing' };
    try {
      if ((await port.readText()) !== ours) return { status: 'changed' };
      await port.clear();
      if (!(await settles((text) => text !== ours))) {
        return { status: 'failed', reason: 'the clipboard still holds it after the clear' };
      }
      return { status: 'cleared' };
    } catch (error) {
      return { status: 'failed', reason: error instanceof Error ? error.message : String(error) };
    }
  };
  const timedClear = async (): Promise<void> => {
    const outcome = await clearIfUnchanged();
    if (outcome.status === 'failed') options.onClearFailed?.(outcome.reason);
  };

  return {
    async copySecret(text, clearAfterSeconds) {
      cancel();
      written = null;
      let refused: SecretMarker[];
      let holds: boolean;
      try {
        ({ refused } = await port.writeSecret(text, ALL_SECRET_MARKERS));
        holds = await settles((now) => now === text);
      } catch (error) {
        throw clipboardRefused(error instanceof Error ? error.message : String(error));
      }
      if (!holds) throw clipboardRefused('the desktop did not take the copy');
      if (refused.length > 0) options.onMarkersRefused?.(refused);
      written = text;
      if (clearAfterSeconds !== null) {
        timer = setTimer(() => void timedClear(), clearAfterSeconds * 1000);
      }
    },
    clearIfUnchanged,
    dispose: cancel,
  };
}

// The reason may name a program and its message; it never holds the text.
function clipboardRefused(reason: string): AuthError {
  return new AuthError(
    'clipboard-refused',
    `Nothing was copied: ${reason.slice(0, 200)}. Try again from the app's window.`,
  );
}
