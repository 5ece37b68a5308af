// The lock wipe through the facade: a real TokenManager over a real store file and the keychain
// vault (on the fake keytar, which locks on demand), refreshing against the strict Cognito double.
import { describe, expect, it } from 'vitest';
import { sessionRow } from '../../src/shared/session';
import type { AppLog } from '../../src/main/log/file-log';
import type { TokenManager } from '../../src/main/token-manager';
import type { AuthStep, TokenSet } from '../../src/shared/auth';
import { callCognito } from '../support/cognito-double';
import { useFacade } from '../support/use-facade';

const POOL = 'eu-north-1_LockWipe1';
const CLIENT = 'lockwipeclient';
const ROTATING = 'lockwiperotating';
const PASSWORD = 'Wipe-Pass-1!';
const SERVICE = 'ctm-lock-wipe-test';

const facade = useFacade({
  pools: [
    {
      userPoolId: POOL,
      clients: [{ clientId: CLIENT }, { clientId: ROTATING, refreshRotation: true }],
      users: ['ann', 'ben', 'cat', 'dan'].map((username) => ({ username, password: PASSWORD })),
    },
  ],
  serviceName: SERVICE,
  timeoutMs: 2_000,
});
const double = facade.double;

/** A log that keeps its lines (errors as their messages), to check what is claimed and leaked. */
function recordingLog(): AppLog & { lines: string[] } {
  const lines: string[] = [];
  const line = (level: string) => (message: string, error?: unknown) =>
    lines.push(`${level}: ${message}${error instanceof Error ? ` (${error.message})` : ''}`);
  return { lines, info: line('info'), warn: line('warn'), error: line('error'), addSecret() {} };
}

function machine() {
  const log = recordingLog();
  const m = facade.machine({ log });
  return { ...m, log };
}

const tokensOf = (step: AuthStep): TokenSet => {
  if (step.type !== 'signed-in') throw new Error(`expected tokens, got ${step.challenge}`);
  return step.tokens;
};

async function signedIn(manager: TokenManager, username: string, clientId = CLIENT) {
  const profile = await manager.addProfile({
    name: username,
    userPoolId: POOL,
    clientId,
    username,
    refreshRotation: clientId === ROTATING,
    endpoint: double.endpoint,
  });
  return { profile, tokens: tokensOf(await manager.signIn(username, PASSWORD)) };
}

/** Refreshes the double has answered so far, whichever flow the client uses. */
const refreshes = () =>
  double.requests.filter(
    (r) =>
      (r.operation === 'InitiateAuth' && r.body.AuthFlow === 'REFRESH_TOKEN_AUTH') ||
      r.operation === 'GetTokensFromRefreshToken',
  ).length;

