// A private D-Bus session bus for one test file, with its own temp HOME and XDG folders.
// The bus config names no service folders on purpose: the stock session config would
// auto-start gnome-keyring from its .service file, and we want to decide what runs on the bus.
import {
  execFile,
  spawn,
  type ChildProcess,
  type ChildProcessWithoutNullStreams,
} from 'node:child_process';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** A running private bus; `env` is a complete environment for child processes that use it. */
export interface BusSession {
  env: NodeJS.ProcessEnv;
  /** The temp folder holding HOME, the XDG folders and the bus socket. */
  root: string;
  stop(): Promise<void>;
}

const live = new Set<ChildProcess>();
// Best effort for a worker that dies before stop(): never leave daemons behind.
process.once('exit', () => {
  for (const child of live) child.kill('SIGKILL');
});

/** A fresh temp root with HOME and XDG folders, and an env naming them (no bus, no DISPLAY). */
export async function makeSessionRoot(
  prefix: string,
): Promise<{ root: string; env: NodeJS.ProcessEnv }> {
  const root = await mkdtemp(join(tmpdir(), prefix));
  const dirs = {
    HOME: 'home',
    XDG_RUNTIME_DIR: 'run',
    XDG_DATA_HOME: 'data',
    XDG_CONFIG_HOME: 'config',
    XDG_CACHE_HOME: 'cache',
  };
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH ?? '/usr/bin:/bin' };
  for (const [name, dir] of Object.entries(dirs)) {
    env[name] = join(root, dir);
    await mkdir(join(root, dir), { mode: 0o700 });
  }
  return { root, env };
}

/** Starts `command` as a tracked child; its stderr is kept for error messages. */
export function spawnTracked(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): { child: ChildProcessWithoutNullStreams; stderr: () => string } {
  const child = spawn(command, args, { env, stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  live.add(child);
  child.once('exit', () => {
    live.delete(child);
  });
  return { child, stderr: () => stderr };
}

/** Stops a child: SIGTERM, then SIGKILL if it has not exited within two seconds. */
export async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => {
    child.once('exit', () => {
      resolve();
    });
  });
  child.kill('SIGTERM');
  const timer = setTimeout(() => {
    child.kill('SIGKILL');
  }, 2_000);
  await exited;
  clearTimeout(timer);
}

/** Polls `check` every 50 ms until it returns true; throws `what` after `timeoutMs`. */
export async function waitUntil(
  check: () => Promise<boolean>,
  what: string,
  timeoutMs = 10_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check().catch(() => false)) return;
    if (Date.now() > deadline)
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Runs dbus-send on the session bus of `env` and returns its printed reply. */
export async function dbusSend(env: NodeJS.ProcessEnv, args: string[]): Promise<string> {
  const { stdout } = await run('dbus-send', ['--session', '--print-reply', ...args], {
    env,
    timeout: 5_000,
  });
  return stdout;
}

/** True when some connection owns the bus name. */
export async function nameHasOwner(env: NodeJS.ProcessEnv, name: string): Promise<boolean> {
  const reply = await dbusSend(env, [
    '--dest=org.freedesktop.DBus',
    '/',
    'org.freedesktop.DBus.NameHasOwner',
    `string:${name}`,
  ]);
  return /boolean true/.test(reply);
}

function busConfig(socketDir: string): string {
  return `<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir=${socketDir}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
`;
}

/** Starts a private session bus with nothing on it; `env` points clients at it. */
export async function startBus(prefix = 'ctm-bus-'): Promise<BusSession> {
  const { root, env } = await makeSessionRoot(prefix);
  const configPath = join(root, 'bus.conf');
  await writeFile(configPath, busConfig(join(root, 'run')));
  const { child, stderr } = spawnTracked(
    'dbus-daemon',
    [`--config-file=${configPath}`, '--nofork', '--print-address=1'],
    env,
  );
  child.stdin.end();
  const address = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => {
      reject(new Error(`dbus-daemon printed no address: ${stderr()}`));
    }, 10_000);
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n')[0];
      if (out.includes('\n') && line) {
        clearTimeout(timer);
        resolve(line.trim());
      }
    });
    child.once('error', reject);
    child.once('exit', (code) => {
      reject(new Error(`dbus-daemon exited (${code}): ${stderr()}`));
    });
  });
  env.DBUS_SESSION_BUS_ADDRESS = address;
  let stopped = false;
  return {
    env,
    root,
    async stop() {
      if (stopped) return;
      stopped = true;
      await stopChild(child);
      await rm(root, { recursive: true, force: true });
    },
  };
}

/** Fresh HOME and XDG folders on a bus someone else runs (a desktop rig's); stop() keeps the bus. */
export async function sessionOnBus(address: string, prefix = 'ctm-bus-'): Promise<BusSession> {
  const { root, env } = await makeSessionRoot(prefix);
  env.DBUS_SESSION_BUS_ADDRESS = address;
  return {
    env,
    root,
    stop: () => rm(root, { recursive: true, force: true }),
  };
}

/** No bus at all: temp HOME and XDG folders, no DBUS_SESSION_BUS_ADDRESS, no DISPLAY. */
export async function noBusSession(): Promise<BusSession> {
  const { root, env } = await makeSessionRoot('ctm-nobus-');
  return { env, root, stop: () => rm(root, { recursive: true, force: true }) };
}
