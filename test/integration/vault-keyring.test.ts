// The vault against a real gnome-keyring on a private bus; keytar runs in child processes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEV_SERVICE_NAME } from '../../src/main/secrets/naming';
import { startKeyring, type KeyringSession } from '../support/keyring';
import { buildVault, runVaultChild, type VaultBuild, type VaultStep } from '../support/vault-child';
import {
  errorOf,
  expectProbeFailure,
  expectNoSecretLeaked,
  fakeToken,
  valueOf,
} from '../support/vault-expect';

let keyring: KeyringSession;
let build: VaultBuild;

beforeAll(async () => {
  [keyring, build] = await Promise.all([startKeyring(), buildVault()]);
});

afterAll(async () => {
  await Promise.all([keyring.stop(), build.cleanup()]);
});

function run(steps: VaultStep[], index: { profileId: string; kind: string }[] = []) {
  return runVaultChild({ build, env: keyring.env, serviceName: DEV_SERVICE_NAME, steps, index });
}

describe('vault on an unlocked gnome-keyring', () => {
  it('passes the probe and opens the keychain vault', async () => {
    const reply = await run([{ op: 'probe' }, { op: 'open' }]);
    expect(valueOf(reply.results[0])).toEqual({ ok: true });
    expect(valueOf(reply.results[1])).toEqual({ status: { ok: true }, backend: 'KeytarVault' });
    expect(reply.logs).toContain(`info: Keychain probe passed for service ${DEV_SERVICE_NAME}.`);
  });

  it('passes by reading an item the index lists, writing no canary; a locked keyring still says locked', async () => {
    const token = fakeToken(900);
    const listed = [{ profileId: 'reader', kind: 'refresh-token' }];
    await run([
      { op: 'open' },
      { op: 'set', profileId: 'reader', kind: 'refresh-token', value: token },
    ]);
    const reply = await run([{ op: 'open' }], listed);
    expect(valueOf(reply.results[0])).toMatchObject({
      status: { ok: true },
      backend: 'KeytarVault',
    });
    expect(reply.logs).toContain(
      `info: Keychain probe passed for service ${DEV_SERVICE_NAME} by reading an item it holds.`,
    );
    expectNoSecretLeaked(reply, token);
    await keyring.lock();
    try {
      const locked = await run([{ op: 'open' }], listed);
      expect(valueOf(locked.results[0])).toMatchObject({ status: { ok: false, reason: 'locked' } });
    } finally {
      await keyring.unlock();
    }
  });

  it('keeps values across processes, a 4 KB token included', async () => {
    const refresh = fakeToken(1800);
    const idToken = fakeToken(4096);
    const first = await run([
      { op: 'open' },
      { op: 'set', profileId: 'alpha', kind: 'refresh-token', value: refresh },
      { op: 'set', profileId: 'alpha', kind: 'id-token', value: idToken },
    ]);
    expect(first.results.map((result) => result.ok)).toEqual([true, true, true]);
    expect(first.index).toEqual([
      { profileId: 'alpha', kind: 'refresh-token' },
      { profileId: 'alpha', kind: 'id-token' },
    ]);
    // A new process, like the CLI after the app: the same service name finds the same items.
    const second = await run([
      { op: 'open' },
      { op: 'get', profileId: 'alpha', kind: 'refresh-token' },
      { op: 'get', profileId: 'alpha', kind: 'id-token' },
      { op: 'get', profileId: 'alpha', kind: 'access-token' },
    ]);
    expect(second.results.slice(1).map(valueOf)).toEqual([refresh, idToken, null]);
    expectNoSecretLeaked(first, refresh, idToken);
    expectNoSecretLeaked(second, refresh, idToken);
  });

  it('splits a long value into items under the Windows cap and cleans up when it shrinks', async () => {
    const long = fakeToken(4096);
    const short = fakeToken(900);
    const reply = await run([
      { op: 'open' },
      { op: 'set', profileId: 'beta', kind: 'id-token', value: long },
      { op: 'raw-get', account: 'beta:id-token' },
      { op: 'raw-get', account: 'beta:id-token#1' },
      { op: 'raw-get', account: 'beta:id-token#2' },
      { op: 'raw-get', account: 'beta:id-token#3' },
      { op: 'set', profileId: 'beta', kind: 'id-token', value: short },
      { op: 'raw-get', account: 'beta:id-token' },
      { op: 'raw-get', account: 'beta:id-token#1' },
      { op: 'get', profileId: 'beta', kind: 'id-token' },
    ]);
    const [, , header, one, two, three, , base, staleOne, readBack] = reply.results.map(valueOf);
    expect(header).toMatch(/^ctm-chunked:v1:2:4096:[0-9a-f]{16}$/);
    expect(one).toBe(long.slice(0, 2500));
    expect(two).toBe(long.slice(2500));
    expect(three).toBeNull();
    expect(base).toBe(short);
    expect(staleOne).toBeNull();
    expect(readBack).toBe(short);
  });

  it('refuses a value over the cap without writing anything', async () => {
    const huge = fakeToken(40_001);
    const reply = await run([
      { op: 'open' },
      { op: 'set', profileId: 'gamma', kind: 'id-token', value: huge },
      { op: 'raw-get', account: 'gamma:id-token' },
      { op: 'raw-get', account: 'gamma:id-token#1' },
    ]);
    expect(errorOf(reply.results[1])).toMatchObject({
      name: 'VaultError',
      code: 'value-too-large',
    });
    expect(reply.results.slice(2).map(valueOf)).toEqual([null, null]);
    expectNoSecretLeaked(reply, huge);
  });

  it('deletes one kind or a whole profile and keeps the index in step', async () => {
    const value = (tag: string) => `${tag}-${fakeToken(3000)}`;
    const reply = await run([
      { op: 'open' },
      { op: 'set', profileId: 'p1', kind: 'refresh-token', value: value('r1') },
      { op: 'set', profileId: 'p1', kind: 'id-token', value: value('i1') },
      { op: 'set', profileId: 'p1', kind: 'password', value: 'hunter2-p1' },
      { op: 'set', profileId: 'p2', kind: 'refresh-token', value: 'r2-token' },
      { op: 'delete', profileId: 'p1', kind: 'password' },
      { op: 'delete', profileId: 'p1', kind: 'password' },
      { op: 'deleteAll', profileId: 'p1' },
      { op: 'get', profileId: 'p1', kind: 'refresh-token' },
      { op: 'get', profileId: 'p1', kind: 'id-token' },
      { op: 'raw-get', account: 'p1:id-token#1' },
      { op: 'get', profileId: 'p2', kind: 'refresh-token' },
    ]);
    const values = reply.results.slice(5).map(valueOf);
    expect(values).toEqual([true, false, 2, null, null, null, 'r2-token']);
    expect(reply.index).toEqual([{ profileId: 'p2', kind: 'refresh-token' }]);
  });

  it('on a locked keyring: probe says locked, set fails clearly, a listed item reads as locked, MemoryVault takes over', async () => {
    const token = fakeToken(1200);
    const before = await run([
      { op: 'open' },
      { op: 'set', profileId: 'locky', kind: 'refresh-token', value: token },
    ]);
    expect(before.results[1]?.ok).toBe(true);
    await keyring.lock();
    try {
      expect(await keyring.isLocked()).toBe(true);
      const locked = await run([
        { op: 'raw-set', account: 'raw-check', value: 'x' },
        { op: 'probe' },
        { op: 'keytar' },
        { op: 'set', profileId: 'locky', kind: 'refresh-token', value: `${token}-new` },
        { op: 'get', profileId: 'locky', kind: 'refresh-token' },
        { op: 'open' },
        { op: 'set', profileId: 'locky', kind: 'access-token', value: 'session-only' },
        { op: 'get', profileId: 'locky', kind: 'access-token' },
      ]);
      const [rawSet, probe, , set, get, open, , memoryGet] = locked.results;
      expect(errorOf(rawSet).message).toBe('Cannot create an item in a locked collection');
      expectProbeFailure(
        valueOf(probe),
        'locked',
        /^Secrets will not be remembered .* the keyring is locked; unlock/,
      );
      expect(errorOf(set)).toMatchObject({ name: 'VaultError', code: 'locked' });
      expect(errorOf(set).message).toMatch(
        /^The refresh token was not saved because the keyring is locked;/,
      );
      // The failed set listed the item first, so its "absent" read is checked and found locked.
      expect(errorOf(get)).toMatchObject({ name: 'VaultError', code: 'locked' });
      expect(valueOf(open)).toMatchObject({
        status: { ok: false, reason: 'locked' },
        backend: 'MemoryVault',
      });
      expect(valueOf(memoryGet)).toBe('session-only');
      expectNoSecretLeaked(locked, token);
    } finally {
      await keyring.unlock();
    }
    const after = await run([
      { op: 'open' },
      { op: 'get', profileId: 'locky', kind: 'refresh-token' },
    ]);
    expect(after.results.map(valueOf)[1]).toBe(token);
  });

  it('tells a keyring locked mid-session from an absent item and keeps the index until a delete is confirmed', async () => {
    const token = fakeToken(900);
    const listed = [{ profileId: 'midlock', kind: 'refresh-token' }];
    const before = await run([
      { op: 'open' },
      { op: 'set', profileId: 'midlock', kind: 'refresh-token', value: token },
    ]);
    expect(before.results[1]?.ok).toBe(true);
    await keyring.lock();
    let locked;
    try {
      locked = await run(
        [
          { op: 'keytar' },
          { op: 'get', profileId: 'midlock', kind: 'refresh-token' },
          { op: 'delete', profileId: 'midlock', kind: 'refresh-token' },
          { op: 'get', profileId: 'midlock', kind: 'id-token' },
        ],
        listed,
      );
    } finally {
      await keyring.unlock();
    }
    const [, get, del, unlisted] = locked.results;
    expect(errorOf(get)).toMatchObject({ name: 'VaultError', code: 'locked' });
    expect(errorOf(get).message).toMatch(
      /^The refresh token was not read because the keyring is locked;/,
    );
    expect(errorOf(del)).toMatchObject({ name: 'VaultError', code: 'locked' });
    expect(locked.index).toEqual(listed);
    expect(valueOf(unlisted)).toBeNull();
    expectNoSecretLeaked(locked, token);
    const after = await run(
      [{ op: 'keytar' }, { op: 'delete', profileId: 'midlock', kind: 'refresh-token' }],
      listed,
    );
    expect(valueOf(after.results[1])).toBe(true);
    expect(after.index).toEqual([]);
  });
});
