// What the error mapper knows about a failed call. Its own file so that errors.ts and
// service-errors.ts both depend on it instead of on each other.

/** Which engine operation failed; some errors read differently per operation. */
export type Operation =
  | 'sign-in'
  | 'challenge'
  | 'mfa-setup'
  | 'refresh'
  | 'forgot-password'
  | 'confirm-forgot-password'
  | 'change-password'
  | 'get-user'
  | 'sign-out'
  | 'device'
  // Cognito Identity (an identity pool's GetId and GetCredentialsForIdentity).
  | 'identity';

/** The auth flow or refresh API in use, for "flow not enabled" sentences. */
export type FlowName =
  | 'USER_SRP_AUTH'
  | 'USER_PASSWORD_AUTH'
  | 'USER_AUTH'
  | 'REFRESH_TOKEN_AUTH'
  | 'GetTokensFromRefreshToken';

/** What the mapper knows about the failed call. */
export interface ErrorContext {
  operation: Operation;
  /** host[:port] the request went to. */
  endpointHost: string;
  timeoutMs: number;
  maxAttempts: number;
  /** Values that must never be quoted: passwords, tokens, codes, the client secret. */
  secrets: readonly (string | undefined)[];
  flow?: FlowName;
  /** False when a 5xx was not retried because the call may have spent a code (default true). */
  serverErrorsRetried?: boolean;
}
