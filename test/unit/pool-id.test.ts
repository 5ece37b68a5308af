// Pool ids, regions and every other check that must fail before a request leaves the machine.
import { describe, expect, it } from 'vitest';
import { isRegion, parsePoolId, resolvePoolId } from '../../src/shared/pool-id';
import { ProfileInputSchema } from '../../src/shared/profile';
import { createCognitoEngine, resolveConnection } from '../../src/main/cognito/engine-module';
import { AuthError } from '../../src/shared/errors';
import type { PoolConnection } from '../../src/main/cognito/engine-module';

// Port 9 (discard) on loopback: if anything did reach the network the error would be 'network'.
const NOWHERE = 'http://127.0.0.1:9';
const GOOD: PoolConnection = { userPoolId: 'us-east-2_AbC123', clientId: 'client1' };

function inputError(run: () => unknown): AuthError {
  let caught: unknown;
  try {
    run();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(AuthError);
  const error = caught as AuthError;
  expect(error.code).toBe('invalid-input');
  expect(error.kind).toBe('input');
  return error;
}

describe('parsePoolId', () => {
  it.each([
    ['us-east-2_AbC123', 'us-east-2', 'AbC123'],
    ['eu-central-1_x', 'eu-central-1', 'x'],
    ['us-gov-west-1_Gov1', 'us-gov-west-1', 'Gov1'],
    ['  ap-southeast-2_Zz9  ', 'ap-southeast-2', 'Zz9'],
  ])('splits %s', (id, region, poolName) => {
    expect(parsePoolId(id)).toEqual({ region, poolName });
  });

  it.each([
    '',
    'us-east-2',
    'us-east-2_',
    '_AbC',
    'US-EAST-2_AbC',
    'us-east-2-AbC',
    'us-east-2_Ab-C',
  ])('rejects %j', (id) => {
    expect(parsePoolId(id)).toBeNull();
  });

  it('recognises region names', () => {
    expect(isRegion('us-east-2')).toBe(true);
    expect(isRegion('useast2')).toBe(false);
  });
});

describe('resolveConnection', () => {
  it('takes the region from the pool id and defaults host and timeout', () => {
    expect(resolveConnection(GOOD)).toEqual({
      userPoolId: 'us-east-2_AbC123',
      region: 'us-east-2',
      poolName: 'AbC123',
      clientId: 'client1',
      endpointHost: 'cognito-idp.us-east-2.amazonaws.com',
      timeoutMs: 10_000,
    });
  });

  it('accepts a matching region, an http endpoint and a secret', () => {
    const resolved = resolveConnection({
      ...GOOD,
      region: 'us-east-2',
      endpoint: 'http://127.0.0.1:9229',
      clientSecret: 's',
      timeoutMs: 500,
    });
    expect(resolved).toMatchObject({
      endpoint: 'http://127.0.0.1:9229/',
      endpointHost: '127.0.0.1:9229',
      clientSecret: 's',
      timeoutMs: 500,
    });
  });

  it.each<[string, Partial<PoolConnection>, string]>([
    ['a malformed pool id', { userPoolId: 'not-a-pool' }, 'user pool id'],
    ['a region that contradicts the pool id', { region: 'eu-west-1' }, 'contradicts'],
    ['a malformed region', { region: 'mars' }, 'region'],
    ['an empty client id', { clientId: '  ' }, 'app client id'],
    ['a client id with spaces', { clientId: 'a b' }, 'app client id'],
    ['an endpoint that is not a URL', { endpoint: 'localhost:9229' }, 'http'],
    ['a non-http endpoint', { endpoint: 'ftp://127.0.0.1/' }, 'http'],
    ['an endpoint with credentials', { endpoint: 'http://u:p@127.0.0.1/' }, 'password'],
    ['a zero timeout', { timeoutMs: 0 }, 'timeout'],
    ['a NaN timeout', { timeoutMs: Number.NaN }, 'timeout'],
  ])('rejects %s', (_label, change, words) => {
    const error = inputError(() => resolveConnection({ ...GOOD, ...change }));
    expect(error.message).toContain(words);
    expect(error.message).not.toContain('u:p');
  });

  it('makes createCognitoEngine throw before any network call', () => {
    inputError(() => createCognitoEngine({ ...GOOD, userPoolId: 'nope', endpoint: NOWHERE }));
  });
});

describe('engine input checks', () => {
  const engine = createCognitoEngine({ ...GOOD, endpoint: NOWHERE, clientSecret: 'sec' });

  it.each<[string, () => Promise<unknown>, string]>([
    [
      'sign-in without username',
      () => engine.signIn({ flow: 'srp', username: ' ', password: 'p' }),
      'Enter the username.',
    ],
    [
      'sign-in without password',
      () => engine.signIn({ flow: 'password', username: 'a', password: '' }),
      'Enter the password.',
    ],
    [
      'refresh without token',
      () => engine.refresh({ refreshToken: '', username: 'a' }),
      'refresh token',
    ],
    [
      'refresh with a secret but no username',
      () => engine.refresh({ refreshToken: 'r', username: '' }),
      'username',
    ],
    ['forgot password without username', () => engine.forgotPassword(''), 'Enter the username.'],
    [
      'confirm without code',
      () => engine.confirmForgotPassword({ username: 'a', code: ' ', newPassword: 'x' }),
      'Enter the code.',
    ],
    [
      'confirm without password',
      () => engine.confirmForgotPassword({ username: 'a', code: '1', newPassword: '' }),
      'Enter the new password.',
    ],
    [
      'change password without current',
      () =>
        engine.changePassword({ accessToken: 't', previousPassword: '', proposedPassword: 'x' }),
      'Enter the current password.',
    ],
    ['get user without token', () => engine.getUser(''), 'access token'],
    ['sign-out with nothing', () => engine.signOut({}), 'refresh token'],
    [
      'global sign-out without access token',
      () => engine.signOut({ refreshToken: 'r', global: true }),
      'access token',
    ],
  ])('rejects %s', async (_label, run, words) => {
    const error: unknown = await run().then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(AuthError);
    expect((error as AuthError).code).toBe('invalid-input');
    expect((error as AuthError).message).toContain(words);
  });
});

describe('emulator pool ids', () => {
  it('accepts cognito-local ids only with an endpoint, in the stated region or us-east-1', () => {
    expect(resolvePoolId('local_4eIb4Ucw', {})).toBeNull();
    expect(resolvePoolId('local_4eIb4Ucw', { endpoint: 'http://127.0.0.1:9229' })).toEqual({
      region: 'us-east-1',
      poolName: '4eIb4Ucw',
    });
    expect(
      resolvePoolId('local_4eIb4Ucw', { endpoint: 'http://127.0.0.1:9229', region: 'eu-west-1' }),
    ).toEqual({ region: 'eu-west-1', poolName: '4eIb4Ucw' });
  });

  it('lets the engine and the profile schema use them against an emulator endpoint', () => {
    const conn = { userPoolId: 'local_4eIb4Ucw', clientId: 'abc123' };
    expect(() => resolveConnection(conn)).toThrow(/must look like <region>_<id>/);
    expect(resolveConnection({ ...conn, endpoint: 'http://127.0.0.1:9229' }).region).toBe(
      'us-east-1',
    );
    const profile = {
      name: 'local',
      clientId: 'abc123',
      username: 'ada',
      userPoolId: 'local_4eIb4Ucw',
    };
    expect(ProfileInputSchema.safeParse(profile).success).toBe(false);
    const parsed = ProfileInputSchema.parse({ ...profile, endpoint: 'http://127.0.0.1:9229' });
    expect(parsed.region).toBe('us-east-1');
  });
});
