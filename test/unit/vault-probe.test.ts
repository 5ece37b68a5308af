import { describe, expect, it } from 'vitest';
import { classifyKeychainError, probeFailureMessage } from '../../src/main/secrets/keychain-errors';
import { loadKeytar } from '../../src/main/secrets/keytar-loader';
import { MemoryVault } from '../../src/main/secrets/memory-vault';
import { MemoryVaultIndex } from '../../src/main/secrets/memory-index';
import { KeytarVault } from '../../src/main/secrets/keytar-vault';
import { openVault } from '../../src/main/secrets/open-vault';
import { probeKeychain } from '../../src/main/secrets/probe';
import type { KeytarApi, VaultFailureReason } from '../../src/main/secrets/types';
import { FakeKeytar, recordingLogger } from '../support/fake-keytar';

// keytar's raw messages as seen against gnome-keyring on Debian 12 (TESTING.md and our runs).
const RAW: [string, VaultFailureReason][] = [
  ['Cannot autolaunch D-Bus without X11 $DISPLAY', 'no-session-bus'],
  [
    'Error spawning command line “dbus-launch --autolaunch=3d12 --binary-syntax --close-stderr”: Child process exited with code 1',
    'no-session-bus',
  ],
  ['Could not connect: No such file or directory', 'no-session-bus'],
  ['The name org.freedesktop.secrets was not provided by any .service files', 'no-secret-service'],
  ['Object does not exist at path “/org/freedesktop/secrets/collection/login”', 'locked'],
  ['Cannot create an item in a locked collection', 'locked'],
  ['Something nobody has seen before', 'broken'],
];

function probe(keytar: KeytarApi | (() => Promise<KeytarApi>), timeoutMs?: number) {
  const log = recordingLogger();
  const loader = typeof keytar === 'function' ? keytar : () => Promise.resolve(keytar);
  return {
    log,
    status: probeKeychain({
      serviceName: 'svc',
      log,
      loadKeytar: loader,
      ...(timeoutMs ? { timeoutMs } : {}),
    }),
  };
}

describe('classifyKeychainError', () => {
  it.each(RAW)('%s → %s', (message, reason) => {
    expect(classifyKeychainError(new Error(message))).toBe(reason);
  });

  it('gives each reason one sentence that says how to fix it', () => {
    expect(probeFailureMessage('no-session-bus')).toMatch(
      /no D-Bus session is running.*Secret Service such as gnome-keyring or KWallet/,
    );
    expect(probeFailureMessage('no-secret-service')).toMatch(/install and start one/);
    expect(probeFailureMessage('locked')).toMatch(/unlock your login keyring/);
    for (const reason of [
      'no-session-bus',
      'no-secret-service',
      'locked',
      'broken',
      'keytar-missing',
    ] as const) {
      const message = probeFailureMessage(reason);
      expect(message).toMatch(
        /^Secrets will not be remembered after this session because [^.]*\.$/,
      );
    }
  });
});

describe('probeKeychain', () => {
  it('passes on a working keychain and leaves no canary behind', async () => {
    const keytar = new FakeKeytar();
    const { status, log } = probe(keytar);
    expect(await status).toEqual({ ok: true });
    expect(keytar.items.size).toBe(0);
    expect(keytar.calls.map((call) => call.split(' ')[0])).toEqual(['set', 'get', 'delete']);
    expect(log.lines).toEqual(['info: Keychain probe passed for service svc.']);
  });

  it.each(RAW)(
    'turns a rejection "%s" into reason %s, with the raw text in the log only',
    async (message, reason) => {
      const keytar = new FakeKeytar();
      keytar.failWith = message;
      const { status, log } = probe(keytar);
      const result = await status;
      expect(result).toEqual({ ok: false, reason, message: probeFailureMessage(reason) });
      expect(log.lines).toEqual([`warn: Keychain probe failed (${reason}): set: ${message}`]);
    },
  );

  it('calls a canary that reads back null locked (a locked keyring reads silently as null)', async () => {
    const keytar = new FakeKeytar();
    keytar.getPassword = () => Promise.resolve(null);
    expect(await probe(keytar).status).toMatchObject({ ok: false, reason: 'locked' });
    expect(keytar.items.size).toBe(0);
  });

  it('calls a canary that reads back changed, or cannot be deleted, broken', async () => {
    const changed = new FakeKeytar();
    changed.getPassword = () => Promise.resolve('something else');
    expect(await probe(changed).status).toMatchObject({ ok: false, reason: 'broken' });
    const sticky = new FakeKeytar();
    sticky.deletePassword = () => Promise.resolve(false);
    expect(await probe(sticky).status).toMatchObject({ ok: false, reason: 'broken' });
  });

  it('gives up on a keychain that never answers', async () => {
    const keytar = new FakeKeytar();
    keytar.setPassword = () => new Promise(() => undefined);
    const { status, log } = probe(keytar, 50);
    expect(await status).toMatchObject({ ok: false, reason: 'broken' });
    expect(log.lines[0]).toMatch(/did not answer set in 50 ms/);
  });

  it('reports keytar-missing when the module cannot load, without throwing', async () => {
    const { status, log } = probe(() => Promise.reject(new Error("Cannot find module 'keytar'")));
    expect(await status).toEqual({
      ok: false,
      reason: 'keytar-missing',
      message: probeFailureMessage('keytar-missing'),
    });
    expect(log.lines[0]).toContain("Cannot find module 'keytar'");
  });
});

