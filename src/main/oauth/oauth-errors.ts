// Turns whatever an OAuth call throws (oauth4webapi's errors, fetch's network failures, the
// redirect's error= parameters) into one AuthError whose sentence says what to change. Nothing
// the server sent is quoted unless it is short and holds no secret; the original error is kept
// as `cause` only in a scrubbed copy, since oauth4webapi's own errors carry the callback's
// parameters (the code) and the token response.
import * as oauth from 'oauth4webapi';
import type { AuthErrorCode } from '../../shared/auth';
import { fieldOf } from '../../shared/records';
import { AuthError } from '../cognito/auth-error';
import { safeMessage } from '../cognito/safe-message';

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

const MAX_QUOTED = 120;

const GRANT_NAMES: Record<OAuthOperation, string> = {
  authorize: 'authorization code',
  'code-exchange': 'authorization code',
  'client-credentials': 'client credentials',
  refresh: 'refresh token',
  revoke: 'refresh token',
};

type Mapped = [AuthErrorCode, string];

function quoted(description: unknown, ctx: OAuthErrorContext): string {
  const text = safeMessage(description, ctx.secrets);
  if (text === undefined) return '';
  return text.length > MAX_QUOTED ? ` (${text.slice(0, MAX_QUOTED)}…)` : ` (${text})`;
}

function invalidClient(ctx: OAuthErrorContext): Mapped {
  return ctx.hasSecret
    ? [
        'secret-hash',
        "Cognito refused the app client (invalid_client): check the profile's client ID and client secret.",
      ]
    : [
        'client-secret-required',
        "Cognito refused the app client (invalid_client): check the profile's client ID, and add the client secret if the app client has one.",
      ];
}

function invalidGrant(ctx: OAuthErrorContext): Mapped {
  if (ctx.operation === 'refresh' || ctx.operation === 'revoke') {
    return [
      'refresh-token-invalid',
      'The refresh token is no longer valid (expired or revoked): sign in again.',
    ];
  }
  return [
    'session-expired',
    `Cognito refused the sign-in code (invalid_grant): start the sign-in again, and check that ${ctx.redirectUri ?? 'the redirect URI'} is one of the app client's callback URLs.`,
  ];
}

/** Cognito's OAuth error names (RFC 6749 §4.1.2.1, §5.2, RFC 7009 §2.2.1), each with advice. */
function byOAuthError(error: string, description: unknown, ctx: OAuthErrorContext): Mapped {
  const said = quoted(description, ctx);
  switch (error) {
    case 'invalid_client':
      return invalidClient(ctx);
    case 'invalid_grant':
      return invalidGrant(ctx);
    case 'unauthorized_client':
      return [
        'flow-not-enabled',
        `The app client does not allow the ${GRANT_NAMES[ctx.operation]} grant: enable it in the app client's OAuth settings in Cognito, or change the profile's kind.`,
      ];
    case 'unsupported_grant_type':
      return [
        'flow-not-enabled',
        `Cognito does not accept the ${GRANT_NAMES[ctx.operation]} grant for this app client: enable it in the app client's OAuth settings in Cognito.`,
      ];
    case 'invalid_scope':
      return [
        'invalid-input',
        `The app client does not allow the scopes "${ctx.scopes.join(' ')}": add them to the app client's allowed OAuth scopes in Cognito, or change the profile's scopes.`,
      ];
    case 'access_denied':
      return [
        'wrong-credentials',
        `The sign-in was refused in the browser (access_denied)${said}: sign in again, or ask the pool's administrator whether this user may use this app client.`,
      ];
    case 'redirect_mismatch':
      return [
        'invalid-input',
        `Cognito does not accept the redirect URI ${ctx.redirectUri ?? ''} for this app client: add it to the app client's allowed callback URLs, or change the profile's redirect URI.`,
      ];
    case 'unsupported_token_type':
      return [
        'invalid-input',
        'Cognito did not accept the token for revocation (unsupported_token_type): only refresh tokens can be revoked.',
      ];
    case 'invalid_request':
      return [
        'invalid-input',
        `Cognito refused the request as malformed (invalid_request)${said}: check the profile's domain, client ID, scopes and redirect URI.`,
      ];
    case 'server_error':
    case 'temporarily_unavailable':
      return ['server', `Cognito at ${ctx.host} had a problem (${error}): try again later.`];
    default:
      return [
        'unknown',
        `Cognito refused the request (${error.slice(0, 40)})${said}: check the app client's OAuth settings in Cognito.`,
      ];
  }
}

const NETWORK_REASONS: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'DNS lookup failed',
  ECONNRESET: 'connection reset',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  UND_ERR_SOCKET: 'connection closed',
};

function causes(error: unknown): unknown[] {
  const chain: unknown[] = [];
  for (let current = error; current !== undefined && chain.length < 5;) {
    chain.push(current);
    current = fieldOf(current, 'cause');
  }
  return chain;
}

