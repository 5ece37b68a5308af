// The engine against a real cognito-local: what a user goes through, from first sign-in to sign-out.
// cognito-local does not do SRP or check SECRET_HASH; the strict test double covers those.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCognitoLocal, type CognitoLocal } from '../support/cognito-local';
import { authErrorOf, expectUserError, jwtPayload } from '../support/cognito-local-expect';
import {
  PERMANENT_PASSWORD as PERMANENT,
  TEMP_PASSWORD as TEMP,
  challengeOf,
  createTestPool,
  signInTokens,
  tokensOf,
  type TestPool,
} from '../support/cognito-local-pool';
import { startRequiredAttributesProxy } from '../support/cognito-local-required-attributes';
import { enableTotpMfa, totpCode, wrongTotpCode } from '../support/cognito-local-totp';

/** Lifetime of the id and access tokens of the test clients. */
const TOKEN_SECONDS = 60;

let local: CognitoLocal;
/** Set as soon as cognito-local runs, so it is stopped even when seeding fails. */
let stopLocal: (() => Promise<void>) | undefined;
let pool: TestPool;
/** cognito-local asks for MFA only in pools whose MFA is OPTIONAL or ON. */
let mfaPool: TestPool;

beforeAll(async () => {
  local = await startCognitoLocal();
  stopLocal = () => local.stop();
  pool = await createTestPool(local, {
    requiredAttributes: ['given_name'],
    tokenSeconds: TOKEN_SECONDS,
  });
  mfaPool = await createTestPool(local, { mfa: 'OPTIONAL', tokenSeconds: TOKEN_SECONDS });
});

afterAll(() => stopLocal?.());

