// SECRET_HASH = Base64(HMAC-SHA256(clientSecret, username + clientId)), checked as Cognito does.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { CognitoError } from './errors';
import type { DoubleClient } from './types';

/** The SECRET_HASH a client with a secret must send for this username. */
export function secretHash(clientSecret: string, username: string, clientId: string): string {
  return createHmac('sha256', clientSecret)
    .update(username + clientId)
    .digest('base64');
}

/** Throws NotAuthorizedException unless a client with a secret sent the right hash (others may send anything). */
export function checkSecretHash(
  client: DoubleClient,
  username: string,
  given: string | undefined,
): void {
  if (client.clientSecret === undefined) return;
  if (given === undefined) {
    throw new CognitoError(
      'NotAuthorizedException',
      `Client ${client.clientId} is configured with secret but SECRET_HASH was not received`,
    );
  }
  const expected = Buffer.from(secretHash(client.clientSecret, username, client.clientId));
  const actual = Buffer.from(given);
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) {
    throw new CognitoError(
      'NotAuthorizedException',
      `Unable to verify secret hash for client ${client.clientId}`,
    );
  }
}
