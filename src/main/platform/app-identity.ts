// The app's one identifier, as every platform names it: electron-builder's appId (the macOS
// bundle id, the Windows AppUserModelID its installer gives the Start menu shortcut, which
// toasts and the pinned icon must match), and on Linux the .desktop file's name (package.json's
// desktopName), which Electron uses as the Wayland app id and the GNOME GlobalShortcuts portal
// matches against the installed file. A test keeps electron-builder.yml and package.json equal to it.

/** electron-builder's appId and the Windows AppUserModelID. */
export const APP_ID = 'dev.cognito-token-manager.app';

/** The Linux .desktop file's name without `.desktop` (package.json's desktopName). */
export const DESKTOP_NAME = APP_ID;

/** Names the autostart entry had before the desktop name became reverse-DNS (removed on sync). */
export const FORMER_DESKTOP_NAMES: readonly string[] = ['cognito-token-manager'];

/** True for a reverse-DNS id the Desktop Entry Specification accepts as a file name (a D-Bus name). */
export function isReverseDnsId(id: string): boolean {
  const parts = id.split('.');
  return (
    id.length <= 255 &&
    parts.length >= 3 &&
    parts.every((part) => /^[A-Za-z_-][A-Za-z0-9_-]*$/.test(part))
  );
}
