// Whether a Linux desktop will show the app's tray icon. Electron draws it as a StatusNotifierItem,
// which appears only where a panel hosts them: one owns org.kde.StatusNotifierWatcher on the
// session bus and registers as a host (KDE Plasma, Xfce, Cinnamon, sway's bar, GNOME with the
// AppIndicator extension). Stock GNOME has none, and a window hidden to the tray there could not
// be brought back. Asked with dbus-send (the dbus package), with a timeout.
import { execFile } from 'node:child_process';

/** present: icons are shown; absent: nobody hosts them; unknown: could not ask. */
export type TrayHost = 'present' | 'absent' | 'unknown';

const WATCHER = 'org.kde.StatusNotifierWatcher';

/** Reads IsStatusNotifierHostRegistered from the watcher on the session bus of `env`. */
export function findTrayHost(
  dbusSend: string | null,
  env: NodeJS.ProcessEnv,
  timeoutMs = 2_000,
): Promise<TrayHost> {
  if (!dbusSend) return Promise.resolve('unknown');
  const args = [
    '--session',
    '--print-reply',
    `--reply-timeout=${String(timeoutMs)}`,
    `--dest=${WATCHER}`,
    '/StatusNotifierWatcher',
    'org.freedesktop.DBus.Properties.Get',
    `string:${WATCHER}`,
    'string:IsStatusNotifierHostRegistered',
  ];
  return new Promise((resolve) => {
    execFile(dbusSend, args, { env, timeout: timeoutMs + 1_000 }, (error, stdout, stderr) => {
      resolve(readReply(error ? 'failed' : 'ok', `${stdout}\n${stderr}`));
    });
  });
}

/** What a dbus-send reply (or its error) says about the host. */
export function readReply(outcome: 'ok' | 'failed', text: string): TrayHost {
  if (outcome === 'ok') return /boolean true/.test(text) ? 'present' : 'absent';
  // Nobody owns the watcher's name: no panel hosts status icons.
  if (/ServiceUnknown|NameHasNoOwner|was not provided by any \.service/.test(text)) return 'absent';
  // No session bus, a timeout, a refusal: the tray may or may not show.
  return 'unknown';
}

/** The sentence Settings shows when there is no tray, or null. */
export function trayNotice(host: TrayHost): string | null {
  if (host !== 'absent') return null;
  return 'This desktop shows no tray icons (on GNOME, the AppIndicator extension adds them), so closing the window quits the app instead of hiding it.';
}
