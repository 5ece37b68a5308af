// Launch at login on Linux: an XDG autostart .desktop file (macOS and Windows use Electron's
// setLoginItemSettings instead). For an AppImage, Exec is the AppImage itself ($APPIMAGE), since
// the binary inside it lives in a mount that changes on every start.

/** The flag the autostart entry passes, so the app knows it was started at login. */
export const STARTED_AT_LOGIN_FLAG = '--started-at-login';

/** What the entry is made from. */
export interface AutostartInput {
  productName: string;
  /** The .desktop file's name without extension, matching electron-builder's desktopName. */
  desktopName: string;
  /** Names earlier versions gave the entry: removed, so one login starts one app. */
  formerDesktopNames?: readonly string[];
  /** process.execPath of the running app. */
  execPath: string;
  /** process.env.APPIMAGE when the app runs from an AppImage. */
  appImage?: string | undefined;
}

/** Quotes an Exec argument as the Desktop Entry Specification asks (double quotes, escapes). */
function quoteExecArg(value: string): string {
  if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(value)) return value;
  return `"${value.replace(/(["`$\\])/g, '\\$1')}"`;
}

/** The autostart file's path under the user's config folder. */
export function autostartPath(configHome: string, desktopName: string): string {
  return `${configHome}/autostart/${desktopName}.desktop`;
}

/** The text of the autostart .desktop file. */
export function autostartEntry(input: AutostartInput): string {
  const program = input.appImage && input.appImage !== '' ? input.appImage : input.execPath;
  return [
    '[Desktop Entry]',
    'Type=Application',
    `Name=${input.productName}`,
    `Exec=${quoteExecArg(program)} ${STARTED_AT_LOGIN_FLAG}`,
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n');
}

/** True when this start came from the login entry (and so the window should stay hidden). */
export function startedAtLogin(argv: readonly string[], macWasOpenedAtLogin: boolean): boolean {
  return macWasOpenedAtLogin || argv.includes(STARTED_AT_LOGIN_FLAG);
}
