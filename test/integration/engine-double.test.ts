// The engine's sign-in conversations against the strict Cognito double: SRP, SECRET_HASH with an
// email alias, the password flow and NEW_PASSWORD_REQUIRED (MFA lives in engine-double-mfa).
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { decodeTokenClaims } from '../../src/main/cognito/engine-module';
import { secretHash } from '../support/cognito-double/index';
import {
  ALICE_ID,
  POOL_ID,
  SECRET,
  authError,
  bodiesOf,
  challengeBodies,
  enginePools,
  engineFor,
  responsesOf,
  tokensOf,
} from '../support/engine-double-fixture';
import { useDouble } from '../support/use-double';

const double = useDouble(enginePools());

const challengeBody = (name: string) => challengeBodies(double, name);

describe('sign-in against the Cognito double', () => {
  it('signs in with SRP and keeps the Session out of every step', async () => {
    const started = Date.now();
    const conversation = await engineFor(double, 'engine-public').signIn({
      flow: 'srp',
      username: 'bob',
      password: 'Bob-Pass12',
    });
    const tokens = tokensOf(conversation.step);
    expect(tokens.username).toBe('bob');
    expect(tokens.refreshToken).toBeTruthy();
    expect(tokens.expiresAt).toBeGreaterThan(started + 3_500_000);
    expect(decodeTokenClaims(tokens.accessToken)).toMatchObject({
      tokenUse: 'access',
      clientId: 'engine-public',
    });
    expect(bodiesOf(double, 'InitiateAuth').at(-1)).toMatchObject({ AuthFlow: 'USER_SRP_AUTH' });
    expect(challengeBody('PASSWORD_VERIFIER')).not.toHaveLength(0);
  });

  it('uses the right SECRET_HASH identity at each step for an email-alias user', async () => {
    const engine = engineFor(double, 'engine-secret', { clientSecret: SECRET });
    const conversation = await engine.signIn({
      flow: 'srp',
      username: 'alice@example.com',
      password: 'Alice-Pass1',
    });
    const tokens = tokensOf(conversation.step);
    expect(tokens.username).toBe(ALICE_ID);
    expect(decodeTokenClaims(tokens.idToken ?? '')).toMatchObject({
      email: 'alice@example.com',
      groups: ['admins'],
    });
    const initiate = bodiesOf(double, 'InitiateAuth').at(-1)?.AuthParameters as Record<
      string,
      string
    >;
    expect(initiate.SECRET_HASH).toBe(secretHash(SECRET, 'alice@example.com', 'engine-secret'));
    const verifier = responsesOf(challengeBody('PASSWORD_VERIFIER').at(-1));
    expect(verifier.USERNAME).toBe(ALICE_ID);
    expect(verifier.SECRET_HASH).toBe(secretHash(SECRET, ALICE_ID, 'engine-secret'));

    const refreshToken = tokens.refreshToken ?? '';
    const refreshed = await engine.refresh({ refreshToken, username: tokens.username });
    expect(refreshed.username).toBe(ALICE_ID);
    const refresh = bodiesOf(double, 'InitiateAuth').at(-1)?.AuthParameters as Record<
      string,
      string
    >;
    expect(refresh.SECRET_HASH).toBe(secretHash(SECRET, ALICE_ID, 'engine-secret'));
    // The alias is the wrong identity at refresh: this is the bug the engine avoids.
    const wrong = await authError(
      double,
      engine.refresh({ refreshToken, username: 'alice@example.com' }),
    );
    expect(wrong.code).toBe('secret-hash');
  });

  it('signs in with USER_PASSWORD_AUTH', async () => {
    const conversation = await engineFor(double, 'engine-password-only').signIn({
      flow: 'password',
      username: 'bob',
      password: 'Bob-Pass12',
    });
    expect(tokensOf(conversation.step).username).toBe('bob');
    expect(bodiesOf(double, 'InitiateAuth').at(-1)).toMatchObject({
      AuthFlow: 'USER_PASSWORD_AUTH',
    });
  });

  it('walks NEW_PASSWORD_REQUIRED, sending only what the user gave', async () => {
    const conversation = await engineFor(double, 'engine-public').signIn({
      flow: 'srp',
      username: 'dave',
      password: 'Temp-Pass1',
    });
    const step = conversation.step;
    expect(step).toMatchObject({ type: 'challenge', challenge: 'NEW_PASSWORD_REQUIRED' });
    expect(step.type === 'challenge' && step.fields.map((field) => field.name)).toEqual([
      'newPassword',
      'given_name',
    ]);
    const before = double.requests.length;
    const missing = await authError(double, conversation.respond({ newPassword: 'New-Pass12' }));
    expect([missing.code, missing.message]).toEqual(['invalid-input', 'Enter the given name.']);
    expect(double.requests).toHaveLength(before);
    const weak = await authError(
      double,
      conversation.respond({ newPassword: 'Sh0rt', given_name: 'Dave' }),
    );
    expect(weak.code).toBe('invalid-password');
    expect(weak.message).toContain('Password not long enough');
    expect(conversation.step).toBe(step);
    expect(
      tokensOf(await conversation.respond({ newPassword: 'New-Pass12', given_name: 'Dave' }))
        .username,
    ).toBe('dave');
    const sent = responsesOf(challengeBody('NEW_PASSWORD_REQUIRED').at(-1));
    expect(Object.keys(sent).sort()).toEqual([
      'NEW_PASSWORD',
      'USERNAME',
      'userAttributes.given_name',
    ]);
    expect(double.user(POOL_ID, 'dave').attributes?.given_name).toBe('Dave');
    const sessions = bodiesOf(double, 'RespondToAuthChallenge').flatMap((body) =>
      typeof body.Session === 'string' ? [body.Session] : [],
    );
    expect(sessions).not.toHaveLength(0);
    const visible = inspect(conversation, { depth: 5 }) + JSON.stringify(conversation.step);
    for (const session of sessions) expect(visible).not.toContain(session);
  });

  it('refuses to answer a finished conversation', async () => {
    const conversation = await engineFor(double, 'engine-public').signIn({
      flow: 'srp',
      username: 'bob',
      password: 'Bob-Pass12',
    });
    expect((await authError(double, conversation.respond({}))).code).toBe('invalid-input');
  });
});