function transport(error: unknown, ctx: OAuthErrorContext): Mapped | undefined {
  const chain = causes(error);
  if (chain.some((e) => fieldOf(e, 'name') === 'TimeoutError')) {
    const seconds = Math.round(ctx.timeoutMs / 100) / 10;
    return [
      'timeout',
      `Cognito at ${ctx.host} did not answer within ${seconds} s: check your network, or try again later.`,
    ];
  }
  for (const e of chain) {
    const code = fieldOf(e, 'code');
    const reason = typeof code === 'string' ? NETWORK_REASONS[code] : undefined;
    if (reason) {
      return [
        'network',
        `Cannot reach Cognito at ${ctx.host} (${reason}): check the profile's domain and your network connection.`,
      ];
    }
  }
  if (error instanceof TypeError && fieldOf(error, 'message') === 'fetch failed') {
    return [
      'network',
      `Cannot reach Cognito at ${ctx.host}: check the profile's domain and your network connection.`,
    ];
  }
  return undefined;
}

function byStatus(response: unknown, ctx: OAuthErrorContext): Mapped | undefined {
  const status = fieldOf(response, 'status');
  if (typeof status !== 'number') return undefined;
  if (status === 429) {
    return [
      'too-many-requests',
      `Cognito at ${ctx.host} is throttling requests: wait a minute and try again.`,
    ];
  }
  if (status >= 500) {
    return [
      'server',
      `Cognito at ${ctx.host} had a server error (HTTP ${status}): try again later.`,
    ];
  }
  return [
    'unexpected-response',
    `Cognito at ${ctx.host} answered HTTP ${status} without an OAuth error: check the profile's domain.`,
  ];
}

function idTokenCheck(error: oauth.OperationProcessingError): Mapped | undefined {
  const claim = fieldOf(error.cause, 'claim');
  if (typeof claim !== 'string') return undefined;
  const advice: Record<string, string> = {
    nonce: 'it does not answer this sign-in (nonce mismatch): start the sign-in again.',
    iss: "it comes from another issuer: check the profile's user pool ID and region.",
    aud: "it was issued to another app client: check the profile's client ID.",
    exp: "it has already expired: check this computer's clock.",
    iat: "it claims a time far from this computer's: check this computer's clock.",
  };
  const sentence = advice[claim] ?? `its "${claim.slice(0, 20)}" claim is wrong: try again.`;
  return [
    'unexpected-response',
    `Cognito's ID token failed a check, so it was not used: ${sentence}`,
  ];
}

function mapped(error: unknown, ctx: OAuthErrorContext): Mapped {
  if (
    error instanceof oauth.ResponseBodyError ||
    error instanceof oauth.AuthorizationResponseError
  ) {
    return byOAuthError(error.error, error.error_description, ctx);
  }
  if (error instanceof oauth.WWWAuthenticateChallengeError) {
    const named = error.cause[0]?.parameters.error;
    if (named) return byOAuthError(named, undefined, ctx);
    return (
      byStatus(error.response, ctx) ?? ['unknown', `Cognito at ${ctx.host} refused the request.`]
    );
  }
  const network = transport(error, ctx);
  if (network) return network;
  if (error instanceof oauth.OperationProcessingError) {
    if (error.code === oauth.INVALID_RESPONSE && error.message.includes('"state"')) {
      return [
        'session-expired',
        'The browser came back with an answer to another sign-in (its state does not match), so it was refused: start the sign-in again.',
      ];
    }
    if (error.code === oauth.RESPONSE_IS_NOT_CONFORM) {
      const byCode = byStatus(error.cause, ctx);
      if (byCode) return byCode;
    }
    const claimCheck = idTokenCheck(error);
    if (claimCheck) return claimCheck;
    if (error.code === oauth.KEY_SELECTION) {
      return [
        'unexpected-response',
        "Cognito's ID token is signed with a key the pool does not publish: check the profile's user pool ID and region.",
      ];
    }
  }
  if (
    fieldOf(error, 'name') === 'OperationProcessingError' ||
    error instanceof oauth.UnsupportedOperationError
  ) {
    return [
      'unexpected-response',
      `Cognito at ${ctx.host} sent an answer that is not a valid OAuth response: check the profile's domain.`,
    ];
  }
  return [
    'unknown',
    `The OAuth request to ${ctx.host} failed unexpectedly: try again, and see the log if it keeps failing.`,
  ];
}

/** A copy of an error fit for the log: name, message and code only (no parameters, no bodies). */
function scrubbed(error: unknown): Error {
  const rawName = fieldOf(error, 'name');
  const rawMessage = fieldOf(error, 'message');
  const name = typeof rawName === 'string' ? rawName : 'Error';
  const message = typeof rawMessage === 'string' ? rawMessage : 'no message';
  const copy = new Error(`${name}: ${message}`);
  const code = fieldOf(error, 'code');
  if (typeof code === 'string') Object.assign(copy, { code });
  const cause = fieldOf(error, 'cause');
  // Only an Error cause can be a transport failure worth keeping; parameters and bodies are not.
  if (cause instanceof Error) Object.assign(copy, { cause: scrubbed(cause) });
  return copy;
}

/** Maps any error from an OAuth call to an AuthError (never quoting a secret). */
export function describeOAuthError(error: unknown, ctx: OAuthErrorContext): AuthError {
  if (error instanceof AuthError) return error;
  const [code, sentence] = mapped(error, ctx);
  return new AuthError(code, sentence, { cause: scrubbed(error) });
}
