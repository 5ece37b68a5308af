// Turns whatever an OAuth call throws (oauth4webapi's errors, fetch's network failures, the
// redirect's error= parameters) into one AuthError whose sentence says what to change. Nothing
// the server sent is quoted unless it is short and holds no secret; the original error is kept
// as `cause` only in a scrubbed copy, since oauth4webapi's own errors carry the callback's
// parameters (the code) and the token response.
import * as oauth from 'oauth4webapi';
import { fieldOf } from '../../shared/records';
import { AuthError } from '../../shared/errors';
import { type Mapped, byOAuthError } from './oauth-error-names';
import type { OAuthErrorContext } from './oauth-error-context';

export type { OAuthErrorContext, OAuthOperation } from './oauth-error-context';

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
