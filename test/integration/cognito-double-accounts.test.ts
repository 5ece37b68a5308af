// The Cognito double's account and token operations: passwords, GetUser, sign-out, revocation, rotation.
import { describe, expect, it } from 'vitest';
import { callCognito, field, secretHash } from '../support/cognito-double';
import {
  expectCognitoError as expectError,
  jwtClaims,
} from '../support/cognito-double/test-helpers';
import { FIXTURE as F, fixturePools } from '../support/cognito-double/test-pools';
import { useDouble } from '../support/use-double';

const double = useDouble(fixturePools());

const call = (operation: string, body: object) => callCognito(double.endpoint, operation, body);
const signIn = async (username: string, password: string) => {
  const reply = await call('InitiateAuth', {
    AuthFlow: 'USER_PASSWORD_AUTH',
    ClientId: F.publicClient,
    AuthParameters: { USERNAME: username, PASSWORD: password },
  });
  const token = (name: string) => field(reply, 'AuthenticationResult', name);
  return { access: token('AccessToken'), refresh: token('RefreshToken'), id: token('IdToken') };
};
const refresh = (token: string) =>
  call('InitiateAuth', {
    AuthFlow: 'REFRESH_TOKEN_AUTH',
    ClientId: F.publicClient,
    AuthParameters: { REFRESH_TOKEN: token },
  });

describe('passwords', () => {
  it('resets a forgotten password with the code', async () => {
    const forgot = await call('ForgotPassword', { ClientId: F.publicClient, Username: 'liam' });
    expect(forgot.body).toEqual({
      CodeDeliveryDetails: {
        Destination: 'l***@e***',
        DeliveryMedium: 'EMAIL',
        AttributeName: 'email',
      },
    });
    const confirm = (code: string, password = 'Liam-New-Pass1') =>
      call('ConfirmForgotPassword', {
        ClientId: F.publicClient,
        Username: 'liam',
        ConfirmationCode: code,
        Password: password,
      });
    const mismatch = 'Invalid verification code provided, please try again.';
    expectError(await confirm('000000'), 'CodeMismatchException', mismatch);
    expect((await confirm('123456', 'weak')).body.__type).toBe('InvalidPasswordException');
    expect((await confirm('123456')).status).toBe(200);
    const expired = 'Invalid code provided, please request a code again.';
    expectError(await confirm('123456'), 'ExpiredCodeException', expired);
    await signIn('liam', 'Liam-New-Pass1');
    await call('ForgotPassword', { ClientId: F.publicClient, Username: 'liam' });
    double.expireCodes();
    expectError(await confirm('123456'), 'ExpiredCodeException', expired);
  });

  it('tells apart unknown users unless the pool hides them', async () => {
    const unknown = await call('ForgotPassword', { ClientId: F.publicClient, Username: 'nobody' });
    expectError(unknown, 'UserNotFoundException', 'Username/client id combination not found.');
    const quiet = await call('ForgotPassword', {
      ClientId: F.rotationClient,
      Username: 'nobody',
      SecretHash: secretHash(F.rotationSecret, 'nobody', F.rotationClient),
    });
    expect(quiet.status).toBe(200);
  });

  it('changes a password given the previous one', async () => {
    const { access } = await signIn('noah', 'Noah-Pass1');
    const change = (previous: string, proposed: string) =>
      call('ChangePassword', {
        AccessToken: access,
        PreviousPassword: previous,
        ProposedPassword: proposed,
      });
    const incorrect = 'Incorrect username or password.';
    expectError(await change('Wrong-Pass1', 'Noah-Pass2'), 'NotAuthorizedException', incorrect);
    expect((await change('Noah-Pass1', 'Noah-Pass2')).status).toBe(200);
    expect(double.user(F.poolId, 'noah').password).toBe('Noah-Pass2');
    expect((await change('Noah-Pass2', 'Noah-Pass1')).status).toBe(200);
  });
  it('locks ChangePassword after five wrong previous passwords', async () => {
    const { access } = await signIn('carol@example.com', 'Carol-Pass1');
    const change = (previous: string) =>
      call('ChangePassword', {
        AccessToken: access,
        PreviousPassword: previous,
        ProposedPassword: 'Carol-Pass2',
      });
    for (let i = 0; i < 5; i += 1)
      expect((await change('Wrong-Pass1')).body.__type).toBe('NotAuthorizedException');
    const limit = 'Attempt limit exceeded, please try after some time.';
    expectError(await change('Carol-Pass1'), 'LimitExceededException', limit);
  });
});

