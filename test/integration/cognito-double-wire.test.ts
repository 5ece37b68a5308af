// The Cognito double on the wire: SECRET_HASH, the SRP proof, refusals by user state.
import { describe, expect, it } from 'vitest';
import {
  callCognito,
  field,
  passwordClaim,
  secretHash,
  srpClient,
  srpTimestamp,
} from '../support/cognito-double';
import { expectCognitoError as expectError } from '../support/cognito-double/test-helpers';
import { FIXTURE as F, fixturePools } from '../support/cognito-double/test-pools';
import { useDouble } from '../support/use-double';

const double = useDouble(fixturePools());

const call = (operation: string, body: object) => callCognito(double.endpoint, operation, body);
const hash = (username: string) => secretHash(F.clientSecret, username, F.secretClient);
const badHash = `Unable to verify secret hash for client ${F.secretClient}`;

/** USER_SRP_AUTH by hand, then a PASSWORD_VERIFIER answer built from the reply. */
async function srp(clientId: string, typed: string, secretHashValue?: string) {
  const client = srpClient();
  const params = { USERNAME: typed, SRP_A: client.srpA, SECRET_HASH: secretHashValue };
  const reply = await call('InitiateAuth', {
    AuthFlow: 'USER_SRP_AUTH',
    ClientId: clientId,
    AuthParameters: params,
  });
  const p = (key: string) => field(reply, 'ChallengeParameters', key);
  const answer = (
    poolId: string,
    password: string,
    extra: Record<string, string> = {},
    at = new Date(),
  ) => {
    const challenge = {
      SALT: p('SALT'),
      SRP_B: p('SRP_B'),
      SECRET_BLOCK: p('SECRET_BLOCK'),
      USER_ID_FOR_SRP: p('USER_ID_FOR_SRP'),
    };
    const claim = passwordClaim(client, poolId, password, challenge, srpTimestamp(at));
    const responses = {
      USERNAME: p('USERNAME'),
      PASSWORD_CLAIM_SECRET_BLOCK: challenge.SECRET_BLOCK,
      PASSWORD_CLAIM_SIGNATURE: claim.signature,
      TIMESTAMP: claim.timestamp,
      ...extra,
    };
    return call('RespondToAuthChallenge', {
      ChallengeName: 'PASSWORD_VERIFIER',
      ClientId: clientId,
      ChallengeResponses: responses,
    });
  };
  return { reply, p, answer };
}

const passwordAuth = (username: string, password: string, clientId: string = F.publicClient) =>
  call('InitiateAuth', {
    AuthFlow: 'USER_PASSWORD_AUTH',
    ClientId: clientId,
    AuthParameters: { USERNAME: username, PASSWORD: password },
  });

describe('SECRET_HASH', () => {
  it('is over the name as typed at InitiateAuth', async () => {
    const missing = `Client ${F.secretClient} is configured with secret but SECRET_HASH was not received`;
    expectError(
      (await srp(F.secretClient, 'gina@example.com')).reply,
      'NotAuthorizedException',
      missing,
    );
    expectError(
      (await srp(F.secretClient, 'gina@example.com', hash(F.ginaId))).reply,
      'NotAuthorizedException',
      badHash,
    );
    const { p } = await srp(F.secretClient, 'gina@example.com', hash('gina@example.com'));
    expect([p('USERNAME'), p('USER_ID_FOR_SRP')]).toEqual([F.ginaId, F.ginaId]);
  });

  it('is over the internal username at RespondToAuthChallenge and at refresh', async () => {
    const { answer } = await srp(F.secretClient, 'gina@example.com', hash('gina@example.com'));
    const respond = (extra: Record<string, string>) => answer(F.secretPoolId, 'Gina-Pass1', extra);
    expectError(
      await respond({ SECRET_HASH: hash('gina@example.com') }),
      'NotAuthorizedException',
      badHash,
    );
    const asAlias = { USERNAME: 'gina@example.com', SECRET_HASH: hash('gina@example.com') };
    expectError(await respond(asAlias), 'NotAuthorizedException', badHash);
    const signedIn = await respond({ SECRET_HASH: hash(F.ginaId) });
    const refreshToken = field(signedIn, 'AuthenticationResult', 'RefreshToken');
    const refresh = (secretHashValue: string) =>
      call('InitiateAuth', {
        AuthFlow: 'REFRESH_TOKEN_AUTH',
        ClientId: F.secretClient,
        AuthParameters: { REFRESH_TOKEN: refreshToken, SECRET_HASH: secretHashValue },
      });
    expectError(await refresh(hash('gina@example.com')), 'NotAuthorizedException', badHash);
    expect(field(await refresh(hash(F.ginaId)), 'AuthenticationResult', 'TokenType')).toBe(
      'Bearer',
    );
    const logged = double.requests
      .filter((r) => r.operation === 'InitiateAuth' && r.status === 200)
      .at(-1);
    expect(logged?.body.AuthParameters).toMatchObject({ SECRET_HASH: hash(F.ginaId) });
  });

  it('is not needed, but harmless, for a client without a secret', async () => {
    const reply = await call('InitiateAuth', {
      AuthFlow: 'USER_PASSWORD_AUTH',
      ClientId: F.publicClient,
      AuthParameters: { USERNAME: 'noah', PASSWORD: 'Noah-Pass1', SECRET_HASH: 'anything' },
    });
    expect(reply.status).toBe(200);
  });
});

