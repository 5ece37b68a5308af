// Copy a secret, then clear it after a while, but only if the clipboard still holds it: a user
// who copied something else since keeps what they copied.
import type { ClipboardPort, SecretClipboard, SecretMarker } from './types';

/** Every marker we ask for; a platform that refuses one still gets the text. */
export const ALL_SECRET_MARKERS: readonly SecretMarker[] = [
  'windows-exclude-monitoring',
  'macos-concealed',
  'kde-password-hint',
];

/** What the secret clipboard needs besides the port. */
export interface SecretClipboardOptions {
  /** Told which markers a platform refused (the log, never the text). */
  onMarkersRefused?: (refused: readonly SecretMarker[]) => void;
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

  const cancel = (): void => {
    if (timer !== undefined) clearTimer(timer);
    timer = undefined;
  };
  const clearIfUnchanged = async (): Promise<void> => {
    cancel();
    const ours = written;
    written = null;
    if (ours !== null && (await port.readText()) === ours) await port.clear();
  };

  return {
    async copySecret(text, clearAfterSeconds) {
      cancel();
      const { refused } = await port.writeSecret(text, ALL_SECRET_MARKERS);
      if (refused.length > 0) options.onMarkersRefused?.(refused);
      written = text;
      if (clearAfterSeconds !== null) {
        timer = setTimer(() => void clearIfUnchanged(), clearAfterSeconds * 1000);
      }
    },
    clearIfUnchanged,
    dispose: cancel,
  };
}
