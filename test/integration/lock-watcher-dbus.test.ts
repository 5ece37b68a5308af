// The Linux lock watcher end to end: real dbus-monitor processes on private buses (one standing
// in for the session bus, one for the system bus), the signals sent with dbus-send; and its soft
// failures when the program or the bus is missing.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  watchLockSignals,
  type BusKind,
  type LockWatcher,
} from '../../src/main/lifecycle/dbus-lock-watcher';
import type { LockEvent } from '../../src/main/lifecycle/lock-wipe';
import { noBusSession, startBus, type BusSession } from '../support/dbus-session';

const run = promisify(execFile);

let session: BusSession;
let system: BusSession;
beforeAll(async () => {
  [session, system] = await Promise.all([
    startBus('ctm-lock-session-'),
    startBus('ctm-lock-system-'),
  ]);
});
afterAll(async () => {
  await Promise.all([session.stop(), system.stop()]);
});

/** Emits one signal on a bus, as a screensaver or logind would. */
async function emit(bus: BusSession, path: string, member: string, ...args: string[]) {
  await run('dbus-send', ['--session', '--type=signal', path, member, ...args], {
    env: bus.env,
    timeout: 5_000,
  });
}

/** A watcher over the two private buses that records what it hears and says. */
async function watching(env: NodeJS.ProcessEnv = {}) {
  const heard: [LockEvent, BusKind][] = [];
  const said: string[] = [];
  const ready = new Set<BusKind>();
  const watcher: LockWatcher = watchLockSignals({
    onEvent: (event, bus) => heard.push([event, bus]),
    onUnavailable: (sentence) => said.push(sentence),
    onReady: (bus) => ready.add(bus),
    addresses: {
      session: session.env.DBUS_SESSION_BUS_ADDRESS ?? '',
      system: system.env.DBUS_SESSION_BUS_ADDRESS ?? '',
    },
    env: { PATH: process.env.PATH ?? '', ...env },
  });
  await expect.poll(() => ready.size, { timeout: 10_000 }).toBe(2);
  return { heard, said, watcher };
}

describe('the D-Bus lock watcher', () => {
  it('hears screen locks on the session bus and sleep and session locks on the system bus', async () => {
    const { heard, said, watcher } = await watching({ XDG_SESSION_ID: '2' });
    try {
      await emit(
        session,
        '/org/gnome/ScreenSaver',
        'org.gnome.ScreenSaver.ActiveChanged',
        'boolean:true',
      );
      await expect.poll(() => heard, { timeout: 5_000 }).toEqual([['lock-screen', 'session']]);
      await emit(
        system,
        '/org/freedesktop/login1',
        'org.freedesktop.login1.Manager.PrepareForSleep',
        'boolean:true',
      );
      // Another session's Lock is filtered out by the match rule; this session's comes through.
      await emit(
        system,
        '/org/freedesktop/login1/session/c9',
        'org.freedesktop.login1.Session.Lock',
      );
      await emit(
        system,
        '/org/freedesktop/login1/session/_32',
        'org.freedesktop.login1.Session.Lock',
      );
      await emit(
        session,
        '/org/freedesktop/ScreenSaver',
        'org.freedesktop.ScreenSaver.ActiveChanged',
        'boolean:false',
      );
      await expect.poll(() => heard.length, { timeout: 5_000 }).toBe(4);
      expect(heard).toEqual([
        ['lock-screen', 'session'],
        ['suspend', 'system'],
        ['lock-screen', 'system'],
        ['unlock', 'session'],
      ]);
    } finally {
      watcher.stop();
    }
    // Stopping is not a failure worth a log line, and nothing is heard after it.
    await emit(
      session,
      '/org/gnome/ScreenSaver',
      'org.gnome.ScreenSaver.ActiveChanged',
      'boolean:true',
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(heard).toHaveLength(4);
    expect(said).toEqual([]);
  });

  it('says in one sentence when its bus goes away, and does not throw', async () => {
    const bus = await startBus('ctm-lock-gone-');
    const said: string[] = [];
    let ready = false;
    const watcher = watchLockSignals({
      onEvent: () => undefined,
      onUnavailable: (sentence) => said.push(sentence),
      onReady: () => (ready = true),
      buses: ['session'],
      addresses: { session: bus.env.DBUS_SESSION_BUS_ADDRESS ?? '' },
    });
    await expect.poll(() => ready, { timeout: 10_000 }).toBe(true);
    await bus.stop();
    await expect.poll(() => said, { timeout: 10_000 }).toHaveLength(1);
    expect(said[0]).toMatch(/^Cannot watch the session bus for screen locks: dbus-monitor /);
    watcher.stop();
  });

  it('without a session bus, says it cannot watch instead of crashing', async () => {
    const nobus = await noBusSession();
    const said: string[] = [];
    const watcher = watchLockSignals({
      onEvent: () => undefined,
      onUnavailable: (sentence) => said.push(sentence),
      buses: ['session'],
      // A DISPLAY would let libdbus try to autolaunch a bus: the watcher must not let it.
      env: { ...nobus.env, DISPLAY: ':99' },
    });
    try {
      await expect.poll(() => said, { timeout: 10_000 }).toHaveLength(1);
      expect(said[0]).toMatch(
        /^Cannot watch the session bus for screen locks: dbus-monitor exited with code 1: Failed to open connection to session bus/,
      );
    } finally {
      watcher.stop();
      await nobus.stop();
    }
  });

  it('without dbus-monitor, says so for each bus', async () => {
    const said: string[] = [];
    const watcher = watchLockSignals({
      onEvent: () => undefined,
      onUnavailable: (sentence) => said.push(sentence),
      command: 'dbus-monitor-not-installed',
    });
    await expect.poll(() => said.length, { timeout: 5_000 }).toBe(2);
    expect(said.sort()).toEqual([
      'Cannot watch the session bus for screen locks: dbus-monitor-not-installed is not installed (Debian and Ubuntu: dbus-bin; Fedora: dbus-tools).',
      'Cannot watch the system bus for sleep and session locks: dbus-monitor-not-installed is not installed (Debian and Ubuntu: dbus-bin; Fedora: dbus-tools).',
    ]);
    watcher.stop();
  });
});
