// Checks an ID token's signature against the pool's JWKS. oauth4webapi already checked its claims
// (iss, aud, exp, iat, nonce) while processing the response; the signature is checked as well
// because the domain may be a custom one in front of Cognito, and it costs one cached JWKS fetch.
import * as oauth from 'oauth4webapi';
import type { OAuthEndpoints } from './client-config';

// One cache per JWKS URL for the life of the process: Cognito rotates pool keys rarely, and
// oauth4webapi fetches again when a token names a key the cache does not hold.
const caches = new Map<string, oauth.JWKSCacheInput>();

function cacheFor(jwksUri: string): oauth.JWKSCacheInput {
  let cache = caches.get(jwksUri);
  if (!cache) {
    cache = {};
    caches.set(jwksUri, cache);
  }
  return cache;
}

/** Rejects unless the processed response's ID token is signed by a key of the pool's JWKS. */
export async function checkIdTokenSignature(
  endpoints: OAuthEndpoints,
  response: Response,
  signal?: AbortSignal,
): Promise<void> {
  await oauth.validateApplicationLevelSignature(endpoints.as, response, {
    ...endpoints.requestOptions(signal),
    [oauth.jwksCache]: cacheFor(endpoints.as.jwks_uri ?? ''),
  });
}
