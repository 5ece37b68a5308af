// The one place that builds the Cognito Identity client. GetId and GetCredentialsForIdentity are
// public APIs (smithy.api#optionalAuth): the client never looks for AWS credentials, and takes no
// region, endpoint or retry setting from ~/.aws or AWS_* variables, as the user pool wire does.
import { CognitoIdentityClient } from '@aws-sdk/client-cognito-identity';
import type { CognitoIdentityClientConfig } from '@aws-sdk/client-cognito-identity';
import { DEFAULT_TIMEOUT_MS } from '../cognito/connection';
import { createRetryStrategy, MAX_ATTEMPTS } from '../cognito/retry-policy';
import { unsignedClientConfig } from '../cognito/unsigned-client-config';

/** Where an identity pool is reached, and how patiently. */
export interface IdentityConnection {
  /** The identity pool's region (the part of its id before the colon). */
  region: string;
  /** An emulator's URL: the profile's endpoint override, which serves Cognito Identity too. */
  endpoint?: string | undefined;
  timeoutMs?: number | undefined;
  /** First back-off delay of a retry in milliseconds (tests shorten it). */
  retryBaseDelayMs?: number | undefined;
}

type HttpAuthSchemeProvider = NonNullable<CognitoIdentityClientConfig['httpAuthSchemeProvider']>;

/** Every call goes out unsigned: the Logins map is the proof, never AWS credentials. */
const noAuthOnly: HttpAuthSchemeProvider = () => [{ schemeId: 'smithy.api#noAuth' }];

/** The client for one identity pool's region; throttling and 5xx are retried MAX_ATTEMPTS times. */
export function createIdentityClient(connection: IdentityConnection): CognitoIdentityClient {
  const timeoutMs = connection.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const retry = createRetryStrategy({
    maxAttempts: MAX_ATTEMPTS,
    ...(connection.retryBaseDelayMs === undefined
      ? {}
      : { baseDelayMs: connection.retryBaseDelayMs }),
  });
  const config: CognitoIdentityClientConfig = {
    ...unsignedClientConfig(connection.region, timeoutMs),
    httpAuthSchemeProvider: noAuthOnly,
    maxAttempts: MAX_ATTEMPTS,
    retryStrategy: retry,
  };
  if (connection.endpoint) config.endpoint = connection.endpoint;
  return new CognitoIdentityClient(config);
}
