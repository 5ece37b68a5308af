// A real Wayland desktop for tests: sway, headless (no GPU, no screen), on its own private D-Bus
// session bus. With `tray: true` its bar runs with a system tray, which owns
// org.kde.StatusNotifierWatcher and registers a StatusNotifier host, as a desktop panel does.
// sway refuses to run as root, so when the tests run as root it runs as `nobody`; root's
// clients still reach its socket. Skips (with the reason) where sway or dbus-daemon are missing.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A running compositor; `env` names its display and bus for child processes. */
export interface WaylandSession {
  env: NodeJS.ProcessEnv;
  /** Stops the compositor (its clipboard and tray go with it). */
  stopCompositor(): Promise<void>;
  stop(): Promise<void>;
}

const NOBODY = 65534;

function which(program: string): string | null {
  const found = spawnSync('sh', ['-c', `command -v ${program}`], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim() : null;
}

/** Why a session cannot start on this machine, or null when it can. */
export function waylandSessionUnavailable(programs: string[] = []): string | null {
  for (const program of ['sway', 'dbus-daemon', 'setpriv', ...programs]) {
    if (!which(program)) return `${program} is not installed (Debian: sway, dbus, util-linux)`;
  }
  return null;
}

async function waitFor(check: () => boolean, what: string, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function stop(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 2_000);
  await exited;
  clearTimeout(timer);
}

/** Starts a bus and a headless sway on it; `tray` adds a bar with a system tray. */
export async function startWaylandSession(options: { tray: boolean }): Promise<WaylandSession> {
  const root = await mkdtemp(join(tmpdir(), 'ctm-wayland-'));
  const asRoot = process.getuid?.() === 0;
  // nobody must reach its runtime folder and config inside this (root's, mode 700) folder.
  if (asRoot) chmodSync(root, 0o711);
  const runtime = join(root, 'run');
  mkdirSync(runtime, { mode: 0o700 });
  if (asRoot) chownSync(runtime, NOBODY, NOBODY);
  // Any user may connect: the compositor (nobody, under root) and the tests (root) share it.
  const busConfig = join(root, 'bus.conf');
  writeFileSync(
    busConfig,
    `<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig><type>session</type><listen>unix:dir=${root}</listen><auth>EXTERNAL</auth>
<policy context="default"><allow user="*"/><allow send_destination="*" eavesdrop="true"/>
<allow eavesdrop="true"/><allow own="*"/></policy></busconfig>`,
  );
  const bus = spawn('dbus-daemon', [`--config-file=${busConfig}`, '--print-address', '--nofork'], {
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const busAddress = await new Promise<string>((resolve, reject) => {
    let out = '';
    bus.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      if (out.includes('\n')) resolve(out.trim());
    });
    bus.once('exit', () => {
      reject(new Error('dbus-daemon exited'));
    });
  });
  const config = join(root, 'sway.conf');
  writeFileSync(
    config,
    options.tray
      ? 'xwayland disable\nbar {\n  status_command none\n  tray_output *\n}\n'
      : 'xwayland disable\n',
  );
  const home = join(root, 'home');
  mkdirSync(home);
  if (asRoot) chownSync(home, NOBODY, NOBODY);
  const swayEnv = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: home,
    XDG_RUNTIME_DIR: runtime,
    DBUS_SESSION_BUS_ADDRESS: busAddress,
    WLR_BACKENDS: 'headless',
    WLR_LIBINPUT_NO_DEVICES: '1',
    WLR_RENDERER: 'pixman',
  };
  const command = asRoot
    ? [
        'setpriv',
        [
          `--reuid=${String(NOBODY)}`,
          `--regid=${String(NOBODY)}`,
          '--clear-groups',
          'sway',
          '-c',
          config,
        ],
      ]
    : ['sway', ['-c', config]];
  const sway = spawn(command[0] as string, command[1] as string[], {
    env: swayEnv,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let swayLog = '';
  sway.stderr.setEncoding('utf8').on('data', (chunk: string) => (swayLog += chunk));
  const socket = join(runtime, 'wayland-1');
  await waitFor(() => existsSync(socket) || sway.exitCode !== null, 'sway');
  if (!existsSync(socket)) throw new Error(`sway did not start: ${swayLog.slice(-500)}`);
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: home,
    XDG_RUNTIME_DIR: runtime,
    WAYLAND_DISPLAY: 'wayland-1',
    XDG_SESSION_TYPE: 'wayland',
    DBUS_SESSION_BUS_ADDRESS: busAddress,
  };
  if (options.tray) {
    await waitFor(() => hasBusName(env, 'org.kde.StatusNotifierWatcher'), 'the tray');
  }
  return {
    env,
    stopCompositor: () => stop(sway),
    async stop() {
      await stop(sway);
      await stop(bus);
      await rm(root, { recursive: true, force: true });
    },
  };
}

function hasBusName(env: NodeJS.ProcessEnv, name: string): boolean {
  const reply = spawnSync(
    'dbus-send',
    [
      '--session',
      '--print-reply',
      '--dest=org.freedesktop.DBus',
      '/',
      'org.freedesktop.DBus.NameHasOwner',
      `string:${name}`,
    ],
    { env, encoding: 'utf8' },
  );
  return reply.stdout.includes('boolean true');
}
