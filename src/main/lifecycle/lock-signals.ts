// Screen-lock and sleep signals on Linux's D-Bus, read from dbus-monitor's text output: the match
// rules to ask for, and a line parser that turns the signals into lock events.
//  - ActiveChanged(bool) of the screensaver interfaces (KDE and most desktops use
//    org.freedesktop.ScreenSaver; GNOME, Cinnamon, MATE and Xfce each have their own name);
//  - login1's PrepareForSleep(bool) on the system bus, and Lock/Unlock of this login session
//    (what `loginctl lock-session` sends, so xss-lock and swayidle setups lock).
import type { LockEvent } from './lock-wipe';

/** The screensaver interfaces whose ActiveChanged(bool) says the screen locked or unlocked. */
export const SCREENSAVER_INTERFACES = [
  'org.freedesktop.ScreenSaver',
  'org.gnome.ScreenSaver',
  'org.cinnamon.ScreenSaver',
  'org.mate.ScreenSaver',
  'org.xfce.ScreenSaver',
] as const;

const LOGIN1_MANAGER = 'org.freedesktop.login1.Manager';
const LOGIN1_SESSION = 'org.freedesktop.login1.Session';
const SESSION_ROOT = '/org/freedesktop/login1/session';

/** The object path of a login1 session id, escaped as sd_bus_path_encode does ("2" → "_32"). */
export function login1SessionPath(sessionId: string): string {
  if (sessionId === '') return `${SESSION_ROOT}/_`;
  const label = [...Buffer.from(sessionId, 'utf8')]
    .map((byte, i) => {
      const char = String.fromCharCode(byte);
      const plain = /[A-Za-z]/.test(char) || (i > 0 && /[0-9]/.test(char));
      return plain ? char : `_${byte.toString(16).padStart(2, '0')}`;
    })
    .join('');
  return `${SESSION_ROOT}/${label}`;
}

/** dbus-monitor match rules for the session bus. */
export function sessionBusRules(): string[] {
  return SCREENSAVER_INTERFACES.map(
    (name) => `type='signal',interface='${name}',member='ActiveChanged'`,
  );
}

/** dbus-monitor match rules for the system bus; Lock/Unlock only for a known login session. */
export function systemBusRules(sessionPath?: string): string[] {
  const rules = [`type='signal',interface='${LOGIN1_MANAGER}',member='PrepareForSleep'`];
  if (sessionPath === undefined) return rules;
  for (const member of ['Lock', 'Unlock']) {
    rules.push(
      `type='signal',interface='${LOGIN1_SESSION}',member='${member}',path='${sessionPath}'`,
    );
  }
  return rules;
}

// dbus-monitor's header of a signal, e.g.
// signal time=… sender=:1.5 -> destination=(null destination) serial=2 path=/a/b; interface=x.Y; member=Z
const HEADER = /^signal .*\bpath=([^;\s]+); interface=([^;\s]+); member=(\S+)$/;
const BOOLEAN_ARG = /^\s+boolean (true|false)$/;

type Reading = LockEvent | ((value: boolean) => LockEvent) | undefined;

function reading(path: string, iface: string, member: string, sessionPath?: string): Reading {
  if (member === 'ActiveChanged' && (SCREENSAVER_INTERFACES as readonly string[]).includes(iface)) {
    return (active) => (active ? 'lock-screen' : 'unlock');
  }
  if (iface === LOGIN1_MANAGER && member === 'PrepareForSleep') {
    return (sleeping) => (sleeping ? 'suspend' : 'resume');
  }
  if (iface === LOGIN1_SESSION && sessionPath !== undefined && path === sessionPath) {
    if (member === 'Lock') return 'lock-screen';
    if (member === 'Unlock') return 'unlock';
  }
  return undefined;
}

/**
 * A parser fed one line of dbus-monitor output at a time; calls `onEvent` for each lock signal.
 * Other signals, method calls and malformed lines are skipped; Lock/Unlock count only on
 * `sessionPath` (another user's session locking is not ours).
 */
export function createSignalParser(
  onEvent: (event: LockEvent) => void,
  sessionPath?: string,
): (line: string) => void {
  let awaiting: ((value: boolean) => LockEvent) | undefined;
  return (line) => {
    const header = HEADER.exec(line);
    if (header) {
      const [, path = '', iface = '', member = ''] = header;
      const read = reading(path, iface, member, sessionPath);
      awaiting = typeof read === 'function' ? read : undefined;
      if (typeof read === 'string') onEvent(read);
      return;
    }
    // The boolean is the signal's first argument: the line right after its header.
    const argument = BOOLEAN_ARG.exec(line);
    if (awaiting && argument) onEvent(awaiting(argument[1] === 'true'));
    awaiting = undefined;
  };
}

/** Every lock event in a piece of captured dbus-monitor output, in order. */
export function parseMonitorOutput(text: string, sessionPath?: string): LockEvent[] {
  const events: LockEvent[] = [];
  const parse = createSignalParser((event) => events.push(event), sessionPath);
  for (const line of text.split('\n')) parse(line.replace(/\r$/, ''));
  return events;
}
