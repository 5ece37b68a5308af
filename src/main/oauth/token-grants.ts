// The token endpoint's other grants and the revocation endpoint: client credentials (RFC 6749
// §4.4, machine to machine), refresh (§6; Cognito does not rotate refresh tokens here) and
// revocation (RFC 7009). Client authentication is HTTP Basic when the profile has a secret.
import * as oauth from 'oauth4webapi';
import type { TokenSet } from '../../shared/auth';
import { type OAuthClientConfig, oauthEndpoints } from './client-config';
import { checkIdTokenSignature } from './id-token-signature';
import { type OAuthOperation, describeOAuthError } from './oauth-errors';
import { tokenSetFromResponse } from './token-set';

/** Runs one call, turning every failure into an AuthError that names none of `secrets`. */
async function mapped<T>(
  config: OAuthClientConfig,
  operation: OAuthOperation,
  secrets: (string | undefined)[],
  call: (endpoints: ReturnType<typeof oauthEndpoints>) => Promise<T>,
): Promise<T> {
  const endpoints = oauthEndpoints(config);
  try {
    return await call(endpoints);
  } catch (error) {
    throw describeOAuthError(error, {
      operation,
      host: endpoints.host,
      timeoutMs: endpoints.timeoutMs,
      scopes: config.scopes,
      hasSecret: Boolean(config.clientSecret),
      redirectUri: config.redirectUri,
      secrets: [config.clientSecret, ...secrets],
    });
  }
}

/** An M2M access token (grant_type=client_credentials); no ID token, no refresh token. */
export function clientCredentials(config: OAuthClientConfig): Promise<TokenSet> {
  return mapped(
    config,
    'client-credentials',
    [],
    async ({ as, client, clientAuth, requestOptions }) => {
      const parameters: Record<string, string> =
        config.scopes.length > 0 ? { scope: config.scopes.join(' ') } : {};
      const response = await oauth.clientCredentialsGrantRequest(
        as,
        client,
        clientAuth,
        parameters,
        requestOptions(),
      );
      const result = await oauth.processClientCredentialsResponse(as, client, response);
      return tokenSetFromResponse(result, 'client');
    },
  );
}

/**
 * New tokens for a refresh token (grant_type=refresh_token). The result has no refreshToken
 * unless the server sent a new one: keep the old one. invalid_grant → 'refresh-token-invalid'.
 */
export function refreshWithRefreshToken(
  config: OAuthClientConfig,
  refreshToken: string,
): Promise<TokenSet> {
  return mapped(config, 'refresh', [refreshToken], async (endpoints) => {
    const { as, client, clientAuth, requestOptions } = endpoints;
    const response = await oauth.refreshTokenGrantRequest(
      as,
      client,
      clientAuth,
      refreshToken,
      requestOptions(),
    );
    const result = await oauth.processRefreshTokenResponse(as, client, response);
    if (result.id_token) await checkIdTokenSignature(endpoints, response);
    return tokenSetFromResponse(result, 'user');
  });
}

/** Revokes a refresh token and the tokens issued with it (POST /oauth2/revoke). */
export function revokeRefreshToken(config: OAuthClientConfig, refreshToken: string): Promise<void> {
  return mapped(
    config,
    'revoke',
    [refreshToken],
    async ({ as, client, clientAuth, requestOptions }) => {
      const response = await oauth.revocationRequest(
        as,
        client,
        clientAuth,
        refreshToken,
        requestOptions(),
      );
      await oauth.processRevocationResponse(response);
    },
  );
}
