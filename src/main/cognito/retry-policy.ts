// Retries only what a retry can fix: Cognito throttling and 5xx answers. A refused connection, a
// timeout or a 4xx fails at once: retrying would only make the user wait (and a sign-in is not
// idempotent once Cognito has seen it).
import type { CognitoIdentityProviderClientConfig } from '@aws-sdk/client-cognito-identity-provider';
import { fieldOf } from '../../shared/records';

/** The SDK's RetryStrategyV2, taken from the client config so no transitive package is imported. */
type RetryStrategyV2 = Extract<
  NonNullable<CognitoIdentityProviderClientConfig['retryStrategy']>,
  { acquireInitialRetryToken: unknown }
>;
type RetryToken = Awaited<ReturnType<RetryStrategyV2['acquireInitialRetryToken']>>;
type RetryErrorInfo = Parameters<RetryStrategyV2['refreshRetryTokenForRetry']>[1];

/** At most this many attempts per call (the first one included). */
export const MAX_ATTEMPTS = 3;

/** Options of the retry strategy; tests shorten the delay. */
export interface RetryOptions {
  maxAttempts?: number;
  /** First back-off delay in milliseconds; doubles on each retry (default 200). */
  baseDelayMs?: number;
  /** False for calls that spend what they send (a challenge answer, an MFA code): throttling only. */
  retryServerErrors?: boolean;
}

/** HTTP status of the response behind an SDK error, when there was a response at all. */
export function httpStatusOf(error: unknown): number | undefined {
  const status = fieldOf(fieldOf(error, '$metadata'), 'httpStatusCode');
  return typeof status === 'number' ? status : undefined;
}

/** True for Cognito throttling (TooManyRequestsException or HTTP 429). */
export function isThrottling(error: unknown): boolean {
  return fieldOf(error, 'name') === 'TooManyRequestsException' || httpStatusOf(error) === 429;
}

/** True for an answer from the server with a 5xx status (not a transport failure). */
export function isServerFailure(error: unknown): boolean {
  const status = httpStatusOf(error);
  return status !== undefined && status >= 500 && status <= 599;
}

/** The retry decision: throttling and 5xx only. */
export function shouldRetry(error: unknown): boolean {
  return isThrottling(error) || isServerFailure(error);
}

function token(retryCount: number, delayMs: number): RetryToken {
  return { getRetryCount: () => retryCount, getRetryDelay: () => delayMs };
}

/** A RetryStrategyV2 that retries throttling and 5xx up to maxAttempts, with exponential back-off. */
export function createRetryStrategy(options: RetryOptions = {}): RetryStrategyV2 {
  const maxAttempts = options.maxAttempts ?? MAX_ATTEMPTS;
  const baseDelayMs = options.baseDelayMs ?? 200;
  const retryable =
    options.retryServerErrors === false ? (error: unknown) => isThrottling(error) : shouldRetry;
  return {
    acquireInitialRetryToken: () => Promise.resolve(token(0, 0)),
    refreshRetryTokenForRetry: (previous: RetryToken, info: RetryErrorInfo) => {
      const retryCount = previous.getRetryCount() + 1;
      if (retryCount >= maxAttempts || !retryable(info.error)) {
        // The middleware rethrows the original error when this rejects.
        return Promise.reject(new Error('not retried'));
      }
      const jitter = 0.5 + Math.random() / 2;
      return Promise.resolve(
        token(retryCount, Math.round(baseDelayMs * 2 ** (retryCount - 1) * jitter)),
      );
    },
    recordSuccess: () => undefined,
  };
}
