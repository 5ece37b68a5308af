// A real gnome-keyring for tests: a private bus (dbus-session.ts), the daemon started on it with
// an unlocked login keyring, and real lock/unlock. libsecret caches its bus connection per
// process, so run keytar in child processes given `env` (see vault-child.ts), never in the worker.
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import {
  dbusSend,
  nameHasOwner,
  sessionOnBus,
  spawnTracked,
  startBus,
  stopChild,
  waitUntil,
  type BusSession,
} from './dbus-session';
import { unlockLoginKeyring } from './keyring-control';

const SECRETS = 'org.freedesktop.secrets';
const LOGIN = '/org/freedesktop/secrets/collection/login';

/** A private bus running an unlocked gnome-keyring; `env` is what a keytar child needs. */
export interface KeyringSession extends BusSession {
  /** Locks the login keyring through the Secret Service API and waits until it reports locked. */
  lock(): Promise<void>;
  /** Unlocks it with its password over the daemon's control socket and waits until unlocked. */
  unlock(): Promise<void>;
  /** The login collection's Locked property. */
  isLocked(): Promise<boolean>;
  /** Stops the daemon in its tracks (SIGSTOP): every keychain call hangs, as on a stuck desktop. */
  pause(): void;
  /** Lets a paused daemon go on (SIGCONT); the calls it held are answered. */
  resume(): void;
}

async function loginLocked(env: NodeJS.ProcessEnv): Promise<boolean> {
  const reply = await dbusSend(env, [
    `--dest=${SECRETS}`,
    LOGIN,
    'org.freedesktop.DBus.Properties.Get',
    'string:org.freedesktop.Secret.Collection',
    'string:Locked',
  ]);
  if (/boolean true/.test(reply)) return true;
  if (/boolean false/.test(reply)) return false;
  throw new Error(`Unexpected Locked reply: ${reply}`);
}

/**
 * Starts a private session bus and `gnome-keyring-daemon --foreground --unlock
 * --components=secrets` on it, the password on stdin, with a fresh HOME and XDG folders; resolves
 * once org.freedesktop.secrets has an owner and the login keyring is unlocked. With
 * `unlock: false` the daemon never gets a password, so a fresh HOME has no login keyring at all.
 * `busAddress` puts it on a bus another rig runs (the Wayland desktop's, beside its tray).
 */
export async function startKeyring(
  options: { unlock?: boolean; busAddress?: string } = {},
): Promise<KeyringSession> {
  const unlock = options.unlock ?? true;
  const bus = options.busAddress
    ? await sessionOnBus(options.busAddress, 'ctm-keyring-')
    : await startBus('ctm-keyring-');
  const password = randomBytes(12).toString('hex');
  const args = ['--foreground', ...(unlock ? ['--unlock'] : []), '--components=secrets'];
  const daemon = spawnTracked('gnome-keyring-daemon', args, bus.env);
  daemon.child.stdin.end(unlock ? password : '');
  const stop = async (): Promise<void> => {
    await stopChild(daemon.child);
    await bus.stop();
  };
  try {
    // The daemon takes the name a moment after it starts; calls made before that fail.
    await waitUntil(() => nameHasOwner(bus.env, SECRETS), `gnome-keyring to own ${SECRETS}`);
    if (unlock) {
      await waitUntil(async () => !(await loginLocked(bus.env)), 'the login keyring to unlock');
    }
  } catch (error) {
    const detail = daemon.stderr();
    await stop();
    throw new Error(`gnome-keyring did not start: ${String(error)} ${detail}`);
  }
  const controlSocket = join(bus.env.XDG_RUNTIME_DIR ?? '', 'keyring', 'control');
  return {
    env: bus.env,
    root: bus.root,
    stop,
    isLocked: () => loginLocked(bus.env),
    pause: () => daemon.child.kill('SIGSTOP'),
    resume: () => daemon.child.kill('SIGCONT'),
    async lock() {
      await dbusSend(bus.env, [
        `--dest=${SECRETS}`,
        '/org/freedesktop/secrets',
        'org.freedesktop.Secret.Service.Lock',
        `array:objpath:${LOGIN}`,
      ]);
      await waitUntil(() => loginLocked(bus.env), 'the login keyring to lock');
    },
    async unlock() {
      const result = await unlockLoginKeyring(controlSocket, password);
      if (result !== 'ok') throw new Error(`gnome-keyring refused to unlock: ${result}`);
      await waitUntil(async () => !(await loginLocked(bus.env)), 'the login keyring to unlock');
    },
  };
}

/** A private bus with no Secret Service on it (and no .service file to start one). */
export function startBusWithoutKeyring(): Promise<BusSession> {
  return startBus('ctm-nokeyring-');
}
