// Whether this desktop shows the tray icon (tray-host.ts): asked at start and again whenever the
// window gains focus (an extension may have been turned on since), remembered for the close
// decision, which cannot wait for D-Bus.
import { findProgram } from '../platform/find-program';
import { findTrayHost, trayNotice, type TrayHost } from '../platform/tray-host';

// Off Linux the OS always has a tray (the macOS menu bar, the Windows notification area).
let host: TrayHost = process.platform === 'linux' ? 'unknown' : 'present';

/** Asks the session bus again; resolves to what it said. */
export async function refreshTrayHost(): Promise<TrayHost> {
  if (process.platform !== 'linux') return host;
  host = await findTrayHost(findProgram('dbus-send', process.env), process.env);
  return host;
}

/** False only when no panel hosts tray icons (unknown counts as shown: it usually is). */
export function trayShown(): boolean {
  return host !== 'absent';
}

/** The Settings sentence when there is no tray, or undefined. */
export function trayHostNotice(): string | undefined {
  return trayNotice(host) ?? undefined;
}
