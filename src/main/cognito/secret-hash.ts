// SECRET_HASH proves the caller knows the app client's secret without sending it. The trap is the
// username it covers: it must be the identity the request names (the typed alias at InitiateAuth,
// the internal username afterwards), or Cognito answers "Unable to verify secret hash".
import { createHmac } from 'node:crypto';
import type { ResolvedConnection } from './connection';

/** Base64(HMAC-SHA256(key = clientSecret, message = username + clientId)). */
export function computeSecretHash(
  clientSecret: string,
  username: string,
  clientId: string,
): string {
  return createHmac('sha256', clientSecret)
    .update(username + clientId, 'utf8')
    .digest('base64');
}

/** The SECRET_HASH for `username` on this connection, or undefined when the client has no secret. */
export function secretHashFor(
  connection: ResolvedConnection,
  username: string,
): string | undefined {
  return connection.clientSecret === undefined
    ? undefined
    : computeSecretHash(connection.clientSecret, username, connection.clientId);
}

/** Adds SECRET_HASH to a parameter map when the client has a secret (Cognito rejects an empty one). */
export function withSecretHash(
  connection: ResolvedConnection,
  username: string,
  parameters: Record<string, string>,
): Record<string, string> {
  const hash = secretHashFor(connection, username);
  return hash === undefined ? parameters : { ...parameters, SECRET_HASH: hash };
}
