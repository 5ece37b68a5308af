// Every Cognito error (and transport failure) → a stable code and a sentence; never a secret.
import {
  CodeMismatchException,
  CognitoIdentityProviderServiceException,
  ExpiredCodeException,
  InvalidParameterException,
  InvalidPasswordException,
  LimitExceededException,
  NotAuthorizedException,
  PasswordResetRequiredException,
  ResourceNotFoundException,
  TooManyRequestsException,
  UserNotConfirmedException,
  UserNotFoundException,
} from '@aws-sdk/client-cognito-identity-provider';
import { describe, expect, it } from 'vitest';
import { type ErrorContext, type Operation, toAuthError } from '../../src/main/cognito/errors';
import { safeMessage } from '../../src/main/cognito/safe-message';

const PASSWORD = 'Hunter2-Secret!';
const CLIENT_SECRET = 'cl1ent-s3cret-value';
const meta = (status: number) => ({ $metadata: { httpStatusCode: status } });
type Exception = new (options: { message: string; $metadata: object }) => Error;

function ctx(operation: Operation, extra: Partial<ErrorContext> = {}): ErrorContext {
  return {
    operation,
    endpointHost: '127.0.0.1:9229',
    timeoutMs: 10_000,
    maxAttempts: 3,
    secrets: [PASSWORD, CLIENT_SECRET],
    ...extra,
  };
}

const TYPES: Record<string, Exception> = {
  CodeMismatchException,
  ExpiredCodeException,
  InvalidParameterException,
  InvalidPasswordException,
  LimitExceededException,
  NotAuthorizedException,
  PasswordResetRequiredException,
  ResourceNotFoundException,
  TooManyRequestsException,
  UserNotConfirmedException,
  UserNotFoundException,
};

// exception | Cognito's message | operation | expected code | words the sentence must contain
const TABLE = `
NotAuthorizedException | Incorrect username or password. | sign-in | wrong-credentials | Incorrect username or password.
NotAuthorizedException | Unable to verify secret hash for client abc | sign-in | secret-hash | check the client secret
NotAuthorizedException | Client abc is configured with secret but SECRET_HASH was not received | sign-in | client-secret-required | client secret
NotAuthorizedException | Client abc is configured with secret but ClientSecret was not received | refresh | client-secret-required | client secret
NotAuthorizedException | Unable to verify client secret for client abc | sign-out | secret-hash | check the client secret
NotAuthorizedException | User is disabled. | sign-in | user-disabled | disabled
NotAuthorizedException | Invalid session for the user, session is expired. | challenge | session-expired | start the sign-in again
NotAuthorizedException | Invalid Refresh Token | refresh | refresh-token-invalid | sign in again
NotAuthorizedException | Refresh Token has been revoked | refresh | refresh-token-invalid | sign in again
NotAuthorizedException | User not authorized. | refresh | refresh-token-invalid | sign in again
NotAuthorizedException | Refresh token rotation is enabled for this client; use GetTokensFromRefreshToken | refresh | flow-not-enabled | rotation on
NotAuthorizedException | Access Token has been revoked | get-user | session-expired | sign in again
NotAuthorizedException | Incorrect username or password. | change-password | wrong-credentials | current password is wrong
NotAuthorizedException | Password attempts exceeded | sign-in | limit-exceeded | wait
UserNotFoundException | User does not exist. | sign-in | user-not-found | check the username
PasswordResetRequiredException | Password reset required for the user | sign-in | password-reset-required | forgot password
UserNotConfirmedException | User is not confirmed. | sign-in | user-not-confirmed | confirm
InvalidPasswordException | Password does not conform to policy: Password not long enough | challenge | invalid-password | Password not long enough
InvalidPasswordException | Password does not conform to policy: Password must have uppercase characters | confirm-forgot-password | invalid-password | uppercase
InvalidPasswordException | Invalid password | sign-in | wrong-credentials | Incorrect username or password.
CodeMismatchException | Invalid code received for user | challenge | code-mismatch | code is wrong
ExpiredCodeException | Invalid code provided, please request a code again. | confirm-forgot-password | expired-code | request a new one
ExpiredCodeException | Your software token has already been used once. | challenge | expired-code | next code
LimitExceededException | Attempt limit exceeded, please try after some time. | forgot-password | limit-exceeded | wait
InvalidParameterException | USER_PASSWORD_AUTH flow not enabled for this client | sign-in | flow-not-enabled | This app client does not allow USER_PASSWORD_AUTH: enable it on the app client, or sign in with SRP (--flow srp).
InvalidParameterException | USER_SRP_AUTH flow not enabled for this client | sign-in | flow-not-enabled | --flow password
InvalidParameterException | REFRESH_TOKEN_AUTH flow not enabled for this client | refresh | flow-not-enabled | REFRESH_TOKEN_AUTH
ResourceNotFoundException | User pool client abc does not exist. | sign-in | resource-not-found | the user pool id or app client id is wrong, or the pool is in another region
TooManyRequestsException | Rate exceeded | sign-in | too-many-requests | after 3 attempts
`;

