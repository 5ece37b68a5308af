// How the app reaches the clipboard on each desktop (README, "Platform notes"):
// - macOS, Windows, an X11 session, or XWayland: Electron's clipboard. An X server takes a
//   selection from any client, focused or not.
// - a native Wayland client with wl-clipboard installed: wl-copy and wl-paste, checked by reading
//   back (no focus needed where the compositor has the data-control protocol: KDE Plasma,
//   wlroots; on GNOME, wl-clipboard takes focus for a moment).
// - a native Wayland client without wl-clipboard: the app restarts itself once under XWayland
//   (--ozone-platform=x11), unless the user chose Wayland on the command line or there is no
//   XWayland; then Electron's clipboard is used and its writes cannot be checked (Settings says so).
import type { DisplaySession } from '../platform/display-session';

/** The clipboard the app uses, or a restart under XWayland first. */
export type ClipboardChoice = 'electron' | 'wl-clipboard' | 'relaunch-x11' | 'electron-unchecked';

/** Decides from the platform, the display session and whether wl-copy/wl-paste are installed. */
export function chooseClipboard(
  platform: NodeJS.Platform,
  session: DisplaySession,
  hasWlClipboard: boolean,
): ClipboardChoice {
  if (platform !== 'linux' || session.platform !== 'wayland') return 'electron';
  if (hasWlClipboard) return 'wl-clipboard';
  return session.explicit || !session.hasX11 ? 'electron-unchecked' : 'relaunch-x11';
}

/** The sentence Settings shows about the clipboard, or null when there is nothing to say. */
export function clipboardNotice(choice: ClipboardChoice): string | null {
  if (choice !== 'electron-unchecked') return null;
  return 'On this Wayland desktop the app cannot check that a copied token reached the clipboard or was cleared from it: install wl-clipboard (wl-copy and wl-paste) and restart the app.';
}