describe('the lock wipe', () => {
  it('drops ID and access tokens from memory and the keychain, keeps the refresh token and the session, and the next use refreshes once', async () => {
    const m = machine();
    const app = await m.open();
    const { profile, tokens } = await signedIn(app, 'ann');
    const id = profile.id;
    expect(m.items(id)).toEqual([`${id}:access-token`, `${id}:id-token`, `${id}:refresh-token`]);

    expect(await app.wipeShortLivedTokens()).toBe(1);
    expect(m.items(id)).toEqual([`${id}:refresh-token`]);
    expect(m.item(id, 'refresh-token')).toBe(tokens.refreshToken);
    // Still signed in; the window shows no expiry, since the tokens it belonged to are gone.
    expect(app.sessionState('ann')).toEqual({ status: 'signed-in', expiresAt: 0, username: 'ann' });
    expect(sessionRow(id, await app.localSessionState(id))).toEqual({
      profileId: id,
      status: 'signed-in',
    });
    // Another process (the CLI) finds the same: signed in, no cached token to hand out.
    expect(sessionRow(id, await (await m.open()).localSessionState(id))).toEqual({
      profileId: id,
      status: 'signed-in',
    });

    const before = refreshes();
    const copies = await Promise.all([app.freshTokens('ann'), app.freshTokens('ann')]);
    expect(refreshes()).toBe(before + 1);
    for (const fresh of copies) {
      expect(fresh.idToken).not.toBe('');
      expect(fresh.accessToken).not.toBe('');
      expect(fresh.expiresAt).toBeGreaterThan(Date.now());
    }
    expect(m.items(id)).toEqual([`${id}:access-token`, `${id}:id-token`, `${id}:refresh-token`]);
    expect(app.sessionState('ann')).toMatchObject({ status: 'signed-in', username: 'ann' });
    expect(app.sessionState('ann')).not.toHaveProperty('memoryOnly');
    expect((await app.freshTokens('ann')).idToken).toBe(copies[0].idToken);
    expect(refreshes()).toBe(before + 1);
    app.stop();
  });

  it('wipes every signed-in profile, counts only those that held tokens, and a second wipe finds none', async () => {
    const m = machine();
    const app = await m.open();
    const ann = await signedIn(app, 'ann');
    const ben = await signedIn(app, 'ben');
    await app.addProfile({
      name: 'cat',
      userPoolId: POOL,
      clientId: CLIENT,
      username: 'cat',
      endpoint: double.endpoint,
    });
    // A lock and a sleep heard at once wipe each profile once between them.
    const [first, second] = await Promise.all([
      app.wipeShortLivedTokens(),
      app.wipeShortLivedTokens(),
    ]);
    expect(first + second).toBe(2);
    expect(await app.wipeShortLivedTokens()).toBe(0);
    for (const { profile } of [ann, ben]) {
      expect(m.items(profile.id)).toEqual([`${profile.id}:refresh-token`]);
    }
    expect(app.sessionState('cat')).toEqual({ status: 'signed-out' });
    // Tokens a CLI cached in the keychain, never loaded by this process, go too.
    const cli = await m.open();
    expect((await cli.freshTokens('ben')).idToken).not.toBe('');
    expect(await app.wipeShortLivedTokens()).toBe(1);
    expect(m.items(ben.profile.id)).toEqual([`${ben.profile.id}:refresh-token`]);
    expect(m.log.lines.filter((line) => line.startsWith('warn'))).toEqual([]);
    app.stop();
  });

  it('keeps a rotating session: the next use spends the kept refresh token once and stores the new one', async () => {
    const m = machine();
    const app = await m.open();
    const { profile, tokens } = await signedIn(app, 'dan', ROTATING);
    expect(await app.wipeShortLivedTokens()).toBe(1);
    const before = refreshes();
    const fresh = await app.freshTokens('dan');
    expect(refreshes()).toBe(before + 1);
    expect(fresh.refreshToken).not.toBe(tokens.refreshToken);
    expect(m.item(profile.id, 'refresh-token')).toBe(fresh.refreshToken);
    app.stop();
  });

  it('with the keychain locked, wipes memory, claims nothing it did not do, keeps the refresh token, and deletes the rest once it opens', async () => {
    const m = machine();
    const app = await m.open();
    const { profile, tokens } = await signedIn(app, 'ann');
    const id = profile.id;
    m.keytar.locked = true;
    expect(await app.wipeShortLivedTokens()).toBe(0);
    const warnings = m.log.lines.filter((line) => line.startsWith('warn'));
    expect(warnings).toContainEqual(
      expect.stringMatching(
        `^warn: The keychain kept the ID and access tokens of profile ${id}; they are gone from memory, and deleting them is retried\\.`,
      ),
    );
    // Memory let go, the session did not, and nothing says the tokens are kept in memory only.
    expect(app.sessionState('ann')).toEqual({ status: 'signed-in', expiresAt: 0, username: 'ann' });
    expect(m.items(id)).toHaveLength(3);
    m.keytar.locked = false;
    await expect.poll(() => m.items(id), { timeout: 10_000 }).toEqual([`${id}:refresh-token`]);
    expect(m.item(id, 'refresh-token')).toBe(tokens.refreshToken);
    expect(app.sessionState('ann')).toEqual({ status: 'signed-in', expiresAt: 0, username: 'ann' });

    const before = refreshes();
    expect((await app.freshTokens('ann')).idToken).not.toBe('');
    expect(refreshes()).toBe(before + 1);
    // The refresh token still works at Cognito (the double), not only here.
    const check = await callCognito(double.endpoint, 'InitiateAuth', {
      AuthFlow: 'REFRESH_TOKEN_AUTH',
      ClientId: CLIENT,
      AuthParameters: { REFRESH_TOKEN: tokens.refreshToken },
    });
    expect(check.errorTypeHeader).toBeNull();
    for (const secret of [tokens.idToken, tokens.accessToken, tokens.refreshToken ?? '']) {
      expect(m.log.lines.join('\n')).not.toContain(secret);
    }
    app.stop();
  });

  it('while the keychain stays locked, the next use still refreshes from the refresh token held in memory', async () => {
    const m = machine();
    const app = await m.open();
    const { profile } = await signedIn(app, 'ben');
    m.keytar.locked = true;
    expect(await app.wipeShortLivedTokens()).toBe(0);
    const before = refreshes();
    const fresh = await app.freshTokens('ben');
    expect(refreshes()).toBe(before + 1);
    expect(fresh.idToken).not.toBe('');
    // The new tokens could not be saved: said so, truthfully.
    expect(app.sessionState('ben')).toMatchObject({ status: 'signed-in', memoryOnly: true });
    m.keytar.locked = false;
    await expect
      .poll(() => app.sessionState('ben'), { timeout: 10_000 })
      .not.toHaveProperty('memoryOnly');
    expect(m.items(profile.id)).toHaveLength(3);
    app.stop();
  });
});
