// The variables `exec` puts in a command's environment and `env` prints: the profile's tokens and,
// with an identity pool, AWS credentials under the names the AWS CLI and SDKs read. Never a
// refresh token, password or client secret.
import type { TokenSet } from '../shared/auth';
import type { CachedAwsCredentials } from '../main/sessions/aws-credential-cache';
import { signInName, subjectOf } from '../main/sessions/sign-in-name';
import { PROFILE_ENV } from './chosen-profile';

/** The profile fields the variables name. */
export interface VariableProfile {
  name: string;
  signIn: string;
  userPoolId: string;
  clientId: string;
  region: string;
  username?: string | undefined;
}

/** AWS credentials with the region they are for. */
export interface RegionalCredentials extends CachedAwsCredentials {
  region: string;
}

/** One variable: its name and value. */
export type Variable = readonly [string, string];

/** The variables for a signed-in profile, in a stable order. */
export function sessionVariables(
  profile: VariableProfile,
  tokens: TokenSet,
  aws?: RegionalCredentials,
): Variable[] {
  const variables: Variable[] = [[PROFILE_ENV, profile.name]];
  // M2M sessions have no ID token: the variable is left out rather than set empty.
  if (tokens.idToken) variables.push(['COGNITO_ID_TOKEN', tokens.idToken]);
  variables.push(
    ['COGNITO_ACCESS_TOKEN', tokens.accessToken],
    ['COGNITO_TOKEN_EXPIRES_AT', new Date(tokens.expiresAt).toISOString()],
    ['COGNITO_USER_POOL_ID', profile.userPoolId],
    ['COGNITO_CLIENT_ID', profile.clientId],
    ['COGNITO_REGION', profile.region],
  );
  const name = signInName(profile, tokens.idToken);
  if (name !== null) variables.push(['COGNITO_USERNAME', name]);
  const sub = subjectOf(tokens.idToken);
  if (sub !== undefined) variables.push(['COGNITO_SUB', sub]);
  if (aws) {
    variables.push(
      ['AWS_ACCESS_KEY_ID', aws.accessKeyId],
      ['AWS_SECRET_ACCESS_KEY', aws.secretAccessKey],
      ['AWS_SESSION_TOKEN', aws.sessionToken],
      ['AWS_REGION', aws.region],
      // aws-vault's name: tools that refresh credentials read when these stop working.
      ['AWS_CREDENTIAL_EXPIRATION', new Date(aws.expiration).toISOString()],
    );
  }
  return variables;
}
