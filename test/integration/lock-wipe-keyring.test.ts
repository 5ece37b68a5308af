// The lock wipe against a real gnome-keyring on a private bus, unlocked and locked (the screen
// locked first): the TokenManager lives in a child process on the keyring's bus, as the app's
// does, and the strict double answers the refresh that follows.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEV_SERVICE_NAME } from '../../src/main/secrets/naming';
import { startKeyring, type KeyringSession } from '../support/keyring';
import { ensureCliBuilt } from '../support/run-cli';
import { replyValue, startSessionChild, type SessionChild } from '../support/session-child';
import { buildVault, rawKeychainItems, type VaultBuild } from '../support/vault-child';
import { useDouble } from '../support/use-double';

const POOL = 'eu-south-1_KeyWipe1';
const CLIENT = 'keywipeclient';
const PASSWORD = 'KeyWipe-Pass-1!';

let keyring: KeyringSession;
let build: VaultBuild;
const children: SessionChild[] = [];
const homes: string[] = [];

const double = useDouble([
  {
    userPoolId: POOL,
    clients: [{ clientId: CLIENT }],
    users: ['ann', 'ben'].map((username) => ({ username, password: PASSWORD })),
  },
]);

beforeAll(async () => {
  [keyring, build] = await Promise.all([
    startKeyring(),
    buildVault(),
    // The child runs the CLI build: build it here, where the hook's longer timeout applies.
    ensureCliBuilt(),
  ]);
});
afterAll(async () => {
  await Promise.all(children.map((child) => child.stop()));
  await Promise.all(homes.map((home) => rm(home, { recursive: true, force: true })));
  await Promise.all([keyring.stop(), build.cleanup()]);
});

/** The profile's id, access and refresh token items, read raw in a fresh process (null: absent). */
const rawItems = (profileId: string) =>
  rawKeychainItems({ build, env: keyring.env, serviceName: DEV_SERVICE_NAME }, profileId, [
    'id-token',
    'access-token',
    'refresh-token',
  ]);

const refreshes = () =>
  double.requests.filter(
    (r) => r.operation === 'InitiateAuth' && r.body.AuthFlow === 'REFRESH_TOKEN_AUTH',
  ).length;

async function signedInChild(name: string) {
  const dir = await mkdtemp(join(tmpdir(), 'ctm-keywipe-'));
  homes.push(dir);
  const child = await startSessionChild(keyring.env);
  children.push(child);
  replyValue(await child.open({ dir, serviceName: DEV_SERVICE_NAME, timeoutMs: 5_000 }));
  const profile = replyValue(
    await child.call('addProfile', {
      name,
      userPoolId: POOL,
      clientId: CLIENT,
      username: name,
      endpoint: double.endpoint,
    }),
  ) as { id: string };
  const step = replyValue(await child.call('signIn', name, PASSWORD)) as {
    tokens: { refreshToken: string };
  };
  return { child, id: profile.id, refreshToken: step.tokens.refreshToken };
}

async function expectOneRefresh(child: SessionChild, name: string): Promise<void> {
  const before = refreshes();
  const fresh = replyValue(await child.call('freshTokens', name)) as { idToken: string };
  expect(fresh.idToken).not.toBe('');
  expect(refreshes()).toBe(before + 1);
}

describe('the lock wipe on a real gnome-keyring', () => {
  it('deletes the ID and access token items, keeps the refresh token item, and the next use refreshes once', async () => {
    const { child, id, refreshToken } = await signedInChild('ann');
    expect((await rawItems(id)).every((item) => item !== null)).toBe(true);
    expect(replyValue(await child.call('wipeShortLivedTokens'))).toBe(1);
    expect(await rawItems(id)).toEqual([null, null, refreshToken]);
    expect(replyValue(await child.call('sessionState', 'ann'))).toEqual({
      status: 'signed-in',
      expiresAt: 0,
      username: 'ann',
    });
    await expectOneRefresh(child, 'ann');
    expect((await rawItems(id)).every((item) => item !== null)).toBe(true);
  });

  it('locked: counts nothing it could not delete, loses no refresh token, and deletes the items once unlocked', async () => {
    const { child, id, refreshToken } = await signedInChild('ben');
    await keyring.lock();
    let wiped: unknown;
    let state: unknown;
    try {
      wiped = replyValue(await child.call('wipeShortLivedTokens'));
      state = replyValue(await child.call('sessionState', 'ben'));
    } finally {
      await keyring.unlock();
    }
    expect(wiped).toBe(0);
    expect(state).toEqual({ status: 'signed-in', expiresAt: 0, username: 'ben' });
    // The retry (backoff from about a second) deletes them now that the keyring is open.
    await expect
      .poll(() => rawItems(id), { timeout: 20_000, interval: 500 })
      .toEqual([null, null, refreshToken]);
    await expectOneRefresh(child, 'ben');
  });
});
