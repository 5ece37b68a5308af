// Issued tokens and their lifecycle: refresh, rotation, revocation, global sign-out.
import { randomBytes } from 'node:crypto';
import { type TokenContext, accessClaims, idClaims, newContext } from './claims';
import type { Directory } from './directory';
import { CognitoError, invalidRefreshToken, userDisabled, userNotFound } from './errors';
import { signJwt, verifyJwt } from './jwt';
import type { DoubleClient, DoublePool, DoubleUser } from './types';

/** One sign-in and the token family it started. */
export interface Grant extends TokenContext {
  revoked: boolean;
  /** Epoch ms when this family's refresh tokens stop working (Cognito's default is 30 days). */
  refreshExpiresAt: number;
  /** The device the sign-in was tracked as: its refresh tokens need DEVICE_KEY. */
  deviceKey?: string;
}

/** The AuthenticationResult Cognito returns. */
export interface AuthenticationResult {
  AccessToken: string;
  IdToken: string;
  RefreshToken?: string;
  ExpiresIn: number;
  TokenType: 'Bearer';
}

const REFRESH_LIFETIME_MS = 30 * 24 * 3600 * 1000;
const notAuthorized = (message: string): CognitoError =>
  new CognitoError('NotAuthorizedException', message);

// Real refresh tokens are opaque JWE strings: five base64url parts under an RSA-OAEP header.
function newRefreshToken(): string {
  const header = Buffer.from('{"cty":"JWT","enc":"A256GCM","alg":"RSA-OAEP"}').toString(
    'base64url',
  );
  const parts = [256, 12, 600, 16].map((size) => randomBytes(size).toString('base64url'));
  return [header, ...parts].join('.');
}

/** Every token one double has issued. */
export class TokenStore {
  readonly #refreshTokens = new Map<string, { grant: Grant; retired: boolean }>();
  readonly #accessTokens = new Map<string, Grant>();

  readonly #directory: Directory;
  constructor(directory: Directory) {
    this.#directory = directory;
  }

  /** Tokens for a completed sign-in, refresh token included. */
  signIn(
    pool: DoublePool,
    client: DoubleClient,
    user: DoubleUser,
    deviceKey?: string,
  ): AuthenticationResult {
    const context = newContext(pool, client, user, this.#directory.attributes(user));
    const grant: Grant = {
      ...context,
      revoked: false,
      refreshExpiresAt: Date.now() + REFRESH_LIFETIME_MS,
      ...(deviceKey === undefined ? {} : { deviceKey }),
    };
    return this.issue(grant, true);
  }

  /** New id and access tokens for a family; with `withRefresh`, a new refresh token too (rotation). */
  issue(grant: Grant, withRefresh: boolean): AuthenticationResult {
    grant.attributes = this.#directory.attributes(grant.user);
    const now = Math.floor(Date.now() / 1000);
    const access = accessClaims(grant, now);
    this.#accessTokens.set(String(access.jti), grant);
    const result: AuthenticationResult = {
      AccessToken: signJwt(access),
      IdToken: signJwt(idClaims(grant, now)),
      ExpiresIn: grant.client.tokenValiditySeconds ?? 3600,
      TokenType: 'Bearer',
    };
    if (withRefresh) {
      const token = newRefreshToken();
      this.#refreshTokens.set(token, { grant, retired: false });
      result.RefreshToken = token;
    }
    return result;
  }

  /** The family of a refresh token presented by a client, or Cognito's refusal. */
  refreshGrant(token: string, clientId: string): Grant {
    const record = this.#refreshTokens.get(token);
    if (!record || record.retired || record.grant.client.clientId !== clientId)
      throw invalidRefreshToken();
    const { grant } = record;
    if (grant.revoked) throw notAuthorized('Refresh Token has been revoked');
    if (Date.now() > grant.refreshExpiresAt) throw notAuthorized('Refresh Token has expired');
    if (!this.#directory.exists(grant.pool, grant.user)) throw userNotFound();
    if (grant.user.enabled === false) throw userDisabled();
    return grant;
  }

  /** Retires a refresh token that rotation replaced. */
  retire(token: string): void {
    const record = this.#refreshTokens.get(token);
    if (record) record.retired = true;
  }

  /** Looks up a refresh token without judging it (RevokeToken). */
  peek(token: string): Grant | undefined {
    return this.#refreshTokens.get(token)?.grant;
  }

  /** Revokes a family: its refresh tokens and the access tokens they produced. */
  revoke(grant: Grant): void {
    grant.revoked = true;
  }

  /** GlobalSignOut: every family of the user, so its refresh and access tokens alike. */
  globalSignOut(user: DoubleUser): void {
    for (const { grant } of this.#refreshTokens.values()) {
      if (grant.user === user) grant.revoked = true;
    }
  }

  /** The family behind an access token, or the NotAuthorizedException Cognito gives. */
  accessGrant(token: string): Grant {
    const claims = verifyJwt(token);
    const grant =
      claims?.token_use === 'access' ? this.#accessTokens.get(String(claims.jti)) : undefined;
    if (!claims || !grant) throw notAuthorized('Invalid Access Token');
    if (typeof claims.exp !== 'number' || claims.exp * 1000 <= Date.now()) {
      throw notAuthorized('Access Token has expired');
    }
    if (grant.revoked) throw notAuthorized('Access Token has been revoked');
    if (!this.#directory.exists(grant.pool, grant.user)) throw userNotFound();
    if (grant.user.enabled === false) throw userDisabled();
    return grant;
  }
}
