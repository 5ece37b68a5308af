// Which display the app's Chromium runs on under Linux. Electron 38+ runs as a native Wayland
// client when the session is Wayland (XDG_SESSION_TYPE; electron/electron#48301), and writes the
// choice into its own `--ozone-platform` switch before main's code runs; a user's explicit
// `--ozone-platform=…` argument always wins.

/** The facts a Linux start-up can read. */
export interface DisplayFacts {
  env: Readonly<Record<string, string | undefined>>;
  argv: readonly string[];
  /** app.commandLine.getSwitchValue('ozone-platform'): '' when Electron did not set one. */
  ozoneSwitch: string;
}

/** The display session, as far as the clipboard and the tray care. */
export interface DisplaySession {
  /** wayland: a native Wayland client; x11: an X11 client (an X session, or XWayland). */
  platform: 'wayland' | 'x11' | 'none';
  /** The user chose the platform with --ozone-platform on the command line. */
  explicit: boolean;
  /** XDG_CURRENT_DESKTOP, e.g. "GNOME", "KDE", "ubuntu:GNOME" ('' when unset). */
  desktop: string;
  /** An X server is there to restart under (DISPLAY is set: X11, or XWayland). */
  hasX11: boolean;
}

/** The value of `--ozone-platform=…` in argv, if the user gave one. */
export function explicitOzonePlatform(argv: readonly string[]): string | null {
  for (const arg of argv) {
    const match = /^--ozone-platform=(.*)$/.exec(arg);
    if (match) return match[1] ?? '';
  }
  return null;
}

/** Reads the session from the switch Electron set, or from the environment when it set none. */
export function displaySession(facts: DisplayFacts): DisplaySession {
  const explicitValue = explicitOzonePlatform(facts.argv);
  const chosen = explicitValue ?? facts.ozoneSwitch;
  const known = {
    explicit: explicitValue !== null,
    desktop: facts.env.XDG_CURRENT_DESKTOP ?? '',
    hasX11: Boolean(facts.env.DISPLAY),
  };
  if (chosen === 'wayland' || chosen === 'x11') return { platform: chosen, ...known };
  if (facts.env.XDG_SESSION_TYPE === 'wayland' && facts.env.WAYLAND_DISPLAY) {
    return { platform: 'wayland', ...known };
  }
  return { platform: known.hasX11 ? 'x11' : 'none', ...known };
}
