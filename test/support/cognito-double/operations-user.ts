// Operations of a signed-in user or a client: GetUser, GlobalSignOut, RevokeToken, DescribeUserPool.
import type { Operation } from './context';
import { CognitoError } from './errors';
import { verifyJwt } from './jwt';
import { mfaMethods } from './next-step';
import { checkClientSecret } from './operations-refresh';
import { optionalString, requiredString } from './params';

/** GetUser: the internal username and every attribute. */
export const getUser: Operation = (context, body) => {
  const { user } = context.tokens.accessGrant(requiredString(body, 'AccessToken'));
  const attributes = context.directory.attributes(user);
  const methods = mfaMethods(user);
  return {
    Username: user.username,
    UserAttributes: Object.entries(attributes).map(([Name, Value]) => ({ Name, Value })),
    ...(methods.length > 0 ? { UserMFASettingList: methods } : {}),
    ...(user.mfa?.preferred ? { PreferredMfaSetting: user.mfa.preferred } : {}),
  };
};

/** GlobalSignOut: revokes every refresh token of the user and every access token issued so far. */
export const globalSignOut: Operation = (context, body) => {
  const { user } = context.tokens.accessGrant(requiredString(body, 'AccessToken'));
  context.tokens.globalSignOut(user);
  return {};
};

/** RevokeToken: revokes a refresh token and the access tokens it produced. */
export const revokeToken: Operation = (context, body) => {
  const token = requiredString(body, 'Token');
  const clientId = requiredString(body, 'ClientId');
  const { client } = context.directory.client(clientId);
  checkClientSecret(client, optionalString(body, 'ClientSecret'));
  const grant = context.tokens.peek(token);
  if (!grant) {
    if (verifyJwt(token)?.token_use !== undefined) {
      throw new CognitoError('UnsupportedTokenTypeException', 'Unsupported token type');
    }
    // RFC 7009: revoking a token the server does not know is not an error.
    return {};
  }
  if (grant.client.clientId !== clientId) {
    throw new CognitoError(
      'UnauthorizedException',
      'Client is not authorized to revoke this token',
    );
  }
  context.tokens.revoke(grant);
  return {};
};

/** DescribeUserPool: enough of the pool for a client to see its alias and password settings. */
export const describeUserPool: Operation = (context, body) => {
  const pool = context.directory.pool(requiredString(body, 'UserPoolId'));
  return {
    UserPool: {
      Id: pool.userPoolId,
      Name: pool.userPoolId.slice(pool.userPoolId.indexOf('_') + 1),
      ...(pool.emailAlias ? { AliasAttributes: ['email'] } : {}),
      Policies: {
        PasswordPolicy: {
          MinimumLength: pool.passwordMinLength ?? 8,
          RequireUppercase: true,
          RequireLowercase: true,
          RequireNumbers: true,
          RequireSymbols: false,
        },
      },
    },
  };
};
