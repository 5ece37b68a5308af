// Cognito's named exceptions, each turned into a code and a sentence that says what to do next.
// NotAuthorizedException covers many causes, so its message decides.
import { AuthError } from '../../shared/errors';
import type { ErrorContext, FlowName } from './error-context';
import { safeMessage } from './safe-message';

const WRONG_CREDENTIALS = 'Incorrect username or password.';
const SESSION_EXPIRED =
  'The sign-in took too long and its session expired: start the sign-in again.';

type Mapped = [AuthError['code'], string];

const ROTATING_CLIENT =
  'This app client rotates refresh tokens, so REFRESH_TOKEN_AUTH is refused: turn refresh-token rotation on for this profile.';

const FLOW_ADVICE: Record<FlowName, string> = {
  USER_PASSWORD_AUTH:
    'This app client does not allow USER_PASSWORD_AUTH: enable it on the app client, or sign in with SRP (--flow srp).',
  USER_SRP_AUTH:
    'This app client does not allow USER_SRP_AUTH: enable it on the app client, or sign in with a plain password (--flow password).',
  USER_AUTH:
    'This app client does not allow choice-based sign-in (USER_AUTH): enable it on the app client (the pool needs the Essentials plan or above), or sign in with SRP (--flow srp).',
  REFRESH_TOKEN_AUTH:
    'This app client does not allow REFRESH_TOKEN_AUTH: enable it on the app client (or, if the client rotates refresh tokens, turn rotation on for this profile), or sign in again.',
  GetTokensFromRefreshToken:
    'This app client does not rotate refresh tokens: turn refresh-token rotation off for this profile, or enable rotation on the app client.',
};

function flowFrom(message: string, ctx: ErrorContext): FlowName | undefined {
  if (/rotation/i.test(message)) return 'GetTokensFromRefreshToken';
  const named = /\b(USER_SRP_AUTH|USER_PASSWORD_AUTH|USER_AUTH|REFRESH_TOKEN_AUTH)\b/.exec(
    message,
  )?.[1];
  return (named as FlowName | undefined) ?? ctx.flow;
}

function notAuthorized(message: string, ctx: ErrorContext): Mapped | undefined {
  if (/not configured with (a )?secret|does not have a secret/i.test(message)) {
    return [
      'secret-hash',
      'This app client has no client secret: remove the client secret from the profile.',
    ];
  }
  if (/(SECRET_HASH|ClientSecret) was not received|is configured with (a )?secret/i.test(message)) {
    return [
      'client-secret-required',
      'The app client has a client secret and none was given: add the client secret to the profile.',
    ];
  }
  if (/secret hash|verify (the )?client secret/i.test(message)) {
    return [
      'secret-hash',
      'The app client requires a client secret, and the one given is missing or wrong: check the client secret.',
    ];
  }
  if (/user is disabled/i.test(message)) {
    return [
      'user-disabled',
      'This user is disabled: ask an administrator of the user pool to enable it.',
    ];
  }
  if (/invalid session|session is expired|session.*expired/i.test(message)) {
    return ['session-expired', SESSION_EXPIRED];
  }
  if (/rotation is enabled/i.test(message)) return ['flow-not-enabled', ROTATING_CLIENT];
  if (/access token/i.test(message)) {
    return ['session-expired', 'The access token has expired or was revoked: sign in again.'];
  }
  // At refresh or revocation, any other refusal means the refresh token is no good
  // (cognito-local: "User not authorized.").
  if (/refresh token/i.test(message) || ['refresh', 'sign-out'].includes(ctx.operation)) {
    return [
      'refresh-token-invalid',
      'The refresh token is no longer valid (expired or revoked): sign in again.',
    ];
  }
  if (/password attempts exceeded/i.test(message)) {
    return [
      'limit-exceeded',
      'Too many wrong passwords for this user: wait a while before trying again.',
    ];
  }
  if (/temporary password has expired/i.test(message)) {
    return [
      'wrong-credentials',
      'The temporary password has expired: ask an administrator of the user pool for a new one.',
    ];
  }
  if (/incorrect username or password/i.test(message) || ctx.operation === 'sign-in') {
    return [
      'wrong-credentials',
      ctx.operation === 'change-password' ? 'The current password is wrong.' : WRONG_CREDENTIALS,
    ];
  }
  return undefined;
}

