// A session reduced to its refresh token: what the keychain holds when the ID and access tokens
// are missing, and what the lock wipe leaves in memory. Such tokens carry no expiry (0), so the
// next use refreshes them.
import type { TokenSet } from '../../shared/auth';

/** The keychain items the lock wipe removes; the refresh token stays. */
export const SHORT_LIVED_KINDS = ['id-token', 'access-token'] as const;

/** A refresh token without usable id/access tokens: already expired, so the next use refreshes. */
export function refreshOnly(refreshToken: string, username = ''): TokenSet {
  return { accessToken: '', refreshToken, expiresAt: 0, username };
}

/** The same session without its ID and access tokens (the username is kept for SECRET_HASH). */
export function withoutShortLived(tokens: TokenSet): TokenSet {
  const { refreshToken, username } = tokens;
  return { accessToken: '', refreshToken, expiresAt: 0, username };
}

/** True when the tokens hold no ID or access token (wiped, or only the refresh token was found). */
export function isRefreshOnly(tokens: TokenSet): boolean {
  return tokens.accessToken === '';
}

/** What wiping one profile's ID and access tokens did. */
export interface ShortLivedWipe {
  /** True when there were some to drop, in memory or in the keychain. */
  held: boolean;
  /** Set when the keychain kept them (a locked keyring); memory no longer holds them. */
  keptInKeychain?: {
    error: unknown;
    /** True when their removal is retried, with backoff, until the keychain lets go. */
    retrying: boolean;
  };
}
