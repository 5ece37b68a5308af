// Sign-out and removal with a real gnome-keyring that locks mid-session (the screen locked):
// the TokenManager lives in a child process on the keyring's bus, the strict double answers.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEV_SERVICE_NAME } from '../../src/main/secrets/naming';
import { callCognito } from '../support/cognito-double';
import { startKeyring, type KeyringSession } from '../support/keyring';
import { replyValue, startSessionChild, type SessionChild } from '../support/session-child';
import { buildVault, rawKeychainItems, type VaultBuild } from '../support/vault-child';
import { useDouble } from '../support/use-double';

const POOL = 'eu-central-1_KeyLock1';
const CLIENT = 'keylockclient';
const ROTATING = 'keylockrotating';
const PASSWORD = 'KeyLock-Pass-1!';

let keyring: KeyringSession;
let build: VaultBuild;
const homes: string[] = [];

const double = useDouble([
  {
    userPoolId: POOL,
    clients: [
      { clientId: CLIENT },
      { clientId: ROTATING, refreshRotation: true, tokenValiditySeconds: 2 },
    ],
    users: ['ann', 'ben', 'cid'].map((username) => ({ username, password: PASSWORD })),
  },
]);

beforeAll(async () => {
  [keyring, build] = await Promise.all([startKeyring(), buildVault()]);
});
afterAll(async () => {
  await Promise.all(homes.map((home) => rm(home, { recursive: true, force: true })));
  await Promise.all([keyring.stop(), build.cleanup()]);
});

/** The keychain items of a profile, read raw in a fresh process (null when absent). */
const rawItems = (profileId: string) =>
  rawKeychainItems({ build, env: keyring.env, serviceName: DEV_SERVICE_NAME }, profileId, [
    'id-token',
    'access-token',
    'refresh-token',
  ]);

async function signedInChild(name: string, clientId = CLIENT) {
  const dir = await mkdtemp(join(tmpdir(), 'ctm-keylock-'));
  homes.push(dir);
  const child = await startSessionChild(keyring.env);
  const options = { dir, serviceName: DEV_SERVICE_NAME, timeoutMs: 5_000 };
  expect(replyValue(await child.open(options))).toEqual({ ok: true });
  const profile = replyValue(
    await child.call('addProfile', {
      name,
      userPoolId: POOL,
      clientId,
      username: name,
      refreshRotation: clientId === ROTATING,
      endpoint: double.endpoint,
    }),
  ) as { id: string };
  const step = replyValue(await child.call('signIn', name, PASSWORD)) as {
    tokens: { refreshToken: string };
  };
  return { child, profile, refreshToken: step.tokens.refreshToken, options };
}

/** Waits until the profile's 2-second tokens are inside their refresh window (half their life). */
async function dueForRefresh(child: SessionChild, name: string): Promise<void> {
  const state = replyValue(await child.call('sessionState', name)) as { expiresAt: number };
  const due = state.expiresAt - 1_000;
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, due - Date.now() + 100)));
}

async function reopen(options: Record<string, unknown>): Promise<void> {
  const child = await startSessionChild(keyring.env);
  try {
    replyValue(await child.open(options));
  } finally {
    await child.stop();
  }
}

describe('a real gnome-keyring that locks mid-session', () => {
  it('sign-out revokes on the wire, says the items stayed, and the next start sweeps them', async () => {
    const { child, profile, refreshToken, options } = await signedInChild('ann');
    let outcome;
    await keyring.lock();
    try {
      outcome = replyValue(await child.call('signOut', 'ann')) as {
        unconfirmed?: unknown;
        notRemoved?: { code: string; message: string };
      };
    } finally {
      await keyring.unlock();
      await child.stop();
    }
    expect(outcome.unconfirmed).toBeUndefined();
    expect(outcome.notRemoved?.code).toBe('locked');
    const refresh = await callCognito(double.endpoint, 'InitiateAuth', {
      AuthFlow: 'REFRESH_TOKEN_AUTH',
      ClientId: CLIENT,
      AuthParameters: { REFRESH_TOKEN: refreshToken },
    });
    expect(refresh.errorTypeHeader).toMatch(/NotAuthorizedException/);
    expect((await rawItems(profile.id)).every((item) => item !== null)).toBe(true);
    await reopen(options);
    expect(await rawItems(profile.id)).toEqual([null, null, null]);
  });

  it('a profile removed while locked is gone, its items stay listed, and the next start removes them', async () => {
    const { child, profile, options } = await signedInChild('ben');
    let outcome;
    await keyring.lock();
    try {
      outcome = replyValue(await child.call('removeProfile', 'ben')) as {
        notRemoved?: { code: string };
      };
    } finally {
      await keyring.unlock();
      await child.stop();
    }
    expect(outcome.notRemoved?.code).toBe('locked');
    expect((await rawItems(profile.id)).every((item) => item !== null)).toBe(true);
    await reopen(options);
    expect(await rawItems(profile.id)).toEqual([null, null, null]);
  });

  it('a write refused during a rotating refresh keeps the new refresh token: the next call still refreshes', async () => {
    const { child, profile } = await signedInChild('cid', ROTATING);
    let latest = '';
    await keyring.lock();
    try {
      await dueForRefresh(child, 'cid');
      const first = replyValue(await child.call('freshTokens', 'cid')) as { refreshToken: string };
      expect(replyValue(await child.call('sessionState', 'cid'))).toMatchObject({
        status: 'signed-in',
        memoryOnly: true,
      });
      await dueForRefresh(child, 'cid');
      const second = replyValue(await child.call('freshTokens', 'cid')) as {
        refreshToken: string;
      };
      expect(second.refreshToken).not.toBe(first.refreshToken);
      latest = second.refreshToken;
    } finally {
      await keyring.unlock();
    }
    try {
      await expect
        .poll(async () => replyValue(await child.call('sessionState', 'cid')), { timeout: 15_000 })
        .toEqual(expect.not.objectContaining({ memoryOnly: true }));
      expect((await rawItems(profile.id))[2]).toBe(latest);
    } finally {
      await child.stop();
    }
  });
});
