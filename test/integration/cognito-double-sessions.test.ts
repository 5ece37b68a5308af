// The Cognito double's challenge sessions, MFA choices and fault switches, on the wire.
import { describe, expect, it } from 'vitest';
import { callCognito, field } from '../support/cognito-double';
import {
  expectCognitoError as expectError,
  totpCode,
} from '../support/cognito-double/test-helpers';
import { FIXTURE as F, fixturePools } from '../support/cognito-double/test-pools';
import { useDouble } from '../support/use-double';

const double = useDouble(fixturePools());

const call = (operation: string, body: object) => callCognito(double.endpoint, operation, body);

/** USER_PASSWORD_AUTH for a user whose next step is a code challenge; returns the answering function. */
async function codeChallenge(username: string, password: string, expected: string) {
  const reply = await call('InitiateAuth', {
    AuthFlow: 'USER_PASSWORD_AUTH',
    ClientId: F.publicClient,
    AuthParameters: { USERNAME: username, PASSWORD: password },
  });
  expect(reply.body.ChallengeName).toBe(expected);
  const session = field(reply, 'Session');
  const answer = (name: string, responses: Record<string, string>) =>
    call('RespondToAuthChallenge', {
      ChallengeName: name,
      ClientId: F.publicClient,
      Session: session,
      ChallengeResponses: { USERNAME: username, ...responses },
    });
  return { reply, answer };
}

const smsChallenge = async () => {
  const { reply, answer } = await codeChallenge('hank', 'Hank-Pass1', 'SMS_MFA');
  expect(reply.body.ChallengeParameters).toMatchObject({
    CODE_DELIVERY_DELIVERY_MEDIUM: 'SMS',
    CODE_DELIVERY_DESTINATION: '+*******1234',
    USER_ID_FOR_SRP: 'hank',
  });
  return (code: string) => answer('SMS_MFA', { SMS_MFA_CODE: code });
};

describe('challenge sessions', () => {
  it('take one good answer', async () => {
    const answer = await smsChallenge();
    expect(field(await answer('123456'), 'AuthenticationResult', 'TokenType')).toBe('Bearer');
    expectError(await answer('123456'), 'NotAuthorizedException', 'Invalid session for the user.');
  });

  it('die after three wrong codes', async () => {
    const answer = await smsChallenge();
    for (let i = 0; i < 3; i += 1) {
      expectError(
        await answer('999999'),
        'CodeMismatchException',
        'Invalid code received for user',
      );
    }
    expectError(
      await answer('123456'),
      'NotAuthorizedException',
      'Invalid session for the user, session is expired.',
    );
  });

  it('expire', async () => {
    const answer = await smsChallenge();
    double.expireSessions();
    expectError(await answer('123456'), 'NotAuthorizedException', 'Invalid session for the user.');
  });

  it('are bound to their challenge and client', async () => {
    const { answer } = await codeChallenge('hank', 'Hank-Pass1', 'SMS_MFA');
    const wrongChallenge = await answer('SOFTWARE_TOKEN_MFA', {
      SOFTWARE_TOKEN_MFA_CODE: '123456',
    });
    expectError(wrongChallenge, 'NotAuthorizedException', 'Invalid session for the user.');
    const forged = await call('RespondToAuthChallenge', {
      ChallengeName: 'SMS_MFA',
      ClientId: F.publicClient,
      Session: 'forged-session-value-of-some-length',
      ChallengeResponses: { USERNAME: 'hank', SMS_MFA_CODE: '123456' },
    });
    expectError(forged, 'NotAuthorizedException', 'Invalid session for the user.');
  });
});

