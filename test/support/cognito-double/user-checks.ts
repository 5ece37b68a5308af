// Refusals tied to the user's state, in the order Cognito applies them around the password check.
import { statusOf } from './directory';
import { CognitoError, userDisabled } from './errors';
import type { DoubleUser } from './types';

/** Refusals that come before the password is looked at: disabled, reset required. */
export function checkCanSignIn(user: DoubleUser): void {
  if (user.enabled === false) throw userDisabled();
  if (statusOf(user) === 'RESET_REQUIRED') {
    throw new CognitoError(
      'PasswordResetRequiredException',
      'Password reset required for the user',
    );
  }
}

/** The refusal for a proven password of an unconfirmed user (Cognito only tells after the password). */
export function checkConfirmed(user: DoubleUser): void {
  if (statusOf(user) === 'UNCONFIRMED')
    throw new CognitoError('UserNotConfirmedException', 'User is not confirmed.');
}
