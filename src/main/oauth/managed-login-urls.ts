// The two browser addresses of Cognito's managed login: the authorize URL (RFC 6749 §4.1.1 with
// PKCE, RFC 7636, and OpenID Connect's nonce) and Cognito's own /logout.
import type { OAuthClientConfig } from './client-config';

/** What one sign-in attempt adds to the authorize URL. */
export interface AuthorizeParams {
  state: string;
  nonce: string;
  /** BASE64URL(SHA-256(verifier)), RFC 7636 §4.2. */
  codeChallenge: string;
}

/** `${domain}/oauth2/authorize?...` for one sign-in attempt (S256 challenge). */
export function authorizeUrl(config: OAuthClientConfig, params: AuthorizeParams): string {
  const url = new URL('/oauth2/authorize', new URL(config.domain).origin);
  url.searchParams.set('response_type', 'code');
  url.searchParams.set('client_id', config.clientId);
  url.searchParams.set('redirect_uri', config.redirectUri);
  if (config.scopes.length > 0) url.searchParams.set('scope', config.scopes.join(' '));
  url.searchParams.set('state', params.state);
  url.searchParams.set('nonce', params.nonce);
  url.searchParams.set('code_challenge', params.codeChallenge);
  url.searchParams.set('code_challenge_method', 'S256');
  if (config.identityProvider) url.searchParams.set('identity_provider', config.identityProvider);
  return url.href;
}

/**
 * Cognito's sign-out page, `${domain}/logout?client_id=…&logout_uri=…`: it ends the managed-login
 * session cookie, then sends the browser to logout_uri (one of the app client's sign-out URLs).
 */
export function logoutUrl(config: OAuthClientConfig, options: { logoutUri?: string } = {}): string {
  const url = new URL('/logout', new URL(config.domain).origin);
  url.searchParams.set('client_id', config.clientId);
  if (options.logoutUri) url.searchParams.set('logout_uri', options.logoutUri);
  return url.href;
}
