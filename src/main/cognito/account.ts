// Account operations beside sign-in: forgot/confirm password, change password, the user's
// attributes and sign-out. Each names the client (with SECRET_HASH or ClientSecret when it has one)
// or acts on the user's access token.
import {
  ChangePasswordCommand,
  ConfirmForgotPasswordCommand,
  ForgotPasswordCommand,
  GetUserCommand,
  GlobalSignOutCommand,
  RevokeTokenCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { AuthError } from '../../shared/errors';
import { normaliseCode } from './challenge-answers';
import { secretHashFor } from './secret-hash';
import type { CodeDelivery, CognitoEngine } from './types';
import { type Wire, callCognito } from './wire';

function need(value: string, sentence: string): string {
  if (value.trim() === '') throw new AuthError('invalid-input', sentence);
  return value;
}

function secretHashField(wire: Wire, username: string): { SecretHash?: string } {
  const hash = secretHashFor(wire.connection, username);
  return hash === undefined ? {} : { SecretHash: hash };
}

/** ForgotPassword: Cognito sends a reset code; says where it went. */
export async function forgotPassword(wire: Wire, username: string): Promise<CodeDelivery> {
  const name = need(username, 'Enter the username.').trim();
  const extra = secretHashField(wire, name);
  const result = await callCognito(
    wire,
    'forgot-password',
    (client) =>
      client.send(
        new ForgotPasswordCommand({ ClientId: wire.connection.clientId, Username: name, ...extra }),
      ),
    [extra.SecretHash],
  );
  const delivery: CodeDelivery = {};
  const details = result.CodeDeliveryDetails;
  if (details?.Destination) delivery.destination = details.Destination;
  if (details?.DeliveryMedium) delivery.medium = details.DeliveryMedium;
  return delivery;
}

/** ConfirmForgotPassword: the reset code and the new password. */
export async function confirmForgotPassword(
  wire: Wire,
  input: Parameters<CognitoEngine['confirmForgotPassword']>[0],
): Promise<void> {
  const username = need(input.username, 'Enter the username.').trim();
  const code = normaliseCode(need(input.code, 'Enter the code.'));
  const password = need(input.newPassword, 'Enter the new password.');
  const extra = secretHashField(wire, username);
  await callCognito(
    wire,
    'confirm-forgot-password',
    (client) =>
      client.send(
        new ConfirmForgotPasswordCommand({
          ClientId: wire.connection.clientId,
          Username: username,
          ConfirmationCode: code,
          Password: password,
          ...extra,
        }),
      ),
    [password, code, extra.SecretHash],
  );
}

/** ChangePassword for a signed-in user. */
export async function changePassword(
  wire: Wire,
  input: Parameters<CognitoEngine['changePassword']>[0],
): Promise<void> {
  const accessToken = need(input.accessToken, 'There is no access token: sign in first.');
  const previous = need(input.previousPassword, 'Enter the current password.');
  const proposed = need(input.proposedPassword, 'Enter the new password.');
  await callCognito(
    wire,
    'change-password',
    (client) =>
      client.send(
        new ChangePasswordCommand({
          AccessToken: accessToken,
          PreviousPassword: previous,
          ProposedPassword: proposed,
        }),
      ),
    [accessToken, previous, proposed],
  );
}

/** GetUser: the internal username and the user's attributes. */
export async function getUser(
  wire: Wire,
  accessToken: string,
): Promise<{ username: string; attributes: Record<string, string> }> {
  const token = need(accessToken, 'There is no access token: sign in first.');
  const result = await callCognito(
    wire,
    'get-user',
    (client) => client.send(new GetUserCommand({ AccessToken: token })),
    [token],
  );
  if (!result.Username) {
    throw new AuthError('unexpected-response', 'Cognito answered GetUser without a username.');
  }
  const attributes: Record<string, string> = {};
  for (const attribute of result.UserAttributes ?? []) {
    if (attribute.Name && attribute.Value !== undefined)
      attributes[attribute.Name] = attribute.Value;
  }
  return { username: result.Username, attributes };
}

/**
 * Signs out: GlobalSignOut first when asked (it needs a still-valid access token), then
 * RevokeToken on the refresh token, which also invalidates the tokens issued from it.
 */
export async function signOut(
  wire: Wire,
  input: Parameters<CognitoEngine['signOut']>[0],
): Promise<void> {
  const refreshToken = input.refreshToken?.trim() ?? '';
  const accessToken = input.accessToken?.trim() ?? '';
  if (input.global && accessToken === '') {
    throw new AuthError(
      'invalid-input',
      'Signing out everywhere needs the access token: sign in first.',
    );
  }
  if (refreshToken === '' && !input.global) {
    throw new AuthError(
      'invalid-input',
      'There is no refresh token to revoke: nothing to sign out.',
    );
  }
  // A failed GlobalSignOut (say the access token expired) must not skip revoking the refresh
  // token: that one would stay usable. Its error is reported after the revoke was tried.
  let globalFailure: Error | undefined;
  if (input.global) {
    await callCognito(
      wire,
      'sign-out',
      (client) => client.send(new GlobalSignOutCommand({ AccessToken: accessToken })),
      [accessToken, refreshToken],
    ).catch((error: unknown) => {
      globalFailure = error instanceof Error ? error : new Error(String(error));
    });
  }
  if (refreshToken !== '') {
    try {
      await revoke(wire, refreshToken);
    } catch (error) {
      // A GlobalSignOut that succeeded already revoked every refresh token of the user.
      if (!input.global || globalFailure !== undefined) throw error;
    }
  }
  if (globalFailure !== undefined) throw globalFailure;
}

/** RevokeToken on a refresh token (with the client secret where the client has one). */
async function revoke(wire: Wire, refreshToken: string): Promise<void> {
  const { clientId, clientSecret } = wire.connection;
  await callCognito(
    wire,
    'sign-out',
    (client) =>
      client.send(
        new RevokeTokenCommand({
          Token: refreshToken,
          ClientId: clientId,
          ...(clientSecret ? { ClientSecret: clientSecret } : {}),
        }),
      ),
    [refreshToken],
  );
}
