// Decodes Cognito's JWTs for display and expiry only. Signatures are not checked here: the tokens
// come straight from Cognito over TLS, and the APIs that accept them do the checking.
import type { AuthenticationResultType } from '@aws-sdk/client-cognito-identity-provider';
import type { TokenClaims, TokenSet } from '../../shared/auth';
import { AuthError } from '../../shared/errors';

function badToken(what: string): AuthError {
  return new AuthError(
    'unexpected-response',
    `Cognito returned ${what}: try again, or check the endpoint.`,
  );
}

function decodeSegment(token: string, index: 0 | 1, label: string): Record<string, unknown> {
  const parts = token.split('.');
  const segment = parts[index];
  const name = index === 0 ? 'header' : 'payload';
  if (parts.length !== 3 || !segment || !/^[\w-]+$/.test(segment)) {
    throw badToken(`${label} that is not a JWT`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
  } catch {
    throw badToken(`${label} whose ${name} is not JSON`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw badToken(`${label} whose ${name} is not a JSON object`);
  }
  return parsed as Record<string, unknown>;
}

/** The payload of a JWT as an unknown-valued record; throws AuthError('unexpected-response') if not a JWT. */
export function decodeJwtPayload(token: string, label = 'a token'): Record<string, unknown> {
  return decodeSegment(token, 1, label);
}

/** The header of a JWT (alg, kid, typ); throws like decodeJwtPayload. */
export function decodeJwtHeader(token: string, label = 'a token'): Record<string, unknown> {
  return decodeSegment(token, 0, label);
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function num(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** Decoded, non-secret claims of an id or access token, for display. */
export function decodeTokenClaims(token: string): TokenClaims {
  const claims = decodeJwtPayload(token);
  const use = claims.token_use;
  const groups = Array.isArray(claims['cognito:groups'])
    ? claims['cognito:groups'].filter((group): group is string => typeof group === 'string')
    : [];
  const result: TokenClaims = { groups };
  if (use === 'id' || use === 'access') result.tokenUse = use;
  const username = str(claims['cognito:username']) ?? str(claims.username);
  if (username !== undefined) result.username = username;
  const email = str(claims.email);
  if (email !== undefined) result.email = email;
  const scope = str(claims.scope);
  if (scope !== undefined) result.scope = scope;
  const issuedAt = num(claims.iat);
  if (issuedAt !== undefined) result.issuedAt = issuedAt;
  const expiresAt = num(claims.exp);
  if (expiresAt !== undefined) result.expiresAt = expiresAt;
  const clientId = str(claims.client_id) ?? str(claims.aud);
  if (clientId !== undefined) result.clientId = clientId;
  const sub = str(claims.sub);
  if (sub !== undefined) result.sub = sub;
  return result;
}

function expiryOf(claims: Record<string, unknown>, label: string): number {
  const exp = num(claims.exp);
  if (exp === undefined) throw badToken(`${label} without an expiry (exp)`);
  return exp;
}

/**
 * Builds a TokenSet from an AuthenticationResult, checking it first.
 * The refresh token is kept only when Cognito sent one (sign-in, or a rotating refresh).
 */
export function tokenSetFrom(result: AuthenticationResultType | undefined): TokenSet {
  const idToken = result?.IdToken;
  const accessToken = result?.AccessToken;
  if (!idToken || !accessToken) throw badToken('an answer without an id token and an access token');
  const idClaims = decodeJwtPayload(idToken, 'an id token');
  const accessClaims = decodeJwtPayload(accessToken, 'an access token');
  const expiresAt =
    Math.min(expiryOf(idClaims, 'an id token'), expiryOf(accessClaims, 'an access token')) * 1000;
  const username = str(idClaims['cognito:username']) ?? str(accessClaims.username);
  if (!username) throw badToken('tokens that do not name the user (cognito:username)');
  const tokens: TokenSet = { idToken, accessToken, expiresAt, username };
  // The lifetime caps the refresh window: a window longer than the lifetime refreshes forever.
  const issued = [num(idClaims.iat), num(accessClaims.iat)].filter((t) => t !== undefined);
  if (issued.length > 0) tokens.issuedAt = Math.max(...issued) * 1000;
  if (result.RefreshToken) tokens.refreshToken = result.RefreshToken;
  return tokens;
}

/**
 * A TokenSet of an access token alone (app client credentials, M2M): the app client stands where
 * the user would, so `username` is its client_id.
 */
export function accessOnlyTokenSet(accessToken: string, refreshToken?: string): TokenSet {
  const claims = decodeJwtPayload(accessToken, 'an access token');
  const username = str(claims.username) ?? str(claims.client_id);
  if (!username) throw badToken('an access token that names neither a user nor an app client');
  const tokens: TokenSet = {
    accessToken,
    expiresAt: expiryOf(claims, 'an access token') * 1000,
    username,
  };
  const issuedAt = num(claims.iat);
  if (issuedAt !== undefined) tokens.issuedAt = issuedAt * 1000;
  if (refreshToken) tokens.refreshToken = refreshToken;
  return tokens;
}

/** A TokenSet rebuilt from cached JWTs, or null when they are not usable Cognito tokens. */
export function tokenSetFromJwts(input: {
  idToken?: string | undefined;
  accessToken: string;
  refreshToken?: string | undefined;
}): TokenSet | null {
  try {
    if (!input.idToken) return accessOnlyTokenSet(input.accessToken, input.refreshToken);
    return tokenSetFrom({
      IdToken: input.idToken,
      AccessToken: input.accessToken,
      RefreshToken: input.refreshToken,
    });
  } catch {
    return null;
  }
}