describe('openVault', () => {
  it('opens the keychain vault when the probe passes', async () => {
    const keytar = new FakeKeytar();
    const opened = await openVault({
      serviceName: 'svc',
      index: new MemoryVaultIndex(),
      log: recordingLogger(),
      loadKeytar: () => Promise.resolve(keytar),
    });
    expect(opened.status).toEqual({ ok: true });
    expect(opened.vault).toBeInstanceOf(KeytarVault);
    await opened.vault.set('p', 'password', 'pw');
    expect(keytar.accounts('svc')).toEqual(['p:password']);
  });

  it('falls back to memory, never to a file, with the message to show once', async () => {
    const keytar = new FakeKeytar();
    keytar.locked = true;
    const index = new MemoryVaultIndex();
    const log = recordingLogger();
    const opened = await openVault({
      serviceName: 'svc',
      index,
      log,
      loadKeytar: () => Promise.resolve(keytar),
    });
    expect(opened.status).toEqual({
      ok: false,
      reason: 'locked',
      message: probeFailureMessage('locked'),
    });
    expect(opened.vault).toBeInstanceOf(MemoryVault);
    await opened.vault.set('p', 'refresh-token', 'kept-in-memory');
    expect(await opened.vault.get('p', 'refresh-token')).toBe('kept-in-memory');
    expect(index.list()).toEqual([]);
    expect(log.lines.join('\n')).not.toContain('kept-in-memory');
  });
});

describe('loadKeytar', () => {
  it('loads the real module and exposes only get, set and delete', async () => {
    const api = await loadKeytar();
    expect(Object.keys(api).sort()).toEqual(['deletePassword', 'getPassword', 'setPassword']);
  });
});

describe('the probe reads before it writes', () => {
  it('passes on a listed item that reads back, without setting anything', async () => {
    const keytar = new FakeKeytar();
    await keytar.setPassword('svc', 'p1:refresh-token', 'held');
    keytar.calls.length = 0;
    const log = recordingLogger();
    const status = await probeKeychain({
      serviceName: 'svc',
      log,
      loadKeytar: () => Promise.resolve(keytar),
      listedAccounts: ['p1:refresh-token'],
    });
    expect(status).toEqual({ ok: true });
    expect(keytar.calls.some((call) => call.startsWith('set'))).toBe(false);
  });

  it('falls back to the canary when listed items read as null, and so still tells locked apart', async () => {
    const keytar = new FakeKeytar();
    await keytar.setPassword('svc', 'p1:refresh-token', 'held');
    keytar.locked = true;
    keytar.calls.length = 0;
    const status = await probeKeychain({
      serviceName: 'svc',
      log: recordingLogger(),
      loadKeytar: () => Promise.resolve(keytar),
      listedAccounts: ['p1:refresh-token', 'p1:id-token'],
    });
    expect(status).toMatchObject({ ok: false, reason: 'locked' });
    expect(keytar.calls.some((call) => call.startsWith('set'))).toBe(true);
  });
});
