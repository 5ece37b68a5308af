// What a profile's kind of sign-in means for its session: M2M profiles hold no refresh token and
// fetch a new access token with the app client's own credentials, with no one signing in.
import type { TokenSet } from '../../shared/auth';
import type { Profile } from '../../shared/profile';

/** True when the profile gets new tokens without a refresh token (app client credentials). */
export function renewsWithoutRefreshToken(profile: Profile): boolean {
  return profile.signIn === 'client-credentials';
}

/** True when the profile can get new tokens from what the keychain holds. */
export function canRenew(profile: Profile, tokens: TokenSet | null): boolean {
  return renewsWithoutRefreshToken(profile) || Boolean(tokens?.refreshToken);
}

/** Stands in for the tokens of a session that has none yet (an M2M profile's first fetch). */
export function noTokensYet(): TokenSet {
  return { accessToken: '', expiresAt: 0, username: '' };
}
