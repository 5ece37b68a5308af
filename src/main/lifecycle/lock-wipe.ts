// The lock wipe's decisions in plain Node: which events wipe (going away: a screen lock or a
// suspend, never coming back), where each platform hears them, and the line the log keeps.

/** What the OS tells about the user going away and coming back. */
export const LOCK_EVENTS = ['lock-screen', 'suspend', 'unlock', 'resume'] as const;

/** One of LOCK_EVENTS. */
export type LockEvent = (typeof LOCK_EVENTS)[number];

/** True when the event should wipe: the setting is on and the user is going away. */
export function shouldWipe(wipeOnLock: boolean, event: LockEvent): boolean {
  return wipeOnLock && (event === 'lock-screen' || event === 'suspend');
}

/** Where a platform hears lock and suspend: Electron's powerMonitor events, and D-Bus or not. */
export interface LockSources {
  powerMonitor: readonly ('lock-screen' | 'suspend')[];
  dbus: boolean;
}

/**
 * macOS and Windows: powerMonitor tells both. Linux: powerMonitor tells only suspend (its
 * 'lock-screen' is macOS and Windows only), so locks come from D-Bus. Elsewhere: suspend only.
 */
export function lockSources(platform: NodeJS.Platform): LockSources {
  if (platform === 'darwin' || platform === 'win32') {
    return { powerMonitor: ['lock-screen', 'suspend'], dbus: false };
  }
  return { powerMonitor: ['suspend'], dbus: platform === 'linux' };
}

/** The log line after a wipe: how many profiles lost their ID and access tokens, and why. */
export function wipeLogLine(event: LockEvent, wiped: number): string {
  const why = event === 'suspend' ? 'the computer is going to sleep' : 'the screen locked';
  const profiles = wiped === 1 ? '1 profile' : `${wiped} profiles`;
  return `Lock wipe (${why}): ID and access tokens dropped for ${profiles}; refresh tokens kept.`;
}
