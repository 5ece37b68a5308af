// Which refresh failures end a session, which are worth retrying, and the not-signed-in error.
import type { Profile } from '../../shared/profile';
import { AuthError, isAuthError } from '../../shared/errors';

/** Refresh failures after which the refresh token is dead and the user must sign in again. */
export const ENDS_SESSION = new Set([
  'refresh-token-invalid',
  'wrong-credentials',
  'user-not-found',
  'user-disabled',
  'password-reset-required',
  'session-expired',
]);

/** Failures worth retrying later: the network, the service, or being told to slow down. */
export function isTransient(error: unknown): boolean {
  if (!isAuthError(error)) return false;
  return error.kind === 'network' || ['too-many-requests', 'limit-exceeded'].includes(error.code);
}

/** The error for a profile without a session. */
export function notSignedIn(profile: Profile): AuthError {
  return new AuthError(
    'not-signed-in',
    `Profile "${profile.name}" is not signed in: sign in first (cognito-tokens login ${profile.name}).`,
  );
}
