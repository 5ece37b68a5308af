// What the OAuth error mapper knows about a failed call. Its own file so that the mapper and the
// table of OAuth error names both depend on it instead of on each other.

/** Which call failed: some errors read differently per call. */
export type OAuthOperation =
  'authorize' | 'code-exchange' | 'client-credentials' | 'refresh' | 'revoke';

/** What the mapper knows about the failed call. */
export interface OAuthErrorContext {
  operation: OAuthOperation;
  /** host[:port] of the domain. */
  host: string;
  timeoutMs: number;
  /** The scopes asked for, to name in an invalid_scope sentence. */
  scopes: readonly string[];
  /** True when the profile has a client secret. */
  hasSecret: boolean;
  /** The redirect URI, to name in a redirect_mismatch sentence. */
  redirectUri?: string;
  /** Values never to quote: the secret, the code, the verifier, tokens. */
  secrets: readonly (string | undefined)[];
}
