// Whether a Linux desktop shows tray icons, asked of a real session bus: sway's bar with its
// tray hosts StatusNotifierItems as a desktop panel does; sway without a bar (like stock GNOME)
// hosts none, and the app must not hide its window to a tray nobody shows.
import { afterEach, describe, expect, it } from 'vitest';
import { findProgram } from '../../src/main/platform/find-program';
import { findTrayHost, readReply, trayNotice } from '../../src/main/platform/tray-host';
import {
  startWaylandSession,
  waylandSessionUnavailable,
  type WaylandSession,
} from '../support/wayland-session';

const unavailable = waylandSessionUnavailable(['dbus-send']);
if (unavailable) console.log(`tray host tests skipped: ${unavailable}`);

let session: WaylandSession | undefined;
afterEach(async () => {
  await session?.stop();
  session = undefined;
});

describe.skipIf(unavailable !== null)('the tray host on the session bus', () => {
  const dbusSend = () => findProgram('dbus-send', process.env);

  it('is present where a panel hosts status icons (sway’s bar with its tray)', async () => {
    session = await startWaylandSession({ tray: true });
    expect(await findTrayHost(dbusSend(), session.env)).toBe('present');
  }, 30_000);

  it('is absent where nobody owns the StatusNotifierWatcher (sway without a bar, stock GNOME)', async () => {
    session = await startWaylandSession({ tray: false });
    expect(await findTrayHost(dbusSend(), session.env)).toBe('absent');
    expect(trayNotice('absent')).toMatch(/closing the window quits the app/);
  }, 30_000);

  it('is unknown without a session bus or without dbus-send, and then counts as shown', async () => {
    const noBus = {
      PATH: process.env.PATH,
      DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent/ctm-bus',
    };
    expect(await findTrayHost(dbusSend(), noBus)).toBe('unknown');
    expect(await findTrayHost(null, process.env)).toBe('unknown');
    expect(trayNotice('unknown')).toBeNull();
  });
});

describe('reading the reply', () => {
  it('tells a registered host from a watcher without one', () => {
    expect(readReply('ok', 'method return\n   variant       boolean true')).toBe('present');
    expect(readReply('ok', 'method return\n   variant       boolean false')).toBe('absent');
    expect(
      readReply(
        'failed',
        'Error org.freedesktop.DBus.Error.ServiceUnknown: The name org.kde.StatusNotifierWatcher was not provided by any .service files',
      ),
    ).toBe('absent');
    expect(
      readReply('failed', 'Error org.freedesktop.DBus.Error.NoReply: Did not receive a reply'),
    ).toBe('unknown');
  });
});
