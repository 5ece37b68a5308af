// The facade when the keyring locks mid-session (as it does when the screen locks): a sign-out
// still revokes with the refresh token held in memory and says the local items stayed; a
// removal says the same; the next start with a usable keychain sweeps whatever was left, the
// items of profiles dropped by corrupt-file recovery included.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TokenManager } from '../../src/main/token-manager';
import type { AuthStep } from '../../src/shared/auth';
import { callCognito } from '../support/cognito-double';
import { useFacade } from '../support/use-facade';

const POOL = 'us-west-2_Locked1';
const CLIENT = 'lockedclient';
const PASSWORD = 'Lock-Pass-1!';
const SERVICE = 'ctm-locked-test';

const facade = useFacade({
  pools: [
    {
      userPoolId: POOL,
      clients: [{ clientId: CLIENT }],
      users: ['ann', 'ben', 'cat'].map((username) => ({ username, password: PASSWORD })),
    },
  ],
  serviceName: SERVICE,
  timeoutMs: 2_000,
});
const double = facade.double;

function machine() {
  const m = facade.machine();
  const indexOf = (profileId: string): unknown[] => {
    const file = JSON.parse(readFileSync(join(m.dir, 'profiles.json'), 'utf8')) as {
      secretIndex: { profileId: string }[];
    };
    return file.secretIndex.filter((entry) => entry.profileId === profileId);
  };
  return { ...m, indexOf };
}

const tokensOf = (step: AuthStep) => {
  if (step.type !== 'signed-in') throw new Error(`expected tokens, got ${step.challenge}`);
  return step.tokens;
};

async function addSignedIn(manager: TokenManager, username: string) {
  const profile = await manager.addProfile({
    name: username,
    userPoolId: POOL,
    clientId: CLIENT,
    username,
    endpoint: double.endpoint,
  });
  return { profile, tokens: tokensOf(await manager.signIn(username, PASSWORD)) };
}

describe('TokenManager with a keyring that locks mid-session', () => {
  it('signs out with the in-memory refresh token, says the local items stayed, and sweeps them later', async () => {
    const m = machine();
    const app = await m.open();
    const { profile, tokens } = await addSignedIn(app, 'ann');
    m.keytar.locked = true;
    const revokesBefore = double.requests.filter((r) => r.operation === 'RevokeToken').length;
    const outcome = await app.signOut('ann');
    const revokes = double.requests.filter((r) => r.operation === 'RevokeToken');
    expect(revokes.length).toBe(revokesBefore + 1);
    expect(revokes.at(-1)?.status).toBe(200);
    expect(outcome.unconfirmed).toBeUndefined();
    const refresh = await callCognito(double.endpoint, 'InitiateAuth', {
      AuthFlow: 'REFRESH_TOKEN_AUTH',
      ClientId: CLIENT,
      AuthParameters: { REFRESH_TOKEN: tokens.refreshToken },
    });
    expect(refresh.errorTypeHeader).toMatch(/NotAuthorizedException/);
    expect(outcome.notRemoved?.code).toBe('locked');
    expect(outcome.notRemoved?.message).toMatch(/keyring is locked/);
    expect(app.sessionState('ann').status).toBe('signed-out');
    // Still listed, so nothing is lost track of.
    expect(m.indexOf(profile.id).length).toBeGreaterThan(0);
    m.keytar.locked = false;
    await m.open();
    expect(m.items(profile.id)).toEqual([]);
    expect(m.indexOf(profile.id)).toEqual([]);
  });

  it('a sign-in after a sign-out that left items behind is not swept away', async () => {
    const m = machine();
    const app = await m.open();
    await addSignedIn(app, 'ben');
    m.keytar.locked = true;
    expect((await app.signOut('ben')).notRemoved?.code).toBe('locked');
    m.keytar.locked = false;
    tokensOf(await app.signIn('ben', PASSWORD));
    const next = await m.open();
    expect((await next.freshTokens('ben')).username).toBe('ben');
  });

  it('removing a profile while locked says its items stayed, and a later start removes them', async () => {
    const m = machine();
    const app = await m.open();
    const { profile } = await addSignedIn(app, 'cat');
    m.keytar.locked = true;
    const result = await app.removeProfile('cat');
    expect(result.notRemoved?.code).toBe('locked');
    expect(app.listProfiles()).toEqual([]);
    expect(m.indexOf(profile.id).length).toBeGreaterThan(0);
    m.keytar.locked = false;
    await m.open();
    expect(m.items(profile.id)).toEqual([]);
    expect(m.indexOf(profile.id)).toEqual([]);
  });

  it('sweeps the keychain items of a profile dropped by corrupt-file recovery', async () => {
    const m = machine();
    const app = await m.open();
    const { profile: kept } = await addSignedIn(app, 'ann');
    const { profile: dropped } = await addSignedIn(app, 'ben');
    const path = join(m.dir, 'profiles.json');
    const file = JSON.parse(readFileSync(path, 'utf8')) as { profiles: { id: string }[] };
    const broken = file.profiles.find((p) => p.id === dropped.id) as Record<string, unknown>;
    broken.clientId = 42;
    writeFileSync(path, JSON.stringify(file));
    const next = await m.open();
    expect(next.takeRecoveryNotice()).toBeDefined();
    expect(next.listProfiles().map((p) => p.name)).toEqual(['ann']);
    expect(m.items(dropped.id)).toEqual([]);
    expect(m.indexOf(dropped.id)).toEqual([]);
    expect(m.items(kept.id).length).toBeGreaterThan(0);
    expect((await next.freshTokens('ann')).username).toBe('ann');
  });

  it('an edit whose keychain write fails leaves the profile as it was', async () => {
    const m = machine();
    const app = await m.open();
    await addSignedIn(app, 'ann');
    const before = app.resolveProfile('ann');
    m.keytar.locked = true;
    const failed = await app
      .editProfile(
        'ann',
        { name: 'ann2', username: 'bob', colour: '#1a7f37' },
        { clientSecret: 'a-new-client-secret-123' },
      )
      .then(
        () => null,
        (error: unknown) => error as { code?: string },
      );
    expect(failed?.code).toBe('locked');
    m.keytar.locked = false;
    expect(app.resolveProfile('ann')).toEqual(before);
    expect((await m.open()).resolveProfile('ann')).toEqual(before);
  });
});
