// The engine of a browser or M2M profile: what the session layer calls (refresh, sign-out) goes
// to the managed login's /oauth2 endpoints, so sessions need not know how the tokens were first
// obtained. User operations Cognito's API serves to any access token go to the Cognito engine.
import type { Profile } from '../../shared/profile';
import { DEFAULT_BROWSER_SCOPES, DEFAULT_REDIRECT_URI } from '../../shared/sign-in-kinds';
import { AuthError } from '../../shared/errors';
import type { CognitoEngine } from '../cognito/types';
import type { OAuthClientConfig } from '../oauth';

/** The part of src/main/oauth the engine uses, loaded lazily (the CLI's token stays quick). */
export type OAuthModule = typeof import('../oauth');

/** Loads the OAuth module on first use. */
export const loadOAuthModule = (): Promise<OAuthModule> => import('../oauth/index.js');

/**
 * Where the pool's ID tokens come from. Cognito's issuer is fixed by region and pool; an
 * emulator's pool id names no region, so its issuer is the endpoint's.
 */
function issuerOf(profile: Profile): string {
  if (!profile.region && profile.endpoint) return `${profile.endpoint}/${profile.userPoolId}`;
  return `https://cognito-idp.${profile.region}.amazonaws.com/${profile.userPoolId}`;
}

/** The OAuth settings of a browser or M2M profile, with its client secret from the keychain. */
export function oauthConfigOf(
  profile: Profile,
  clientSecret: string | undefined,
  timeoutMs?: number,
): OAuthClientConfig {
  if (!profile.domain) {
    throw new AuthError(
      'invalid-input',
      `Profile "${profile.name}" has no managed-login domain: set one (cognito-tokens profiles edit ${profile.name} --domain URL).`,
    );
  }
  const issuer = issuerOf(profile);
  // With an endpoint set (an emulator or a test double) the keys are served there.
  const keysBase = profile.endpoint ? `${profile.endpoint}/${profile.userPoolId}` : issuer;
  const browser = profile.signIn === 'browser';
  return {
    domain: profile.domain,
    clientId: profile.clientId,
    ...(clientSecret === undefined ? {} : { clientSecret }),
    scopes: profile.scopes ?? (browser ? [...DEFAULT_BROWSER_SCOPES] : []),
    redirectUri: profile.redirectUri ?? DEFAULT_REDIRECT_URI,
    ...(profile.identityProvider ? { identityProvider: profile.identityProvider } : {}),
    issuer,
    jwksUri: `${keysBase}/.well-known/jwks.json`,
    ...(timeoutMs === undefined ? {} : { timeoutMs }),
  };
}

/** A CognitoEngine for a browser or M2M profile over the /oauth2 endpoints. */
export function createOAuthEngine(
  oauth: OAuthModule,
  config: OAuthClientConfig,
  profile: Profile,
  cognito: CognitoEngine,
): CognitoEngine {
  const m2m = profile.signIn === 'client-credentials';
  const managedLogin = () =>
    new AuthError(
      'invalid-input',
      m2m
        ? `Profile "${profile.name}" is an app client (M2M): it has no user and no password.`
        : `Profile "${profile.name}" signs in through the managed login: reset or change the password there, in the browser.`,
    );
  return {
    signIn: () => Promise.reject(managedLogin()),
    // M2M: there is no refresh token; a new access token is fetched with the client's secret.
    refresh: (input) =>
      m2m
        ? oauth.clientCredentials(config)
        : oauth.refreshWithRefreshToken(config, input.refreshToken),
    forgotPassword: () => Promise.reject(managedLogin()),
    confirmForgotPassword: () => Promise.reject(managedLogin()),
    changePassword: (input) =>
      m2m ? Promise.reject(managedLogin()) : cognito.changePassword(input),
    getUser: (accessToken) => cognito.getUser(accessToken),
    async signOut({ refreshToken, accessToken, global }) {
      // Everywhere first: revoking the refresh token also kills the access token it needs.
      // GlobalSignOut is Cognito's API and needs the aws.cognito.signin.user.admin scope; when
      // it fails, the revoke is still tried (else the refresh token would stay usable).
      let globalFailure: Error | undefined;
      if (global && accessToken && !m2m) {
        await cognito.signOut({ accessToken, global: true }).catch((error: unknown) => {
          globalFailure = error instanceof Error ? error : new Error(String(error));
        });
      }
      if (refreshToken) await oauth.revokeRefreshToken(config, refreshToken);
      if (globalFailure) throw globalFailure;
    },
    // The managed login tracks no device of ours; a device left from a password sign-in of this
    // profile is still Cognito's to forget.
    forgetDevice: (accessToken) => cognito.forgetDevice(accessToken),
    setDeviceRemembered: (accessToken, remembered) =>
      m2m ? Promise.reject(managedLogin()) : cognito.setDeviceRemembered(accessToken, remembered),
  };
}
