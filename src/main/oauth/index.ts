// OAuth 2.0 with Cognito's managed login and token endpoint: browser sign-in (code + PKCE over a
// loopback redirect), client credentials (M2M), refresh, revocation and the sign-out URL.
export {
  DEFAULT_TIMEOUT_MS,
  oauthEndpoints,
  type OAuthClientConfig,
  type OAuthEndpoints,
} from './client-config';
export {
  type BrowserSignIn,
  type BrowserSignInOptions,
  DEFAULT_WAIT_MS,
  browserSignIn,
  startBrowserSignIn,
} from './browser-sign-in';
export { clientCredentials, refreshWithRefreshToken, revokeRefreshToken } from './token-grants';
export { authorizeUrl, logoutUrl } from './managed-login-urls';
export { type OAuthErrorContext, type OAuthOperation, describeOAuthError } from './oauth-errors';
export {
  type BrowserSignOutOptions,
  type BrowserSignOutOutcome,
  DEFAULT_SIGN_OUT_WAIT_MS,
  browserSignOut,
} from './browser-sign-out';
