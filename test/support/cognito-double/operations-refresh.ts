// REFRESH_TOKEN_AUTH and GetTokensFromRefreshToken (the rotation-aware API).
import { timingSafeEqual } from 'node:crypto';
import type { DoubleContext, Operation } from './context';
import { flowsOf } from './directory';
import { CognitoError, invalidParameter } from './errors';
import { optionalString, requiredParam, requiredString } from './params';
import { checkSecretHash } from './secret-hash';
import { checkRefreshDevice } from './device-sign-in';
import type { DoubleClient } from './types';

/** InitiateAuth REFRESH_TOKEN_AUTH: new id and access tokens, never a new refresh token. */
export function refreshTokenAuth(
  context: DoubleContext,
  client: DoubleClient,
  params: Record<string, string>,
): Record<string, unknown> {
  const token = requiredParam(params, 'REFRESH_TOKEN');
  if (client.refreshRotation) {
    throw new CognitoError(
      'NotAuthorizedException',
      'Refresh token rotation is enabled for this client; use GetTokensFromRefreshToken',
    );
  }
  const grant = context.tokens.refreshGrant(token, client.clientId);
  // The hash is over the internal username (cognito:username), whatever was typed at sign-in.
  checkSecretHash(client, grant.user.username, params.SECRET_HASH);
  checkRefreshDevice(context, grant, params.DEVICE_KEY);
  return { AuthenticationResult: context.tokens.issue(grant, false), ChallengeParameters: {} };
}

/** Throws NotAuthorizedException unless a client with a secret presented it (GetTokensFromRefreshToken, RevokeToken). */
export function checkClientSecret(client: DoubleClient, given: string | undefined): void {
  if (client.clientSecret === undefined) return;
  if (given === undefined) {
    throw new CognitoError(
      'NotAuthorizedException',
      `Client ${client.clientId} is configured with secret but ClientSecret was not received`,
    );
  }
  const expected = Buffer.from(client.clientSecret);
  const actual = Buffer.from(given);
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) {
    throw new CognitoError(
      'NotAuthorizedException',
      `Unable to verify client secret for client ${client.clientId}`,
    );
  }
}

/** GetTokensFromRefreshToken: with rotation on, a new refresh token replaces the presented one. */
export const getTokensFromRefreshToken: Operation = (context, body) => {
  const token = requiredString(body, 'RefreshToken');
  const clientId = requiredString(body, 'ClientId');
  const { client } = context.directory.client(clientId);
  if (!flowsOf(client).includes('REFRESH_TOKEN_AUTH')) {
    throw invalidParameter('REFRESH_TOKEN_AUTH flow not enabled for this client');
  }
  checkClientSecret(client, optionalString(body, 'ClientSecret'));
  const grant = context.tokens.refreshGrant(token, clientId);
  checkRefreshDevice(context, grant, optionalString(body, 'DeviceKey'));
  const rotate = client.refreshRotation === true;
  const result = context.tokens.issue(grant, rotate);
  if (rotate) context.tokens.retire(token);
  return { AuthenticationResult: result };
};
