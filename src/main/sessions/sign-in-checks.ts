// What a sign-in needs before anything is sent, each refusal worded as one sentence with the fix.
import type { Profile } from '../../shared/profile';
import { AuthError } from '../../shared/errors';

/** The username of a password profile; other kinds, or none set, are refused with the way on. */
export function passwordUser(profile: Profile): string {
  if (profile.signIn === 'browser') {
    throw new AuthError(
      'invalid-input',
      `Profile "${profile.name}" signs in with the browser: use "Sign in with the browser" in the app, or cognito-tokens login ${profile.name}.`,
    );
  }
  if (!profile.username) {
    throw new AuthError(
      'invalid-input',
      `Profile "${profile.name}" has no username: set one (cognito-tokens profiles edit ${profile.name} --username NAME).`,
    );
  }
  return profile.username;
}

/**
 * Refuses a sign-in without a password, except in the choice flow, which may sign in with a
 * one-time code (the engine asks for a password once one is chosen, unless preferred up front).
 */
export function checkPasswordGiven(
  profile: Profile,
  username: string,
  secret: string | null | undefined,
): void {
  const choice = profile.authFlow === 'choice';
  const wantsPassword = profile.preferredChallenge?.startsWith('PASSWORD') === true;
  if (!secret && (!choice || wantsPassword)) {
    throw new AuthError('invalid-input', `Enter the password for ${username}.`);
  }
}

/** The sentence for a remembered password Cognito refused (it is forgotten by the caller). */
export function rememberedPasswordRefused(cause: unknown): AuthError {
  return new AuthError(
    'wrong-credentials',
    'The remembered password was refused, so it is forgotten now: sign in again with the current password.',
    { cause },
  );
}

/** The sentence for a browser sign-in asked of a profile of another kind. */
export function notBrowser(profile: Profile): AuthError {
  const way = profile.signIn === 'client-credentials' ? 'app client credentials' : 'password';
  return new AuthError(
    'invalid-input',
    `Profile "${profile.name}" does not sign in with the browser: sign in with its ${way}.`,
  );
}
