// Proves the Cognito double against amazon-cognito-identity-js, an independent Cognito client.
import { describe, expect, it } from 'vitest';
import { callCognito, passwordClaim, srpClient } from '../support/cognito-double';
import { IdentityJsUser } from '../support/cognito-double/identity-js-client';
import { SRP_VECTOR } from '../support/cognito-double/srp-vector';
import { jwtClaims, totpCode } from '../support/cognito-double/test-helpers';
import { FIXTURE as F, fixturePools } from '../support/cognito-double/test-pools';
import { useDouble } from '../support/use-double';

const double = useDouble(fixturePools());

const js = (username: string, clientId: string = F.publicClient) =>
  new IdentityJsUser(double.endpoint, F.poolId, clientId, username);

describe('SRP with amazon-cognito-identity-js', () => {
  it('pins the SRP math to the shared identity-js vector', () => {
    const client = srpClient(BigInt(`0x${SRP_VECTOR.a}`));
    expect(client.srpA).toBe(SRP_VECTOR.A);
    const challenge = {
      SALT: SRP_VECTOR.salt,
      SRP_B: SRP_VECTOR.B,
      SECRET_BLOCK: SRP_VECTOR.secretBlock,
      USER_ID_FOR_SRP: SRP_VECTOR.userIdForSrp,
    };
    const claim = passwordClaim(
      client,
      SRP_VECTOR.poolId,
      SRP_VECTOR.password,
      challenge,
      SRP_VECTOR.ts,
    );
    expect(claim.signature).toBe(SRP_VECTOR.sig);
  });

  it.each([
    ['alice', 'Alice-Pass1', 'alice'], // salt with the high bit set
    ['bob', 'Bob-Pass12', 'bob'], // salt with a leading zero byte
    ['carol@example.com', 'Carol-Pass1', F.carolId], // email alias
    ['noah', 'Noah-Pass1', 'noah'], // random salt
  ])('signs in %s', async (typed, password, internal) => {
    const outcome = await js(typed).signIn(password);
    if (outcome.step !== 'success') throw new Error(`stopped at ${outcome.step}`);
    const id = jwtClaims(outcome.session.getIdToken().getJwtToken());
    expect(id).toMatchObject({
      'cognito:username': internal,
      aud: F.publicClient,
      token_use: 'id',
    });
    expect(id.iss).toBe(`https://cognito-idp.eu-west-1.amazonaws.com/${F.poolId}`);
    const access = jwtClaims(outcome.session.getAccessToken().getJwtToken());
    expect(access).toMatchObject({
      username: internal,
      client_id: F.publicClient,
      token_use: 'access',
    });
    expect(access.scope).toBe('aws.cognito.signin.user.admin');
    const answer = double.requests.findLast((r) => r.operation === 'RespondToAuthChallenge');
    expect(answer?.body.ChallengeResponses).toMatchObject({ USERNAME: internal });
  });

  it('signs in many random salts, both signs of the top bit', async () => {
    for (let i = 0; i < 4; i += 1) {
      const username = `salty-${String(i)}`;
      const srpSalt = `${i % 2 ? 'c' : '3'}${String(i)}${'5a'.repeat(15)}`;
      double.pool(F.poolId).users.push({ username, password: 'Salty-Pass1', srpSalt });
      expect((await js(username).signIn('Salty-Pass1')).step).toBe('success');
    }
  });

  it('refuses a wrong password and an unknown user', async () => {
    await expect(js('alice').signIn('Alice-Pass2')).rejects.toMatchObject({
      code: 'NotAuthorizedException',
      message: 'Incorrect username or password.',
    });
    await expect(js('nobody').signIn('x')).rejects.toMatchObject({
      code: 'UserNotFoundException',
      message: 'User does not exist.',
    });
  });

  it('enforces the client flow switches', async () => {
    await expect(js('alice', F.passwordOnlyClient).signIn('Alice-Pass1')).rejects.toMatchObject({
      code: 'InvalidParameterException',
      message: 'USER_SRP_AUTH flow not enabled for this client',
    });
    const viaPassword = await js('alice', F.passwordOnlyClient).signIn(
      'Alice-Pass1',
      'USER_PASSWORD_AUTH',
    );
    expect(viaPassword.step).toBe('success');
  });

  it('refreshes, without a new refresh token', async () => {
    const outcome = await js('alice').signIn('Alice-Pass1');
    if (outcome.step !== 'success') throw new Error(outcome.step);
    const fresh = await js('alice').refresh(outcome.session);
    const access = jwtClaims(fresh.getAccessToken().getJwtToken());
    expect(access).toMatchObject({ username: 'alice', 'cognito:groups': ['admins'] });
    expect(fresh.getAccessToken().getJwtToken()).not.toBe(
      outcome.session.getAccessToken().getJwtToken(),
    );
    const raw = await callCognito(double.endpoint, 'InitiateAuth', {
      AuthFlow: 'REFRESH_TOKEN_AUTH',
      ClientId: F.publicClient,
      AuthParameters: { REFRESH_TOKEN: outcome.session.getRefreshToken().getToken() },
    });
    expect(raw.body.AuthenticationResult).toMatchObject({ TokenType: 'Bearer', ExpiresIn: 3600 });
    expect(raw.body.AuthenticationResult).not.toHaveProperty('RefreshToken');
  });
});