function invalidPassword(message: string, ctx: ErrorContext): Mapped {
  // cognito-local answers a wrong sign-in password with InvalidPasswordException.
  if (ctx.operation === 'sign-in') return ['wrong-credentials', WRONG_CREDENTIALS];
  const policy = /conform to policy:?\s*(.*)$/is.exec(message)?.[1] ?? message;
  if (
    ctx.operation === 'change-password' &&
    !/policy|long|character|uppercase|lowercase|numeric|symbol/i.test(message)
  ) {
    return ['wrong-credentials', 'The current password is wrong.'];
  }
  const quoted = safeMessage(policy, ctx.secrets);
  return [
    'invalid-password',
    quoted === undefined
      ? "The new password does not meet the user pool's password policy: choose a longer, more varied password."
      : `The new password does not meet the user pool's password policy: ${quoted}.`,
  ];
}

function byName(name: string, message: string, ctx: ErrorContext): Mapped | undefined {
  switch (name) {
    case 'NotAuthorizedException':
      return notAuthorized(message, ctx);
    case 'UserNotFoundException':
      return [
        'user-not-found',
        'No user with this username exists in the user pool: check the username.',
      ];
    case 'PasswordResetRequiredException':
      return [
        'password-reset-required',
        "This user's password must be reset: use forgot password to get a code and choose a new password.",
      ];
    case 'UserNotConfirmedException':
      return [
        'user-not-confirmed',
        'This user has not confirmed the account yet: confirm it with the code Cognito sent, or ask an administrator to confirm it.',
      ];
    case 'InvalidPasswordException':
      return invalidPassword(message, ctx);
    case 'CodeMismatchException':
      return ['code-mismatch', 'The code is wrong: check it and enter it again.'];
    case 'EnableSoftwareTokenMFAException':
      return [
        'code-mismatch',
        'The authenticator code is wrong: enter the current code from the app.',
      ];
    case 'ExpiredCodeException':
      if (/already been used/i.test(message)) {
        return [
          'expired-code',
          'This authenticator code was already used: wait for the app to show the next code and enter that.',
        ];
      }
      return [
        'expired-code',
        ctx.operation === 'confirm-forgot-password'
          ? 'The code has expired: request a new one with forgot password.'
          : 'The code has expired: start again to get a new one.',
      ];
    case 'LimitExceededException':
    case 'TooManyFailedAttemptsException':
      return [
        'limit-exceeded',
        'Cognito has limited attempts for this user: wait a while before trying again.',
      ];
    case 'ResourceNotFoundException':
      if (/device/i.test(message)) {
        return [
          'resource-not-found',
          'Cognito no longer knows this computer as a device of the user: sign in again to register it anew.',
        ];
      }
      return [
        'resource-not-found',
        'Cognito does not know this user pool or app client: the user pool id or app client id is wrong, or the pool is in another region.',
      ];
    case 'MFAMethodNotFoundException':
    case 'SoftwareTokenMFANotFoundException':
      return [
        'mfa-not-supported',
        'The MFA method Cognito asked for is not set up for this user: ask an administrator.',
      ];
    case 'InvalidParameterException': {
      if (!/not enabled|rotation/i.test(message)) return undefined;
      const flow = flowFrom(message, ctx);
      return flow ? ['flow-not-enabled', FLOW_ADVICE[flow]] : undefined;
    }
    default:
      return undefined;
  }
}

/** The AuthError for a named Cognito exception, or undefined to let the caller fall back. */
export function serviceError(
  name: string,
  message: string | undefined,
  ctx: ErrorContext,
  cause: unknown,
): AuthError | undefined {
  const mapped = byName(name, message ?? '', ctx);
  return mapped ? new AuthError(mapped[0], mapped[1], { cause }) : undefined;
}
