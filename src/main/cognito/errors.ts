// Turns whatever the SDK throws into one AuthError with a stable code and a sentence a user can act
// on. Transport failures are told apart from Cognito's answers first: a closed port must not read
// like a wrong password. The original error always rides along as `cause`, for the log only.
import { AuthError } from '../../shared/errors';
import { httpStatusOf, isServerFailure, isThrottling } from './retry-policy';
import { safeMessage } from './safe-message';
import type { ErrorContext } from './error-context';
import { serviceError } from './service-errors';
import { fieldOf } from '../../shared/records';

export type { ErrorContext, FlowName, Operation } from './error-context';

const NETWORK_REASONS: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'DNS lookup failed',
  ECONNRESET: 'connection reset',
  EPIPE: 'connection closed',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  ECONNABORTED: 'connection aborted',
};

function stringField(value: unknown, key: string): string | undefined {
  const field = fieldOf(value, key);
  return typeof field === 'string' ? field : undefined;
}

/** The first system error code (ECONNREFUSED, ...) on the error or its causes. */
function systemCode(error: unknown): string | undefined {
  let current = error;
  for (let depth = 0; depth < 5 && current !== undefined; depth += 1) {
    const code = stringField(current, 'code');
    if (code) return code;
    current = fieldOf(current, 'cause');
  }
  return undefined;
}

function transportError(error: unknown, ctx: ErrorContext): AuthError | undefined {
  // An HTTP status means Cognito (or something at the endpoint) answered: not a transport failure.
  if (httpStatusOf(error) !== undefined) return undefined;
  const code = systemCode(error);
  const reason = code === undefined ? undefined : NETWORK_REASONS[code];
  if (reason) {
    return new AuthError(
      'network',
      `Cannot reach Cognito at ${ctx.endpointHost} (${reason}): check the endpoint and your network connection.`,
      { cause: error },
    );
  }
  if (stringField(error, 'name') === 'TimeoutError' || code === 'ETIMEDOUT') {
    const seconds = Math.round(ctx.timeoutMs / 100) / 10;
    return new AuthError(
      'timeout',
      `Cognito at ${ctx.endpointHost} did not answer within ${seconds} s: check your network, or try again later.`,
      { cause: error },
    );
  }
  if (code?.startsWith('ERR_TLS') || code?.includes('CERT')) {
    return new AuthError(
      'network',
      `Cannot reach Cognito at ${ctx.endpointHost} (TLS certificate problem: ${code}): check the endpoint.`,
      { cause: error },
    );
  }
  return undefined;
}

/** Maps any error from an SDK call to an AuthError (never quoting a secret). */
export function toAuthError(error: unknown, ctx: ErrorContext): AuthError {
  if (error instanceof AuthError) return error;
  const transport = transportError(error, ctx);
  if (transport) return transport;
  const name = stringField(error, 'name') ?? 'Error';
  if (isThrottling(error)) {
    return new AuthError(
      'too-many-requests',
      `Cognito is throttling requests and still refused after ${ctx.maxAttempts} attempts: wait a minute and try again.`,
      { cause: error },
    );
  }
  const mapped = serviceError(name, stringField(error, 'message'), ctx, error);
  if (mapped) return mapped;
  const status = httpStatusOf(error);
  if (isServerFailure(error) || name === 'InternalErrorException') {
    if (ctx.serverErrorsRetried === false) {
      return new AuthError(
        'server',
        `Cognito had a server error (HTTP ${status ?? 500}) with this answer, which is not sent again because a code can be used only once: try again, and if it is refused, start the sign-in again.`,
        { cause: error },
      );
    }
    return new AuthError(
      'server',
      `Cognito had a server error (HTTP ${status ?? 500}) and still failed after ${ctx.maxAttempts} attempts: try again later.`,
      { cause: error },
    );
  }
  if (status !== undefined && status >= 200 && status < 300) {
    return new AuthError(
      'unexpected-response',
      `Cognito's answer from ${ctx.endpointHost} could not be read: check that the endpoint is a Cognito user pool API.`,
      { cause: error },
    );
  }
  const message = safeMessage(stringField(error, 'message'), ctx.secrets);
  const label = /^[A-Za-z][\w.#:-]{0,80}$/.test(name) ? name : 'an unrecognised error';
  return new AuthError(
    'unknown',
    message === undefined
      ? `Cognito refused the request (${label}).`
      : `Cognito refused the request (${label}): ${message}.`,
    { cause: error },
  );
}
