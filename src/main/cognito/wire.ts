// The one place that builds the AWS SDK client. Every operation the engine calls is unsigned in the
// Cognito model (smithy.api#noAuth), so the client must never look for AWS credentials, and it
// must not pick up region, endpoint or retry settings from ~/.aws or AWS_* variables either: a
// stray AWS_ENDPOINT_URL would otherwise send passwords somewhere else.
import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import type { CognitoIdentityProviderClientConfig } from '@aws-sdk/client-cognito-identity-provider';
import { AuthError } from '../../shared/errors';
import type { ResolvedConnection } from './connection';
import { type ErrorContext, type Operation, toAuthError } from './errors';
import { MAX_ATTEMPTS, type RetryOptions, createRetryStrategy } from './retry-policy';
import { unsignedClientConfig } from './unsigned-client-config';

/** A ready client plus what error sentences need to know about it. */
export interface Wire {
  readonly client: CognitoIdentityProviderClient;
  /** The same connection, retrying throttling only: for calls a server error may have spent. */
  readonly answerClient: CognitoIdentityProviderClient;
  readonly connection: ResolvedConnection;
  readonly maxAttempts: number;
}

type HttpAuthSchemeProvider = NonNullable<
  CognitoIdentityProviderClientConfig['httpAuthSchemeProvider']
>;

/** Every call goes out unsigned, whatever the operation; nothing here may need credentials. */
const noAuthOnly: HttpAuthSchemeProvider = () => [{ schemeId: 'smithy.api#noAuth' }];

/** Builds the SDK client for a validated connection: no credentials, no shared config, own retries. */
export function createWire(connection: ResolvedConnection, retry: RetryOptions = {}): Wire {
  const maxAttempts = retry.maxAttempts ?? MAX_ATTEMPTS;
  const config: CognitoIdentityProviderClientConfig = {
    ...unsignedClientConfig(connection.region, connection.timeoutMs),
    httpAuthSchemeProvider: noAuthOnly,
    maxAttempts,
    retryStrategy: createRetryStrategy({ ...retry, maxAttempts }),
  };
  if (connection.endpoint) config.endpoint = connection.endpoint;
  const answerConfig: CognitoIdentityProviderClientConfig = {
    ...config,
    retryStrategy: createRetryStrategy({ ...retry, maxAttempts, retryServerErrors: false }),
  };
  return {
    client: new CognitoIdentityProviderClient(config),
    answerClient: new CognitoIdentityProviderClient(answerConfig),
    connection,
    maxAttempts,
  };
}

/** Replaces each secret in the message and stack of an error and its causes with '***'. */
function redactError(error: unknown, secrets: readonly (string | undefined)[]): void {
  const values = secrets.filter(
    (value): value is string => value !== undefined && value.length >= 4,
  );
  const redact = (text: string): string =>
    values.reduce((result, value) => result.split(value).join('***'), text);
  let current: unknown = error;
  for (let depth = 0; current instanceof Error && depth < 5; depth += 1) {
    current.message = redact(current.message);
    if (current.stack !== undefined) current.stack = redact(current.stack);
    current = current.cause;
  }
}

/**
 * callCognito for a call that spends what it sends (a challenge answer, an MFA code): a 5xx may
 * come after Cognito used the code, so only throttling (which is refused before) is retried.
 */
export function callCognitoOnce<T>(
  wire: Wire,
  operation: Operation,
  run: (client: CognitoIdentityProviderClient) => Promise<T>,
  secrets: readonly (string | undefined)[] = [],
  extra: Partial<ErrorContext> = {},
): Promise<T> {
  const once: Wire = { ...wire, client: wire.answerClient };
  return callCognito(once, operation, run, secrets, { ...extra, serverErrorsRetried: false });
}

/**
 * Runs one SDK call and turns any failure into an AuthError.
 * @param secrets values that must never appear in an error sentence (passwords, tokens, codes)
 */
export async function callCognito<T>(
  wire: Wire,
  operation: Operation,
  run: (client: CognitoIdentityProviderClient) => Promise<T>,
  secrets: readonly (string | undefined)[] = [],
  extra: Partial<ErrorContext> = {},
): Promise<T> {
  try {
    return await run(wire.client);
  } catch (error) {
    if (error instanceof AuthError) throw error;
    const callSecrets = [...secrets, wire.connection.clientSecret];
    // A server may echo what it was sent (SECRET_HASH was seen so): the raw error becomes the
    // AuthError's cause, whose stack the debug output prints, so it loses them first.
    redactError(error, callSecrets);
    throw toAuthError(error, {
      operation,
      endpointHost: wire.connection.endpointHost,
      timeoutMs: wire.connection.timeoutMs,
      maxAttempts: wire.maxAttempts,
      secrets: callSecrets,
      ...extra,
    });
  }
}
