// How tokens leave the CLI as shell export lines (the header and curl forms are in shared/).
// Pure text functions, so quoting is tested on its own.
import type { TokenSet } from '../shared/auth';
import { shellQuote } from '../shared/token-text';
import type { Profile } from '../shared/profile';

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** `export NAME='value'` lines, one per pair, newline-terminated; names must be valid identifiers. */
export function exportLines(pairs: readonly (readonly [string, string])[]): string {
  return pairs
    .map(([name, value]) => {
      if (!ENV_NAME.test(name)) throw new RangeError(`${name} is not a shell variable name.`);
      return `export ${name}=${shellQuote(value)}\n`;
    })
    .join('');
}

/** The variables `cognito-tokens env` exports for a signed-in profile, in a stable order. */
export function tokenEnvironment(profile: Profile, tokens: TokenSet): [string, string][] {
  const variables: [string, string][] = [
    // M2M sessions have no ID token: the variable is left out rather than set empty.
    ...(tokens.idToken ? [['COGNITO_ID_TOKEN', tokens.idToken] as [string, string]] : []),
    ['COGNITO_ACCESS_TOKEN', tokens.accessToken],
    ['COGNITO_TOKEN_EXPIRES_AT', new Date(tokens.expiresAt).toISOString()],
    ['COGNITO_USER_POOL_ID', profile.userPoolId],
    ['COGNITO_CLIENT_ID', profile.clientId],
    ['COGNITO_REGION', profile.region],
  ];
  // An app client (M2M) signs in as itself: there is no user to name.
  const username = tokens.username || profile.username;
  return username ? [...variables, ['COGNITO_USERNAME', username]] : variables;
}
