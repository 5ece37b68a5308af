// A TokenSet from an OAuth token response. Claims are read with the engine's decoder; the ID
// token's signature and claims were already checked by the caller (oauth4webapi), access tokens
// are only read for their expiry and who they name.
import type { TokenEndpointResponse } from 'oauth4webapi';
import type { TokenSet } from '../../shared/auth';
import { decodeJwtPayload } from '../cognito/jwt';
import { unexpectedResponse } from '../../shared/errors';

const str = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined;
const num = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined;

/**
 * Builds a TokenSet from a processed token response. `who` says which claim names the holder:
 * the user (browser sign-in and refresh) or the app client (client credentials).
 */
export function tokenSetFromResponse(
  response: TokenEndpointResponse,
  who: 'user' | 'client',
  now = Date.now(),
): TokenSet {
  const accessClaims = decodeJwtPayload(response.access_token, 'an access token');
  const idToken = who === 'user' ? str(response.id_token) : undefined;
  const idClaims = idToken ? decodeJwtPayload(idToken, 'an ID token') : {};
  const expiries = [num(accessClaims.exp), num(idClaims.exp)].filter((t) => t !== undefined);
  const expiresAt =
    expiries.length > 0
      ? Math.min(...expiries) * 1000
      : response.expires_in !== undefined
        ? now + response.expires_in * 1000
        : undefined;
  if (expiresAt === undefined) {
    throw unexpectedResponse(
      'Cognito returned tokens without an expiry: try again, or check the domain.',
    );
  }
  const username =
    who === 'client'
      ? str(accessClaims.client_id)
      : (str(idClaims['cognito:username']) ??
        str(idClaims.username) ??
        str(accessClaims.username) ??
        str(idClaims.sub) ??
        str(accessClaims.sub));
  if (username === undefined) {
    throw unexpectedResponse(
      `Cognito returned tokens that do not name the ${who === 'client' ? 'app client (client_id)' : 'user'}: check the domain.`,
    );
  }
  const issued = [num(accessClaims.iat), num(idClaims.iat)].filter((t) => t !== undefined);
  return {
    ...(idToken ? { idToken } : {}),
    accessToken: response.access_token,
    ...(str(response.refresh_token) ? { refreshToken: response.refresh_token } : {}),
    expiresAt,
    ...(issued.length > 0 ? { issuedAt: Math.max(...issued) * 1000 } : {}),
    username,
  };
}