describe('tokens', () => {
  it('gives GetUser the internal username and attributes', async () => {
    const { access, id } = await signIn('carol@example.com', 'Carol-Pass1');
    const user = await call('GetUser', { AccessToken: access });
    expect(user.body.Username).toBe(F.carolId);
    expect(user.body.UserAttributes).toContainEqual({ Name: 'email', Value: 'carol@example.com' });
    expect(jwtClaims(id)).toMatchObject({
      'cognito:username': F.carolId,
      email: 'carol@example.com',
    });
    expectError(
      await call('GetUser', { AccessToken: id }),
      'NotAuthorizedException',
      'Invalid Access Token',
    );
  });

  it('revokes everything on GlobalSignOut', async () => {
    const first = await signIn('alice', 'Alice-Pass1');
    const second = await signIn('alice', 'Alice-Pass1');
    expect((await call('GlobalSignOut', { AccessToken: first.access })).status).toBe(200);
    const revoked = 'Access Token has been revoked';
    expectError(
      await call('GetUser', { AccessToken: second.access }),
      'NotAuthorizedException',
      revoked,
    );
    const refreshRevoked = 'Refresh Token has been revoked';
    expectError(await refresh(second.refresh), 'NotAuthorizedException', refreshRevoked);
    const third = await signIn('alice', 'Alice-Pass1');
    expect((await call('GetUser', { AccessToken: third.access })).status).toBe(200);
  });

  it('revokes one refresh token with RevokeToken, and refuses a made-up one', async () => {
    const { access, refresh: token } = await signIn('bob', 'Bob-Pass12');
    expect((await call('RevokeToken', { Token: token, ClientId: F.publicClient })).status).toBe(
      200,
    );
    expectError(await refresh(token), 'NotAuthorizedException', 'Refresh Token has been revoked');
    const revoked = 'Access Token has been revoked';
    expectError(await call('GetUser', { AccessToken: access }), 'NotAuthorizedException', revoked);
    expectError(await refresh('not-a-token'), 'NotAuthorizedException', 'Invalid Refresh Token');
  });

  it('rotates refresh tokens and refuses a used one', async () => {
    const reply = await call('InitiateAuth', {
      AuthFlow: 'USER_PASSWORD_AUTH',
      ClientId: F.rotationClient,
      AuthParameters: {
        USERNAME: 'olga',
        PASSWORD: 'Olga-Password1',
        SECRET_HASH: secretHash(F.rotationSecret, 'olga', F.rotationClient),
      },
    });
    const first = field(reply, 'AuthenticationResult', 'RefreshToken');
    const rotate = (token: string, secret: string = F.rotationSecret) =>
      call('GetTokensFromRefreshToken', {
        RefreshToken: token,
        ClientId: F.rotationClient,
        ClientSecret: secret,
      });
    expect((await rotate(first, 'wrong')).body.__type).toBe('NotAuthorizedException');
    const rotated = await rotate(first);
    expect(rotated.body.AuthenticationResult).toMatchObject({
      ExpiresIn: 300,
      TokenType: 'Bearer',
    });
    const second = field(rotated, 'AuthenticationResult', 'RefreshToken');
    expect(second).not.toBe(first);
    expectError(await rotate(first), 'NotAuthorizedException', 'Invalid Refresh Token');
    expect((await rotate(second)).status).toBe(200);
  });

  it('publishes a JWKS per pool and knows its pools', async () => {
    const jwks = (await (
      await fetch(`${double.endpoint}/${F.poolId}/.well-known/jwks.json`)
    ).json()) as {
      keys: Array<{ kid: string; alg: string }>;
    };
    expect(jwks.keys[0]?.alg).toBe('RS256');
    const unknown = await call('DescribeUserPool', { UserPoolId: 'eu-west-1_Nope' });
    expectError(unknown, 'ResourceNotFoundException', 'User pool eu-west-1_Nope does not exist.');
  });
});
