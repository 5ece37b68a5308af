// Each way the keychain can be unusable, caused for real in a child process: the vault must
// report a clear reason, fall back to memory, and never crash.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEV_SERVICE_NAME } from '../../src/main/secrets/naming';
import { nameHasOwner, noBusSession, type BusSession } from '../support/dbus-session';
import { startBusWithoutKeyring, startKeyring } from '../support/keyring';
import { buildVault, runVaultChild, type VaultBuild, type VaultStep } from '../support/vault-child';
import {
  errorOf,
  expectNoSecretLeaked,
  expectProbeFailure,
  valueOf,
} from '../support/vault-expect';

let build: VaultBuild;

beforeAll(async () => {
  build = await buildVault();
});

afterAll(async () => {
  await build.cleanup();
});

const SECRET = 'refresh-abc123-do-not-leak';

/** Probe, a direct keychain write, then openVault and a round trip through what it returned. */
const SCENARIO: VaultStep[] = [
  { op: 'probe' },
  { op: 'keytar' },
  { op: 'set', profileId: 'p', kind: 'refresh-token', value: SECRET },
  { op: 'open' },
  { op: 'set', profileId: 'p', kind: 'refresh-token', value: SECRET },
  { op: 'get', profileId: 'p', kind: 'refresh-token' },
];

async function runScenario(session: BusSession, target: VaultBuild = build) {
  const reply = await runVaultChild({
    build: target,
    env: session.env,
    serviceName: DEV_SERVICE_NAME,
    steps: SCENARIO,
  });
  expectNoSecretLeaked(reply, SECRET);
  const [probe, , keychainSet, open, , memoryGet] = reply.results;
  return {
    reply,
    probe: valueOf(probe),
    keychainSet,
    open: valueOf(open),
    memoryGet: valueOf(memoryGet),
  };
}

describe('vault when the keychain cannot be used', () => {
  it('no session bus: reason no-session-bus, MemoryVault, no crash', async () => {
    const session = await noBusSession();
    try {
      expect(session.env.DBUS_SESSION_BUS_ADDRESS).toBeUndefined();
      expect(session.env.DISPLAY).toBeUndefined();
      const { reply, probe, keychainSet, open, memoryGet } = await runScenario(session);
      expectProbeFailure(
        probe,
        'no-session-bus',
        /because no D-Bus session is running.*dbus-run-session/,
      );
      expect(errorOf(keychainSet)).toMatchObject({ name: 'VaultError', code: 'no-session-bus' });
      expect(open).toEqual({ status: probe, backend: 'MemoryVault' });
      expect(memoryGet).toBe(SECRET);
      expect(reply.logs.join('\n')).toContain('Cannot autolaunch D-Bus without X11 $DISPLAY');
    } finally {
      await session.stop();
    }
  });

  it('a bus without a Secret Service: reason no-secret-service, and nothing auto-starts one', async () => {
    const session = await startBusWithoutKeyring();
    try {
      const { reply, probe, keychainSet, open, memoryGet } = await runScenario(session);
      expectProbeFailure(
        probe,
        'no-secret-service',
        /because no Secret Service such as gnome-keyring or KWallet is running; install/,
      );
      expect(errorOf(keychainSet)).toMatchObject({ name: 'VaultError', code: 'no-secret-service' });
      expect(open).toEqual({ status: probe, backend: 'MemoryVault' });
      expect(memoryGet).toBe(SECRET);
      expect(reply.logs.join('\n')).toContain(
        'org.freedesktop.secrets was not provided by any .service files',
      );
      expect(await nameHasOwner(session.env, 'org.freedesktop.secrets')).toBe(false);
    } finally {
      await session.stop();
    }
  });

  it('a keyring daemon whose login keyring was never unlocked: reason locked', async () => {
    const session = await startKeyring({ unlock: false });
    try {
      const { reply, probe, keychainSet, open } = await runScenario(session);
      expect(probe).toMatchObject({ ok: false, reason: 'locked' });
      expect(errorOf(keychainSet)).toMatchObject({ code: 'locked' });
      expect(open).toMatchObject({ backend: 'MemoryVault' });
      expect(reply.logs.join('\n')).toMatch(/Object does not exist at path .*collection\/login/);
    } finally {
      await session.stop();
    }
  });

  it('keytar cannot be loaded: reason keytar-missing, MemoryVault, no crash', async () => {
    const [session, bare] = await Promise.all([startKeyring(), buildVault({ withKeytar: false })]);
    try {
      const reply = await runVaultChild({
        build: bare,
        env: session.env,
        serviceName: DEV_SERVICE_NAME,
        steps: [
          { op: 'open' },
          { op: 'set', profileId: 'p', kind: 'password', value: SECRET },
          { op: 'get', profileId: 'p', kind: 'password' },
        ],
      });
      const opened = valueOf(reply.results[0]);
      expect(opened).toMatchObject({ backend: 'MemoryVault' });
      expectProbeFailure(
        (opened as { status: unknown }).status,
        'keytar-missing',
        /keytar\) could not be loaded; reinstall/,
      );
      expect(valueOf(reply.results[2])).toBe(SECRET);
      expect(reply.logs.join('\n')).toMatch(/Cannot find (module|package) 'keytar'/);
    } finally {
      await Promise.all([session.stop(), bare.cleanup()]);
    }
  });
});