describe('challenges with amazon-cognito-identity-js', () => {
  it('completes NEW_PASSWORD_REQUIRED with a required attribute, refusing bad answers', async () => {
    const dave = js('dave');
    const outcome = await dave.signIn('Temp-Pass1');
    if (outcome.step !== 'newPasswordRequired') throw new Error(outcome.step);
    expect(outcome.requiredAttributes).toEqual(['given_name']);
    const shown = outcome.userAttributes;
    expect(shown).toMatchObject({ email: 'dave@example.com', email_verified: 'true' });
    // Sending back what Cognito showed, email_verified included, is the classic mistake.
    await expect(
      dave.completeNewPassword('New-Pass1', { ...shown, given_name: 'D' }),
    ).rejects.toMatchObject({
      code: 'NotAuthorizedException',
      message: 'A client attempted to write unauthorized attribute',
    });
    await expect(dave.completeNewPassword('New-Pass1', {})).rejects.toMatchObject({
      code: 'InvalidParameterException',
      message: 'Invalid attributes given, given_name is missing',
    });
    await expect(dave.completeNewPassword('short', { given_name: 'Dave' })).rejects.toMatchObject({
      code: 'InvalidPasswordException',
      message: 'Password does not conform to policy: Password not long enough',
    });
    const done = await dave.completeNewPassword('New-Pass1', { given_name: 'Dave' });
    if (done.step !== 'success') throw new Error(done.step);
    const id = jwtClaims(done.session.getIdToken().getJwtToken());
    expect(id).toMatchObject({ given_name: 'Dave', email_verified: true });
    expect(double.user(F.poolId, 'dave')).toMatchObject({
      status: 'CONFIRMED',
      password: 'New-Pass1',
    });
  });

  it('checks TOTP codes', async () => {
    const erin = js('erin');
    expect((await erin.signIn('Erin-Pass1')).step).toBe('totpRequired');
    await expect(erin.sendMfaCode('000000', 'SOFTWARE_TOKEN_MFA')).rejects.toMatchObject({
      code: 'CodeMismatchException',
      message: 'Invalid code received for user',
    });
    const done = await erin.sendMfaCode(totpCode(F.totpSecret), 'SOFTWARE_TOKEN_MFA');
    expect(done.step).toBe('success');
  });

  it('sets up TOTP during sign-in', async () => {
    const frank = js('frank');
    const outcome = await frank.signIn('Frank-Pass1');
    expect(outcome).toMatchObject({
      step: 'mfaSetup',
      parameters: { MFAS_CAN_SETUP: '["SOFTWARE_TOKEN_MFA"]' },
    });
    const secret = await frank.associateSecretCode();
    expect(secret).toMatch(/^[A-Z2-7]{52}$/);
    await expect(frank.verifySoftwareToken('000000')).rejects.toMatchObject({
      code: 'EnableSoftwareTokenMFAException',
    });
    const session = await frank.verifySoftwareToken(totpCode(secret));
    expect(jwtClaims(session.getAccessToken().getJwtToken())).toMatchObject({ username: 'frank' });
    const mfa = double.user(F.poolId, 'frank').mfa;
    expect(mfa).toMatchObject({ totpSecret: secret, setupRequired: false });
    // The next sign-in asks for the new TOTP; a step ahead, since a code is taken once.
    const again = js('frank');
    expect((await again.signIn('Frank-Pass1')).step).toBe('totpRequired');
    expect((await again.sendMfaCode(totpCode(secret, 1), 'SOFTWARE_TOKEN_MFA')).step).toBe(
      'success',
    );
  });
});
