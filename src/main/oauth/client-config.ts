// One app client's OAuth endpoints, checked once and turned into what oauth4webapi takes.
// Cognito publishes no discovery document at its managed-login domain, so the metadata is built
// here from the domain and the pool's issuer instead of being fetched.
import * as oauth from 'oauth4webapi';
import { isLoopbackHost } from '../../shared/sign-in-kinds';
import { AuthError } from '../../shared/errors';

/** Everything needed to talk to one app client's OAuth endpoints. */
export interface OAuthClientConfig {
  /** Origin of the managed-login domain (https), or http://127.0.0.1:PORT (loopback only) in tests. */
  domain: string;
  clientId: string;
  /** When present: HTTP Basic client auth (client_secret_basic) at /oauth2/token and /oauth2/revoke. */
  clientSecret?: string;
  /** Scopes to ask for; the browser default is the caller's job. */
  scopes: string[];
  /** Browser only: http://localhost:PORT/path, or 127.0.0.1 / [::1] (RFC 8252 loopback). */
  redirectUri: string;
  /** Adds identity_provider= to the authorize URL (skips Cognito's chooser). */
  identityProvider?: string;
  /** Expected `iss` of ID tokens: https://cognito-idp.<region>.amazonaws.com/<poolId>. */
  issuer: string;
  /** The pool's JWKS: `${issuer}/.well-known/jwks.json` normally. */
  jwksUri: string;
  /** Per request, default 10 000. */
  timeoutMs?: number;
}

/** The request timeout when the config names none. */
export const DEFAULT_TIMEOUT_MS = 10_000;

// Ten minutes either way: the app measures clock drift itself, and a slow clock must not make
// every fresh ID token look issued in the future.
const CLOCK_TOLERANCE_SECONDS = 600;

function parseUrl(value: string, what: string): URL {
  try {
    return new URL(value);
  } catch {
    throw new AuthError('invalid-input', `The ${what} is not a URL: check the profile.`);
  }
}

/** https anywhere, or plain http to this computer only (a local test server). */
function checkedEndpoint(value: string, what: string): URL {
  const url = parseUrl(value, what);
  if (url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackHost(url.hostname))) {
    return url;
  }
  throw new AuthError(
    'invalid-input',
    `The ${what} must start with https:// (plain http is allowed only for 127.0.0.1 or localhost): check the profile.`,
  );
}

/** The options every request gets: a timeout (with the caller's signal), http for loopback only. */
export type RequestOptions = Pick<
  oauth.HttpRequestOptions<'POST'>,
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- see requestOptions below
  'signal' | typeof oauth.allowInsecureRequests
>;

/** What every request to one app client needs, in oauth4webapi's shapes. */
export interface OAuthEndpoints {
  as: oauth.AuthorizationServer;
  client: oauth.Client;
  clientAuth: oauth.ClientAuth;
  /** host[:port] of the domain, for sentences. */
  host: string;
  timeoutMs: number;
  /** Per-request options: the timeout (and the caller's signal), http only for loopback. */
  requestOptions: (signal?: AbortSignal) => RequestOptions;
}

/** Checks a config and builds the authorization-server metadata Cognito does not publish. */
export function oauthEndpoints(config: OAuthClientConfig): OAuthEndpoints {
  const domain = checkedEndpoint(config.domain, 'OAuth domain');
  const jwks = checkedEndpoint(config.jwksUri, 'JWKS URL');
  checkedEndpoint(config.issuer, 'issuer');
  if (config.clientId.trim() === '') {
    throw new AuthError('invalid-input', 'The app client ID is empty: check the profile.');
  }
  const origin = domain.origin;
  const as: oauth.AuthorizationServer = {
    issuer: config.issuer,
    authorization_endpoint: `${origin}/oauth2/authorize`,
    token_endpoint: `${origin}/oauth2/token`,
    revocation_endpoint: `${origin}/oauth2/revoke`,
    userinfo_endpoint: `${origin}/oauth2/userInfo`,
    jwks_uri: jwks.href,
    end_session_endpoint: `${origin}/logout`,
  };
  const client: oauth.Client = {
    client_id: config.clientId,
    [oauth.clockTolerance]: CLOCK_TOLERANCE_SECONDS,
  };
  const clientAuth = config.clientSecret
    ? oauth.ClientSecretBasic(config.clientSecret)
    : oauth.None();
  const timeoutMs = config.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const insecure = domain.protocol === 'http:' || jwks.protocol === 'http:';
  return {
    as,
    client,
    clientAuth,
    host: domain.host,
    timeoutMs,
    requestOptions: (signal) => {
      const timeout = AbortSignal.timeout(timeoutMs);
      return {
        signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
        // Deprecated on purpose by oauth4webapi to stand out: plain http reaches only this
        // computer (checkedEndpoint), i.e. a local test server.
        // eslint-disable-next-line @typescript-eslint/no-deprecated
        ...(insecure ? { [oauth.allowInsecureRequests]: true } : {}),
      };
    },
  };
}