describe('SRP proof', () => {
  it('refuses a wrong password, a stale or malformed TIMESTAMP, and a second proof', async () => {
    const incorrect = 'Incorrect username or password.';
    expectError(
      await (await srp(F.publicClient, 'noah')).answer(F.poolId, 'Wrong-Pass1'),
      'NotAuthorizedException',
      incorrect,
    );
    const stale = new Date(Date.now() - 10 * 60_000);
    expectError(
      await (await srp(F.publicClient, 'noah')).answer(F.poolId, 'Noah-Pass1', {}, stale),
      'NotAuthorizedException',
      incorrect,
    );
    const zeroPadded = (await srp(F.publicClient, 'noah')).answer(F.poolId, 'Noah-Pass1', {
      TIMESTAMP: 'Tue Jan 01 06:06:09 UTC 2019',
    });
    expect((await zeroPadded).body.__type).toBe('InvalidParameterException');
    const { answer } = await srp(F.publicClient, 'noah');
    expect((await answer(F.poolId, 'Noah-Pass1')).status).toBe(200);
    expectError(
      await answer(F.poolId, 'Noah-Pass1'),
      'NotAuthorizedException',
      'Invalid session for the user.',
    );
  });

  it('hides unknown users when the pool says so, behind a decoy SRP challenge', async () => {
    const SECRET_HASH = secretHash(F.rotationSecret, 'ghost', F.rotationClient);
    const { reply, answer } = await srp(F.rotationClient, 'ghost', SECRET_HASH);
    expect(reply.body.ChallengeName).toBe('PASSWORD_VERIFIER');
    const incorrect = 'Incorrect username or password.';
    expectError(
      await answer(F.quietPoolId, 'x', { SECRET_HASH }),
      'NotAuthorizedException',
      incorrect,
    );
    const params = { USERNAME: 'ghost', PASSWORD: 'x', SECRET_HASH };
    const viaPassword = await call('InitiateAuth', {
      AuthFlow: 'USER_PASSWORD_AUTH',
      ClientId: F.rotationClient,
      AuthParameters: params,
    });
    expectError(viaPassword, 'NotAuthorizedException', incorrect);
  });
});

describe('refusals by user state', () => {
  it.each<[string, string, string, string]>([
    ['judy', 'Judy-Pass1', 'NotAuthorizedException', 'User is disabled.'],
    ['ken', 'Ken-Pass12', 'UserNotConfirmedException', 'User is not confirmed.'],
    ['ken', 'Wrong-Pass1', 'NotAuthorizedException', 'Incorrect username or password.'],
    [
      'liam',
      'Liam-Pass1',
      'PasswordResetRequiredException',
      'Password reset required for the user',
    ],
    ['nobody', 'x', 'UserNotFoundException', 'User does not exist.'],
  ])('%s with %s', async (username, password, type, message) => {
    expectError(await passwordAuth(username, password), type, message);
  });
});
