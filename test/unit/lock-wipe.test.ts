// The lock wipe's plain-Node decisions, and the parser of dbus-monitor's output on a capture taken
// from a real dbus-monitor (every message on a private bus, noise included).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  createSignalParser,
  login1SessionPath,
  parseMonitorOutput,
  sessionBusRules,
  systemBusRules,
} from '../../src/main/lifecycle/lock-signals';
import {
  LOCK_EVENTS,
  lockSources,
  shouldWipe,
  wipeLogLine,
} from '../../src/main/lifecycle/lock-wipe';

const CAPTURE = readFileSync(
  new URL('../fixtures/dbus-monitor/lock-signals.txt', import.meta.url),
  'utf8',
);
const MY_SESSION = '/org/freedesktop/login1/session/_32';

describe('whether to wipe', () => {
  it('wipes on lock and suspend only, and only with the setting on', () => {
    const decisions = LOCK_EVENTS.map((event) => [event, shouldWipe(true, event)]);
    expect(decisions).toEqual([
      ['lock-screen', true],
      ['suspend', true],
      ['unlock', false],
      ['resume', false],
    ]);
    expect(LOCK_EVENTS.some((event) => shouldWipe(false, event))).toBe(false);
  });

  it('hears locks from powerMonitor on macOS and Windows, from D-Bus on Linux, suspend everywhere', () => {
    expect(lockSources('darwin')).toEqual({
      powerMonitor: ['lock-screen', 'suspend'],
      dbus: false,
    });
    expect(lockSources('win32')).toEqual({ powerMonitor: ['lock-screen', 'suspend'], dbus: false });
    expect(lockSources('linux')).toEqual({ powerMonitor: ['suspend'], dbus: true });
    expect(lockSources('freebsd')).toEqual({ powerMonitor: ['suspend'], dbus: false });
  });

  it('logs what happened and why, without a token', () => {
    expect(wipeLogLine('lock-screen', 2)).toBe(
      'Lock wipe (the screen locked): ID and access tokens dropped for 2 profiles; refresh tokens kept.',
    );
    expect(wipeLogLine('suspend', 1)).toContain('(the computer is going to sleep)');
    expect(wipeLogLine('suspend', 1)).toContain('for 1 profile;');
  });
});

describe('the D-Bus signals', () => {
  it('reads lock, unlock, sleep and wake out of a real capture, skipping everything else', () => {
    expect(parseMonitorOutput(CAPTURE, MY_SESSION)).toEqual([
      'lock-screen', // org.gnome.ScreenSaver ActiveChanged(true)
      'unlock', // org.freedesktop.ScreenSaver ActiveChanged(false)
      'suspend', // PrepareForSleep(true)
      'resume', // PrepareForSleep(false)
      // Lock of session c7 is someone else's; a string "true" is not a boolean.
      'lock-screen', // Lock of this session
      'unlock', // Unlock of this session
      'lock-screen', // org.xfce.ScreenSaver ActiveChanged(true)
    ]);
  });

  it('without a known login session, takes no session Lock or Unlock', () => {
    expect(parseMonitorOutput(CAPTURE)).toEqual([
      'lock-screen',
      'unlock',
      'suspend',
      'resume',
      'lock-screen',
    ]);
  });

  it('needs the boolean right after its signal, and survives lines split anywhere else', () => {
    const events: string[] = [];
    const parse = createSignalParser((event) => events.push(event));
    const header =
      'signal time=1.2 sender=:1.9 -> destination=(null destination) serial=2 path=/org/freedesktop/login1; interface=org.freedesktop.login1.Manager; member=PrepareForSleep';
    for (const line of [header, '', '   boolean true', header, '   boolean true', 'garbage']) {
      parse(line);
    }
    expect(events).toEqual(['suspend']);
  });

  it('escapes a session id into its login1 path as systemd does', () => {
    expect(login1SessionPath('2')).toBe(MY_SESSION);
    expect(login1SessionPath('c7')).toBe('/org/freedesktop/login1/session/c7');
    expect(login1SessionPath('12')).toBe('/org/freedesktop/login1/session/_312');
    expect(login1SessionPath('a-b')).toBe('/org/freedesktop/login1/session/a_2db');
  });

  it('asks each bus only for the signals it parses', () => {
    expect(sessionBusRules()).toContain(
      "type='signal',interface='org.freedesktop.ScreenSaver',member='ActiveChanged'",
    );
    expect(systemBusRules()).toEqual([
      "type='signal',interface='org.freedesktop.login1.Manager',member='PrepareForSleep'",
    ]);
    expect(systemBusRules(MY_SESSION)).toContain(
      `type='signal',interface='org.freedesktop.login1.Session',member='Lock',path='${MY_SESSION}'`,
    );
  });
});
