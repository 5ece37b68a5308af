// Where the real app runs in the e2e specs, so it never meets the developer's own: a private
// D-Bus session with an unlocked gnome-keyring (the same rig as the Chromium journeys), a
// throwaway data folder, and on Linux a private X server (Xvfb) whose clipboard only this app
// and the test use. Xvfb is used even when a display exists, so a run never touches the real
// clipboard. Where sway is installed, the bus is a headless sway's with its bar's tray, so the
// app's tray icon has a real StatusNotifier host (without one, closing the window quits). On
// macOS and Windows the clipboard is the machine's: there the clipboard checks run only on CI
// runners (CI set), which are throwaway machines.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startKeyring, type KeyringSession } from '../../test/support/keyring';
import {
  startWaylandSession,
  waylandSessionUnavailable,
  type WaylandSession,
} from '../../test/support/wayland-session';

/** A running environment: the variables to launch with, and how to tear it down. */
export interface ElectronEnvironment {
  env: Record<string, string>;
  dataDir: string;
  /** True when the clipboard the app writes is private to this run. */
  privateClipboard: boolean;
  /** True when a panel hosts tray icons (always off Linux; on Linux, with the sway rig). */
  trayHost: boolean;
  stop(): Promise<void>;
}

function installed(program: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${program}`]).status === 0;
}

/** Why the environment cannot be made here, or null. */
export function electronEnvironmentUnavailable(): string | null {
  if (process.platform !== 'linux') return null;
  for (const [program, pkg] of [
    ['Xvfb', 'xvfb'],
    ['gnome-keyring-daemon', 'gnome-keyring'],
    ['dbus-daemon', 'dbus'],
  ] as const) {
    if (!installed(program)) return `${program} is not installed (Debian package ${pkg}).`;
  }
  return null;
}

async function startXvfb(): Promise<{ display: string; child: ChildProcess }> {
  for (let display = 90; display < 140; display += 1) {
    if (existsSync(`/tmp/.X11-unix/X${String(display)}`)) continue;
    const child = spawn(
      'Xvfb',
      [`:${String(display)}`, '-screen', '0', '1280x800x24', '-nolisten', 'tcp'],
      {
        stdio: 'ignore',
      },
    );
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline && child.exitCode === null) {
      if (existsSync(`/tmp/.X11-unix/X${String(display)}`))
        return { display: `:${String(display)}`, child };
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    child.kill();
  }
  throw new Error('Xvfb did not start on any display from :90 to :139');
}

/** Starts the keyring, the display (Linux) and a data folder; `tray: false` leaves out the panel. */
export async function startElectronEnvironment(
  options: { tray?: boolean } = {},
): Promise<ElectronEnvironment> {
  const dataDir = await mkdtemp(join(tmpdir(), 'ctm-e2e-'));
  let keyring: KeyringSession | undefined;
  let desktop: WaylandSession | undefined;
  let xvfb: { display: string; child: ChildProcess } | undefined;
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value;
  if (process.platform === 'linux') {
    // The desktop rig only lends its bus and tray host: the app draws on Xvfb.
    if (options.tray !== false && waylandSessionUnavailable() === null) {
      desktop = await startWaylandSession({ tray: true });
    }
    keyring = await startKeyring(
      desktop?.env.DBUS_SESSION_BUS_ADDRESS
        ? { busAddress: desktop.env.DBUS_SESSION_BUS_ADDRESS }
        : {},
    );
    xvfb = await startXvfb();
    for (const [key, value] of Object.entries(keyring.env))
      if (value !== undefined) env[key] = value;
    env.DISPLAY = xvfb.display;
    // An X11 client on the private display: no Wayland, no XWayland restart.
    delete env.WAYLAND_DISPLAY;
    env.XDG_SESSION_TYPE = 'x11';
  }
  env.COGNITO_TOKEN_MANAGER_HOME = dataDir;
  return {
    env,
    dataDir,
    privateClipboard: process.platform === 'linux' || process.env.CI === 'true',
    trayHost: process.platform !== 'linux' || desktop !== undefined,
    async stop() {
      xvfb?.child.kill();
      await keyring?.stop();
      await desktop?.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
