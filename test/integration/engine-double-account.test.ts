// Everything after (or beside) sign-in against the strict Cognito double: refresh, rotation,
// forgot and change password, GetUser and sign-out.
import { describe, expect, it } from 'vitest';
import type { TokenSet } from '../../src/shared/auth';
import type { CognitoEngine } from '../../src/main/cognito/engine-module';
import { secretHash } from '../support/cognito-double/index';
import {
  ALICE_ID,
  POOL_ID,
  CODE,
  ROTATING_SECRET,
  SECRET,
  authError,
  bodiesOf,
  enginePools,
  engineFor,
  tokensOf,
} from '../support/engine-double-fixture';
import { useDouble } from '../support/use-double';

const double = useDouble(enginePools());

async function signedIn(
  engine: CognitoEngine,
  username: string,
  password: string,
): Promise<TokenSet> {
  return tokensOf((await engine.signIn({ flow: 'srp', username, password })).step);
}

describe('tokens and account operations against the Cognito double', () => {
  it('refreshes with REFRESH_TOKEN_AUTH, keeping the refresh token', async () => {
    const engine = engineFor(double, 'engine-public');
    const tokens = await signedIn(engine, 'bob', 'Bob-Pass12');
    const refreshed = await engine.refresh({
      refreshToken: tokens.refreshToken ?? '',
      username: 'bob',
    });
    expect(refreshed.refreshToken).toBeUndefined();
    expect(refreshed.username).toBe('bob');
    expect(refreshed.accessToken).not.toBe(tokens.accessToken);
  });

  it('refreshes with rotation: the new refresh token replaces the old one', async () => {
    const engine = engineFor(double, 'engine-rotating', { clientSecret: ROTATING_SECRET });
    const tokens = await signedIn(engine, 'bob', 'Bob-Pass12');
    const first = tokens.refreshToken ?? '';
    const rotated = await engine.refresh({ refreshToken: first, username: 'bob', rotation: true });
    expect(rotated.refreshToken).toBeTruthy();
    expect(rotated.refreshToken).not.toBe(first);
    expect(bodiesOf(double, 'GetTokensFromRefreshToken').at(-1)).toMatchObject({
      ClientId: 'engine-rotating',
      ClientSecret: ROTATING_SECRET,
    });
    const old = await authError(
      double,
      engine.refresh({ refreshToken: first, username: 'bob', rotation: true }),
    );
    expect(old.code).toBe('refresh-token-invalid');
    const again = await engine.refresh({
      refreshToken: rotated.refreshToken ?? '',
      username: 'bob',
      rotation: true,
    });
    expect(again.username).toBe('bob');
    // REFRESH_TOKEN_AUTH on a rotating client: tell the user to turn rotation on.
    const classic = await authError(
      double,
      engine.refresh({ refreshToken: again.refreshToken ?? '', username: 'bob' }),
    );
    expect(classic.code).toBe('flow-not-enabled');
    expect(classic.message).toContain('rotation');
  });

  it('resets a forgotten password with the emailed code (SECRET_HASH over the typed name)', async () => {
    const engine = engineFor(double, 'engine-secret', { clientSecret: SECRET });
    expect(await engine.forgotPassword('fred')).toEqual({
      destination: expect.stringContaining('@') as string,
      medium: 'EMAIL',
    });
    expect(bodiesOf(double, 'ForgotPassword').at(-1)?.SecretHash).toBe(
      secretHash(SECRET, 'fred', 'engine-secret'),
    );
    const wrong = await authError(
      double,
      engine.confirmForgotPassword({ username: 'fred', code: '111111', newPassword: 'Fred-New12' }),
    );
    expect(wrong.code).toBe('code-mismatch');
    const weak = await authError(
      double,
      engine.confirmForgotPassword({ username: 'fred', code: CODE, newPassword: 'fred-new12' }),
    );
    expect(weak.code).toBe('invalid-password');
    expect(weak.message).toContain('Password must have uppercase characters');
    await engine.confirmForgotPassword({ username: 'fred', code: CODE, newPassword: 'Fred-New12' });
    expect((await signedIn(engine, 'fred', 'Fred-New12')).username).toBe('fred');
  });

  it('reports an expired reset code', async () => {
    const engine = engineFor(double, 'engine-public');
    await engine.forgotPassword('rory');
    double.expireCodes();
    const expired = await authError(
      double,
      engine.confirmForgotPassword({ username: 'rory', code: CODE, newPassword: 'Rory-New12' }),
    );
    expect(expired.code).toBe('expired-code');
  });

  it('changes the password of a signed-in user', async () => {
    const engine = engineFor(double, 'engine-public');
    const { accessToken } = await signedIn(engine, 'carl', 'Carl-Pass1');
    const wrong = await authError(
      double,
      engine.changePassword({
        accessToken,
        previousPassword: 'Nope-Pass1',
        proposedPassword: 'Carl-New12',
      }),
    );
    expect([wrong.code, wrong.message]).toEqual([
      'wrong-credentials',
      'The current password is wrong.',
    ]);
    const weak = await authError(
      double,
      engine.changePassword({
        accessToken,
        previousPassword: 'Carl-Pass1',
        proposedPassword: 'Ca-1',
      }),
    );
    expect(weak.message).toContain('Password not long enough');
    await engine.changePassword({
      accessToken,
      previousPassword: 'Carl-Pass1',
      proposedPassword: 'Carl-New12',
    });
    expect((await signedIn(engine, 'carl', 'Carl-New12')).username).toBe('carl');
  });

  it('gets the user by access token (internal username, attributes)', async () => {
    const engine = engineFor(double, 'engine-public');
    const { accessToken } = await signedIn(engine, 'alice@example.com', 'Alice-Pass1');
    const user = await engine.getUser(accessToken);
    expect(user.username).toBe(ALICE_ID);
    expect(user.attributes).toMatchObject({ email: 'alice@example.com', email_verified: 'true' });
  });

  it('signs out by revoking the refresh token', async () => {
    const engine = engineFor(double, 'engine-secret', { clientSecret: SECRET });
    const tokens = await signedIn(engine, 'owen', 'Owen-Pass1');
    await engine.signOut({ refreshToken: tokens.refreshToken ?? '' });
    expect(bodiesOf(double, 'RevokeToken').at(-1)).toMatchObject({ ClientSecret: SECRET });
    const after = await authError(
      double,
      engine.refresh({ refreshToken: tokens.refreshToken ?? '', username: 'owen' }),
    );
    expect(after.code).toBe('refresh-token-invalid');
  });

  it('signs out everywhere with GlobalSignOut', async () => {
    const engine = engineFor(double, 'engine-public');
    const other = await signedIn(engine, 'owen', 'Owen-Pass1');
    const tokens = await signedIn(engine, 'owen', 'Owen-Pass1');
    await engine.signOut({
      refreshToken: tokens.refreshToken ?? '',
      accessToken: tokens.accessToken,
      global: true,
    });
    expect(bodiesOf(double, 'GlobalSignOut')).toHaveLength(1);
    const revoked = await authError(double, engine.getUser(other.accessToken));
    expect(revoked.code).toBe('session-expired');
    const otherRefresh = await authError(
      double,
      engine.refresh({ refreshToken: other.refreshToken ?? '', username: 'owen' }),
    );
    expect(otherRefresh.code).toBe('refresh-token-invalid');
  });

  it('counts a global sign-out as done once GlobalSignOut succeeded, even if the revoke then fails', async () => {
    const engine = engineFor(double, 'engine-public');
    const tokens = await signedIn(engine, 'owen', 'Owen-Pass1');
    double.faults.serverErrorFor = 'RevokeToken';
    try {
      await engine.signOut({
        refreshToken: tokens.refreshToken ?? '',
        accessToken: tokens.accessToken,
        global: true,
      });
    } finally {
      delete double.faults.serverErrorFor;
    }
    // GlobalSignOut already made every refresh token of the user useless.
    const after = await authError(
      double,
      engine.refresh({ refreshToken: tokens.refreshToken ?? '', username: 'owen' }),
    );
    expect(after.code).toBe('refresh-token-invalid');
  });

  it('refuses tokens from another pool than the profile names, with a sentence', async () => {
    // USER_PASSWORD_AUTH never sends the pool id: only the tokens' iss can tell it is wrong.
    const wrongPool = POOL_ID.replace(/_.*/, '_WrongPool9');
    const engine = engineFor(double, 'engine-public', { userPoolId: wrongPool });
    const refused = await authError(
      double,
      engine.signIn({ flow: 'password', username: 'bob', password: 'Bob-Pass12' }),
    );
    expect(refused.code).toBe('invalid-input');
    expect(refused.message).toMatch(/not from user pool .*WrongPool9/);
  });
});