const CASES = TABLE.trim()
  .split('\n')
  .map((line) => line.split(' | ') as [string, string, Operation, string, string]);

describe('toAuthError: Cognito exceptions', () => {
  it.each(CASES)('%s "%s" during %s → %s', (name, message, operation, code, words) => {
    const Type = TYPES[name];
    if (!Type) throw new Error(`no exception class ${name}`);
    const error = toAuthError(new Type({ message, ...meta(400) }), ctx(operation));
    expect(error.code).toBe(code);
    expect(error.message).toContain(words);
    expect(error.cause).toBeInstanceOf(Type);
  });

  it('reports a 5xx (after the retries) as server', () => {
    const error = toAuthError(
      new CognitoIdentityProviderServiceException({
        name: 'InternalErrorException',
        $fault: 'server',
        message: 'Internal',
        ...meta(500),
      }),
      ctx('sign-in'),
    );
    expect(error.code).toBe('server');
    expect(error.message).toContain('after 3 attempts');
  });

  it('quotes an unknown error by name and message when the message holds no secret', () => {
    const error = toAuthError(
      new CognitoIdentityProviderServiceException({
        name: 'WeirdException',
        $fault: 'client',
        message: 'Something odd.',
        ...meta(400),
      }),
      ctx('sign-in'),
    );
    expect(error.code).toBe('unknown');
    expect(error.message).toBe('Cognito refused the request (WeirdException): Something odd.');
  });

  it.each([
    `Value ${PASSWORD} failed`,
    `secret ${CLIENT_SECRET} rejected`,
    'token eyJraWQiOiJ4In0.eyJzdWIiOiJ4In0.sig is bad',
    `session ${'A'.repeat(64)} is bad`,
  ])('never quotes a message holding a secret: %s', (message) => {
    const error = toAuthError(
      new CognitoIdentityProviderServiceException({
        name: 'WeirdException',
        $fault: 'client',
        message,
        ...meta(400),
      }),
      ctx('sign-in'),
    );
    expect(error.message).toBe('Cognito refused the request (WeirdException).');
    const policy = toAuthError(
      new InvalidPasswordException({ message, ...meta(400) }),
      ctx('challenge'),
    );
    for (const secret of [PASSWORD, CLIENT_SECRET, 'eyJ', 'AAAAAAAAAA']) {
      expect(policy.message).not.toContain(secret);
    }
  });
});

describe('toAuthError: transport failures', () => {
  const sys = (code: string, name = 'Error') =>
    Object.assign(new Error(`connect ${code}`), { code, name });

  it.each([
    ['ECONNREFUSED', 'connection refused'],
    ['ENOTFOUND', 'host not found'],
    ['ECONNRESET', 'connection reset'],
  ])('%s → network naming the endpoint host', (code, words) => {
    const error = toAuthError(
      sys(code, code === 'ECONNRESET' ? 'TimeoutError' : 'Error'),
      ctx('sign-in'),
    );
    expect(error.code).toBe('network');
    expect(error.kind).toBe('network');
    expect(error.message).toContain('127.0.0.1:9229');
    expect(error.message).toContain(words);
  });

  it('a request timeout → timeout with the limit in seconds', () => {
    const error = toAuthError(
      Object.assign(new Error('timed out'), { name: 'TimeoutError' }),
      ctx('refresh', { timeoutMs: 2500 }),
    );
    expect(error.code).toBe('timeout');
    expect(error.message).toContain('2.5 s');
  });
});

describe('safeMessage', () => {
  it('drops a trailing period and keeps an ordinary message', () => {
    expect(safeMessage('User does not exist.', [])).toBe('User does not exist');
  });

  it('refuses non-strings, empty and very long messages', () => {
    expect(safeMessage(42, [])).toBeUndefined();
    expect(safeMessage('  ', [])).toBeUndefined();
    expect(safeMessage('x '.repeat(200), [])).toBeUndefined();
  });

  it('refuses a message containing a short secret as a word', () => {
    expect(safeMessage('bad value abc here', ['abc'])).toBeUndefined();
    expect(safeMessage('abcdef is fine', ['abc'])).toBe('abcdef is fine');
  });
});
