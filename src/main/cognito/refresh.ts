// New id and access tokens from a refresh token. Classic clients use InitiateAuth
// REFRESH_TOKEN_AUTH, whose SECRET_HASH covers the internal username (cognito:username), never the
// alias typed at sign-in. Clients with refresh-token rotation use GetTokensFromRefreshToken, which
// takes the client secret itself and returns a new refresh token that replaces the old one.
import {
  GetTokensFromRefreshTokenCommand,
  InitiateAuthCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import type { TokenSet } from '../../shared/auth';
import { AuthError } from '../../shared/errors';
import { tokenSetFrom } from './jwt';
import { checkTokenOrigin } from './token-origin';
import { withSecretHash } from './secret-hash';
import type { DeviceStore, RefreshInput } from './types';
import { type Wire, callCognito } from './wire';

/**
 * Refreshes tokens; TokenSet.refreshToken is set only when Cognito rotated it. A refresh token
 * handed out to a tracked device works only with that device's key, so the held one is sent.
 */
export async function refreshTokens(
  wire: Wire,
  input: RefreshInput,
  devices?: DeviceStore,
): Promise<TokenSet> {
  const { connection } = wire;
  const deviceKey = (await devices?.load())?.key;
  const refreshToken = input.refreshToken.trim();
  if (refreshToken === '') {
    throw new AuthError('invalid-input', 'There is no refresh token to use: sign in again.');
  }
  if (input.rotation) {
    const result = await callCognito(
      wire,
      'refresh',
      (client) =>
        client.send(
          new GetTokensFromRefreshTokenCommand({
            RefreshToken: refreshToken,
            ClientId: connection.clientId,
            ...(connection.clientSecret ? { ClientSecret: connection.clientSecret } : {}),
            ...(deviceKey ? { DeviceKey: deviceKey } : {}),
          }),
        ),
      [refreshToken],
      { flow: 'GetTokensFromRefreshToken' },
    );
    return checkTokenOrigin(tokenSetFrom(result.AuthenticationResult), connection);
  }
  const username = input.username.trim();
  if (connection.clientSecret !== undefined && username === '') {
    throw new AuthError(
      'invalid-input',
      'Refreshing with a client secret needs the username (cognito:username): sign in again.',
    );
  }
  const parameters = withSecretHash(connection, username, {
    REFRESH_TOKEN: refreshToken,
    ...(deviceKey ? { DEVICE_KEY: deviceKey } : {}),
  });
  const result = await callCognito(
    wire,
    'refresh',
    (client) =>
      client.send(
        new InitiateAuthCommand({
          AuthFlow: 'REFRESH_TOKEN_AUTH',
          ClientId: connection.clientId,
          AuthParameters: parameters,
        }),
      ),
    [refreshToken, parameters.SECRET_HASH],
    { flow: 'REFRESH_TOKEN_AUTH' },
  );
  return checkTokenOrigin(tokenSetFrom(result.AuthenticationResult), connection);
}
