import type { TokenSet } from '../../shared/auth';

/**
 * How long before expiry tokens count as due for refresh: the profile's setting, capped at half
 * the tokens' lifetime. Without the cap, a 5-minute window on 5-minute tokens (Cognito's
 * shortest) would refresh on every use and the background timer would never rest.
 */
export function refreshWindowMs(
  refreshAheadSeconds: number,
  tokens: Pick<TokenSet, 'expiresAt' | 'issuedAt'>,
): number {
  const ahead = refreshAheadSeconds * 1000;
  const lifetime = tokens.issuedAt === undefined ? 0 : tokens.expiresAt - tokens.issuedAt;
  return lifetime > 0 ? Math.min(ahead, lifetime / 2) : ahead;
}

/** True while tokens are outside their refresh window. */
export function isFresh(
  refreshAheadSeconds: number,
  tokens: Pick<TokenSet, 'expiresAt' | 'issuedAt'>,
  now: number,
): boolean {
  return tokens.expiresAt - now > refreshWindowMs(refreshAheadSeconds, tokens);
}
