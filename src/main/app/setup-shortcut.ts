// The global shortcut (off by default) that copies the active profile's ID token. Registration
// can fail (taken by another app, or no GlobalShortcuts portal on Wayland): the sentence is
// kept for the settings screen.
import { globalShortcut } from 'electron';

let failure: string | undefined;
let registered: string | null = null;

/** Why the configured shortcut is not working, if it is not. */
export function shortcutFailure(): string | undefined {
  return failure;
}

/** Makes the registered shortcut match `accelerator` (null: none); `onPress` copies. */
export function applyGlobalShortcut(accelerator: string | null, onPress: () => void): void {
  if (accelerator === registered) return;
  if (registered !== null) globalShortcut.unregister(registered);
  registered = null;
  failure = undefined;
  if (accelerator === null) return;
  let ok = false;
  try {
    ok = globalShortcut.register(accelerator, onPress);
  } catch {
    ok = false;
  }
  if (ok) registered = accelerator;
  else
    failure = `The shortcut ${accelerator} could not be registered: another app may use it, or this desktop does not allow global shortcuts.`;
}
