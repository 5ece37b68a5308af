// Revoking the refresh token of a profile whose tokens are about to be dropped (it is removed,
// or an edit gives it another identity): at the host and with the client the profile had, so
// the token does not stay usable at Cognito after it is gone from here.
import type { Profile } from '../../shared/profile';
import { AuthError, isAuthError } from '../../shared/errors';
import type { CognitoEngine } from '../cognito/types';
import type { AppLog } from '../log/file-log';
import type { HeldTokens } from './profile-secrets';

/** Revokes `held.refreshToken` through `profile`'s engine; undefined when done or nothing held. */
export async function revokeHeld(
  engines: { engineFor(profile: Profile): Promise<CognitoEngine>; drop(profileId: string): void },
  log: Pick<AppLog, 'warn'>,
  profile: Profile,
  held: HeldTokens,
): Promise<AuthError | undefined> {
  // An M2M profile has no refresh token, and Cognito cannot revoke its access tokens.
  if (!held.refreshToken) return undefined;
  try {
    const engine = await engines.engineFor(profile);
    await engine.signOut({
      refreshToken: held.refreshToken,
      ...(held.accessToken ? { accessToken: held.accessToken } : {}),
      global: false,
    });
    return undefined;
  } catch (error) {
    // A refresh token Cognito no longer takes is as revoked as it gets.
    if (isAuthError(error) && error.code === 'refresh-token-invalid') return undefined;
    log.warn(`The refresh token of profile ${profile.id} was not revoked at Cognito.`, error);
    return isAuthError(error)
      ? error
      : new AuthError('unknown', 'The revocation failed unexpectedly.', { cause: error });
  } finally {
    // Built for the profile as it was: the next use builds one for the profile as it is.
    engines.drop(profile.id);
  }
}