describe('MFA choices', () => {
  it('offers SELECT_MFA_TYPE, then the chosen EMAIL_OTP', async () => {
    const { reply, answer } = await codeChallenge('ivy', 'Ivy-Pass12', 'SELECT_MFA_TYPE');
    expect(field(reply, 'ChallengeParameters', 'MFAS_CAN_CHOOSE')).toBe('["SMS_MFA","EMAIL_OTP"]');
    const chosen = await answer('SELECT_MFA_TYPE', { ANSWER: 'EMAIL_OTP' });
    expect(chosen.body).toMatchObject({
      ChallengeName: 'EMAIL_OTP',
      ChallengeParameters: { CODE_DELIVERY_DESTINATION: 'i***@e***' },
    });
    const done = await call('RespondToAuthChallenge', {
      ChallengeName: 'EMAIL_OTP',
      ClientId: F.publicClient,
      Session: field(chosen, 'Session'),
      ChallengeResponses: { USERNAME: 'ivy', EMAIL_OTP_CODE: '123456' },
    });
    expect(done.status).toBe(200);
  });

  it('asks EMAIL_OTP straight away when it is the only method', async () => {
    const { answer } = await codeChallenge('mia', 'Mia-Pass12', 'EMAIL_OTP');
    const wrong = await answer('EMAIL_OTP', { EMAIL_OTP_CODE: '000000' });
    expectError(wrong, 'CodeMismatchException', 'Invalid code received for user');
    expect((await answer('EMAIL_OTP', { EMAIL_OTP_CODE: '123456' })).status).toBe(200);
  });
  it('takes each TOTP code once', async () => {
    const code = totpCode(F.totpSecret);
    const first = await codeChallenge('erin', 'Erin-Pass1', 'SOFTWARE_TOKEN_MFA');
    expect(
      (await first.answer('SOFTWARE_TOKEN_MFA', { SOFTWARE_TOKEN_MFA_CODE: code })).status,
    ).toBe(200);
    const second = await codeChallenge('erin', 'Erin-Pass1', 'SOFTWARE_TOKEN_MFA');
    const reused = await second.answer('SOFTWARE_TOKEN_MFA', { SOFTWARE_TOKEN_MFA_CODE: code });
    expectError(reused, 'ExpiredCodeException', 'Your software token has already been used once.');
  });
});

describe('faults and the request log', () => {
  const body = { ClientId: 'nope', AuthFlow: 'USER_PASSWORD_AUTH' };

  it('throttles and fails on demand, logging every request', async () => {
    double.faults.throttleNext = 1;
    double.faults.serverErrorNext = 1;
    expectError(await call('InitiateAuth', body), 'TooManyRequestsException', 'Rate exceeded');
    const failed = await call('InitiateAuth', body);
    expectError(failed, 'InternalErrorException', 'Internal server error.', 500);
    const unknown = 'User pool client nope does not exist.';
    expectError(await call('InitiateAuth', body), 'ResourceNotFoundException', unknown);
    expect(double.requests.slice(-3).map((r) => [r.operation, r.status, r.errorType])).toEqual([
      ['InitiateAuth', 400, 'TooManyRequestsException'],
      ['InitiateAuth', 500, 'InternalErrorException'],
      ['InitiateAuth', 400, 'ResourceNotFoundException'],
    ]);
  });

  it('delays answers long enough for a client timeout', async () => {
    double.faults.delayMs = 400;
    try {
      const slow = fetch(double.endpoint, {
        method: 'POST',
        headers: { 'X-Amz-Target': 'AWSCognitoIdentityProviderService.InitiateAuth' },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(100),
      });
      await expect(slow).rejects.toThrow(/abort|timeout/i);
    } finally {
      double.faults.delayMs = 0;
    }
  });

  it('answers an unknown operation and bad JSON like AWS', async () => {
    expect((await call('AdminDeleteUser', {})).body.__type).toBe('UnknownOperationException');
    const bad = await fetch(double.endpoint, {
      method: 'POST',
      headers: { 'X-Amz-Target': 'AWSCognitoIdentityProviderService.InitiateAuth' },
      body: '{not json',
    });
    expect(bad.status).toBe(400);
  });
});