describe('engine against cognito-local', () => {
  it('first sign-in: NEW_PASSWORD_REQUIRED, then tokens for the user', async () => {
    const username = await pool.newUser();
    const conversation = await pool.engine().signIn({ flow: 'password', username, password: TEMP });
    const step = challengeOf(conversation.step);
    expect(step.challenge).toBe('NEW_PASSWORD_REQUIRED');
    // cognito-local reports no required attributes, so only the new password is asked for.
    expect(step.fields.map((f) => f.name)).toEqual(['newPassword']);

    const before = Date.now();
    const tokens = tokensOf(await conversation.respond({ newPassword: PERMANENT }));
    expect(tokens.username).toBe(username);
    expect(jwtPayload(tokens.idToken ?? '')).toMatchObject({
      'cognito:username': username,
      token_use: 'id',
    });
    expect(jwtPayload(tokens.accessToken)).toMatchObject({ username, token_use: 'access' });
    // The expiry comes from the tokens' exp claim: this client hands out 60 s tokens.
    expect(tokens.expiresAt).toBeGreaterThan(before);
    expect(tokens.expiresAt).toBeLessThanOrEqual(before + (TOKEN_SECONDS + 2) * 1000);
    // The new password is now the password.
    expect((await signInTokens(pool.engine(), username, PERMANENT)).username).toBe(username);
  });

  it('first sign-in asks only for the missing required attribute and the new password', async () => {
    const username = await pool.newUser(); // has an email, no given_name
    const proxy = await startRequiredAttributesProxy(local.endpoint, ['given_name']);
    try {
      const engine = pool.engine({ endpoint: proxy.endpoint });
      const conversation = await engine.signIn({ flow: 'password', username, password: TEMP });
      const step = challengeOf(conversation.step);
      expect(step.challenge).toBe('NEW_PASSWORD_REQUIRED');
      expect(step.fields.map((f) => [f.name, f.kind]).sort()).toEqual([
        ['given_name', 'attribute'],
        ['newPassword', 'new-password'],
      ]);

      const next = await conversation.respond({ newPassword: PERMANENT, given_name: 'Ada' });
      expect(tokensOf(next).username).toBe(username);
      expect(proxy.challengeResponses.at(-1)).toEqual({
        USERNAME: username,
        NEW_PASSWORD: PERMANENT,
        'userAttributes.given_name': 'Ada',
      });
    } finally {
      await proxy.close();
    }
  });

  it('refreshes with the refresh token from a password sign-in', async () => {
    const username = await pool.confirmedUser();
    const engine = pool.engine();
    // cognito-local does not store RespondToAuthChallenge's refresh token; InitiateAuth's it does.
    const first = await signInTokens(engine, username, PERMANENT);
    expect(first.refreshToken).toBeTruthy();
    await new Promise((resolve) => setTimeout(resolve, 1_100)); // a later iat, so a later exp
    const refreshed = await engine.refresh({ refreshToken: first.refreshToken ?? '', username });
    expect(refreshed.username).toBe(username);
    expect(jwtPayload(refreshed.accessToken)).toMatchObject({ username, token_use: 'access' });
    expect(refreshed.expiresAt).toBeGreaterThan(first.expiresAt);
  });

  it('signs in with a TOTP code once the user has turned TOTP MFA on', async () => {
    const username = await mfaPool.confirmedUser();
    const engine = mfaPool.engine();
    const plain = await signInTokens(engine, username, PERMANENT);
    const secret = await enableTotpMfa(local.adminClient, plain.accessToken);

    const conversation = await engine.signIn({ flow: 'password', username, password: PERMANENT });
    const step = challengeOf(conversation.step);
    expect(step.challenge).toBe('SOFTWARE_TOKEN_MFA');
    expect(step.fields.map((f) => f.name)).toEqual(['code']);
    const tokens = tokensOf(await conversation.respond({ code: await totpCode(secret) }));
    expect(tokens.username).toBe(username);

    const again = await engine.signIn({ flow: 'password', username, password: PERMANENT });
    const badCode = wrongTotpCode(secret);
    const error = await authErrorOf(again.respond({ code: badCode }));
    expectUserError(error, 'code-mismatch', [badCode, PERMANENT]);
  });

  it('resets a forgotten password with the emailed code', async () => {
    const username = await pool.confirmedUser();
    const engine = pool.engine();
    const delivery = await engine.forgotPassword(username);
    expect(delivery).toMatchObject({ destination: `${username}@example.com`, medium: 'EMAIL' });

    const reset = 'Reset-Pass-3!';
    const wrong = engine.confirmForgotPassword({ username, code: '000000', newPassword: reset });
    expectUserError(await authErrorOf(wrong), 'code-mismatch', [reset]);

    await engine.confirmForgotPassword({ username, code: local.code, newPassword: reset });
    expect((await signInTokens(engine, username, reset)).username).toBe(username);
    const old = engine.signIn({ flow: 'password', username, password: PERMANENT });
    expectUserError(await authErrorOf(old), 'wrong-credentials', [PERMANENT]);
  });

  it('changes the password of a signed-in user', async () => {
    const username = await pool.confirmedUser();
    const engine = pool.engine();
    const { accessToken } = await signInTokens(engine, username, PERMANENT);
    const proposed = 'Changed-Pass-4!';
    const change = (previousPassword: string) =>
      engine.changePassword({ accessToken, previousPassword, proposedPassword: proposed });

    const wrong = await authErrorOf(change('Not-It-9!'));
    expectUserError(wrong, 'wrong-credentials', ['Not-It-9!', proposed, accessToken]);

    await change(PERMANENT);
    expect((await signInTokens(engine, username, proposed)).username).toBe(username);
    const old = engine.signIn({ flow: 'password', username, password: PERMANENT });
    expectUserError(await authErrorOf(old), 'wrong-credentials', [PERMANENT]);
  });

  it('reads the signed-in user and their attributes', async () => {
    const username = await pool.confirmedUser();
    const engine = pool.engine();
    const { accessToken } = await signInTokens(engine, username, PERMANENT);
    const user = await engine.getUser(accessToken);
    expect(user.username).toBe(username);
    expect(user.attributes).toMatchObject({ email: `${username}@example.com` });
    expect(user.attributes.sub).toEqual(jwtPayload(accessToken).sub);
  });

  it('after sign-out the refresh token is refused with "sign in again"', async () => {
    const username = await pool.confirmedUser();
    const engine = pool.engine();
    const { refreshToken = '' } = await signInTokens(engine, username, PERMANENT);
    await engine.signOut({ refreshToken });
    const error = await authErrorOf(engine.refresh({ refreshToken, username }));
    expectUserError(error, 'refresh-token-invalid', [refreshToken]);
  });

  it('a wrong password reads as wrong credentials, without the password', async () => {
    const username = await pool.confirmedUser();
    const password = 'Wrong-Guess-7!';
    const error = await authErrorOf(pool.engine().signIn({ flow: 'password', username, password }));
    expectUserError(error, 'wrong-credentials', [password]);
    expect(error.message).toBe('Incorrect username or password.');
  });

  it('an unknown user reads like a wrong password at sign-in, and as not found at forgot password', async () => {
    const password = 'Any-Pass-8!';
    const engine = pool.engine();
    const signIn = engine.signIn({ flow: 'password', username: 'nobody', password });
    expectUserError(await authErrorOf(signIn), 'wrong-credentials', [password]);
    expectUserError(await authErrorOf(engine.forgotPassword('nobody')), 'user-not-found');
  });

  it('an unknown app client reads as resource not found', async () => {
    const engine = pool.engine({ clientId: 'no-such-client' });
    const password = 'Any-Pass-8!';
    const error = await authErrorOf(engine.signIn({ flow: 'password', username: 'x', password }));
    expectUserError(error, 'resource-not-found', [password]);
  });
});
