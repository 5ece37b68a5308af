// Token decoding for display and expiry, and the checks on what Cognito hands back.
import { describe, expect, it } from 'vitest';
import { AuthError } from '../../src/shared/errors';
import {
  decodeJwtPayload,
  decodeTokenClaims,
  tokenSetFrom,
  tokenSetFromJwts,
} from '../../src/main/cognito/jwt';

function jwt(claims: Record<string, unknown>): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'RS256', kid: 'k1' })}.${part(claims)}.c2lnbmF0dXJl`;
}

const ID = jwt({
  sub: 'a1b2',
  'cognito:username': 'a1b2',
  'cognito:groups': ['admins', 42, 'ops'],
  email: 'jo@example.com',
  aud: 'client1',
  token_use: 'id',
  iat: 1_700_000_000,
  exp: 1_700_003_600,
});
const ACCESS = jwt({
  sub: 'a1b2',
  username: 'a1b2',
  client_id: 'client1',
  scope: 'aws.cognito.signin.user.admin',
  token_use: 'access',
  iat: 1_700_000_000,
  exp: 1_700_003_000,
});

function unexpected(run: () => unknown): AuthError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(AuthError);
    expect((error as AuthError).code).toBe('unexpected-response');
    return error as AuthError;
  }
  throw new Error('expected an AuthError');
}

describe('decodeTokenClaims', () => {
  it('reads an id token', () => {
    expect(decodeTokenClaims(ID)).toEqual({
      tokenUse: 'id',
      username: 'a1b2',
      email: 'jo@example.com',
      groups: ['admins', 'ops'],
      issuedAt: 1_700_000_000,
      expiresAt: 1_700_003_600,
      clientId: 'client1',
      sub: 'a1b2',
    });
  });

  it('reads an access token (username, scope, client_id)', () => {
    expect(decodeTokenClaims(ACCESS)).toEqual({
      tokenUse: 'access',
      username: 'a1b2',
      groups: [],
      scope: 'aws.cognito.signin.user.admin',
      issuedAt: 1_700_000_000,
      expiresAt: 1_700_003_000,
      clientId: 'client1',
      sub: 'a1b2',
    });
  });

  it.each([
    ['not a JWT', 'opaque-token'],
    ['two parts', 'a.b'],
    ['a payload that is not JSON', `x.${Buffer.from('nope').toString('base64url')}.y`],
    ['a JSON array payload', `x.${Buffer.from('[1]').toString('base64url')}.y`],
  ])('refuses %s', (_label, token) => {
    unexpected(() => decodeJwtPayload(token));
  });
});

describe('tokenSetFrom', () => {
  it('takes the earliest expiry and the id token username; keeps a refresh token', () => {
    expect(tokenSetFrom({ IdToken: ID, AccessToken: ACCESS, RefreshToken: 'r1' })).toEqual({
      idToken: ID,
      accessToken: ACCESS,
      refreshToken: 'r1',
      expiresAt: 1_700_003_000_000,
      issuedAt: 1_700_000_000_000,
      username: 'a1b2',
    });
  });

  it('leaves refreshToken out when Cognito sent none (a plain refresh)', () => {
    expect(tokenSetFrom({ IdToken: ID, AccessToken: ACCESS })).not.toHaveProperty('refreshToken');
  });

  it("falls back to the access token's username", () => {
    const id = jwt({ token_use: 'id', exp: 1_700_009_999 });
    expect(tokenSetFrom({ IdToken: id, AccessToken: ACCESS }).username).toBe('a1b2');
  });

  it.each([
    ['no result', undefined, 'without an id token'],
    ['no access token', { IdToken: ID }, 'without an id token'],
    ['an id token that is not a JWT', { IdToken: 'x', AccessToken: ACCESS }, 'not a JWT'],
    ['an access token without exp', { IdToken: ID, AccessToken: jwt({ username: 'a' }) }, 'exp'],
    [
      'tokens without a username',
      { IdToken: jwt({ exp: 1 }), AccessToken: jwt({ exp: 1 }) },
      'name the user',
    ],
  ])('refuses %s', (_label, result, words) => {
    const error = unexpected(() => tokenSetFrom(result));
    expect(error.message).toContain(words);
    expect(error.message).not.toContain('eyJ');
  });

  it('tokenSetFromJwts returns null instead of throwing', () => {
    expect(tokenSetFromJwts({ idToken: 'x', accessToken: 'y' })).toBeNull();
    expect(
      tokenSetFromJwts({ idToken: ID, accessToken: ACCESS, refreshToken: 'r' })?.refreshToken,
    ).toBe('r');
  });

  it('an M2M access token alone makes a session named after its app client', () => {
    const m2m = jwt({
      sub: 'client9',
      client_id: 'client9',
      scope: 'orders/read',
      token_use: 'access',
      iat: 1_700_000_000,
      exp: 1_700_003_600,
    });
    const tokens = tokenSetFromJwts({ accessToken: m2m });
    expect(tokens).toEqual({
      accessToken: m2m,
      expiresAt: 1_700_003_600_000,
      issuedAt: 1_700_000_000_000,
      username: 'client9',
    });
    expect(tokens && 'idToken' in tokens).toBe(false);
    // A token naming neither a user nor a client is not one of ours.
    expect(tokenSetFromJwts({ accessToken: jwt({ exp: 1_700_003_600 }) })).toBeNull();
  });
});
