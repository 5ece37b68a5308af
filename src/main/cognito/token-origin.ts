// Tokens must come from the pool and app client the profile names. Cognito routes InitiateAuth by
// client id alone, so with USER_PASSWORD_AUTH a wrong pool id signs in and the profile then names
// a pool the tokens do not come from; the tokens' iss and aud/client_id tell.
import type { TokenSet } from '../../shared/auth';
import { AuthError } from '../../shared/errors';
import { decodeJwtPayload } from './jwt';

/** What the tokens are checked against. */
export interface TokenOrigin {
  userPoolId: string;
  clientId: string;
}

// Emulators name pools local_<id> and profiles may use a region-shaped alias (us-east-1_<id>):
// the part after the underscore is what identifies the pool.
const poolKey = (poolId: string): string => poolId.slice(poolId.indexOf('_') + 1);

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** Returns the tokens when they come from `origin`; else an AuthError saying what to fix. */
export function checkTokenOrigin(tokens: TokenSet, origin: TokenOrigin): TokenSet {
  const idClaims = tokens.idToken ? decodeJwtPayload(tokens.idToken, 'an id token') : {};
  const accessClaims = decodeJwtPayload(tokens.accessToken, 'an access token');
  for (const claims of [idClaims, accessClaims]) {
    const issuer = text(claims.iss);
    const issuerPool = issuer?.split('/').pop();
    if (issuerPool !== undefined && poolKey(issuerPool) !== poolKey(origin.userPoolId)) {
      throw new AuthError(
        'invalid-input',
        `Cognito's tokens are from user pool ${issuerPool}, not from user pool ${origin.userPoolId}: set the pool id of app client ${origin.clientId} in the profile.`,
      );
    }
  }
  const audience = text(idClaims.aud) ?? text(accessClaims.client_id);
  const accessClient = text(accessClaims.client_id);
  for (const issuedTo of [audience, accessClient]) {
    if (issuedTo !== undefined && issuedTo !== origin.clientId) {
      throw new AuthError(
        'invalid-input',
        `Cognito's tokens were issued to app client ${issuedTo}, not to ${origin.clientId}: check the client id in the profile.`,
      );
    }
  }
  return tokens;
}
