// Cognito's OAuth 2.0 token and revocation endpoints on the managed-login domain: POST
// /oauth2/token (client_credentials, refresh_token) and POST /oauth2/revoke, form-encoded, with
// HTTP Basic client authentication, answering Cognito's own error bodies ({"error":"..."}).
// Not here: authorize's redirects (operations-authorize.ts); authorization_code is played by
// oauth2-mock-server.
import { randomUUID, timingSafeEqual } from 'node:crypto';
import { issuer } from './claims';
import type { DoubleContext } from './context';
import { CognitoError } from './errors';
import { signJwt } from './jwt';
import type { DoubleClient, DoublePool } from './types';

/** An OAuth error answer: HTTP status and Cognito's body. */
export class OAuthError extends Error {
  constructor(
    readonly error: string,
    readonly status = 400,
  ) {
    super(error);
  }
}

/** What an OAuth endpoint answers: a status and a JSON body ('' for an empty 200). */
export interface OAuthAnswer {
  status: number;
  body: Record<string, unknown> | '';
}

function formDecode(text: string | undefined): string | undefined {
  return text === undefined ? undefined : decodeURIComponent(text.replace(/\+/g, ' '));
}

function sameSecret(given: string, expected: string): boolean {
  const [a, b] = [Buffer.from(given), Buffer.from(expected)];
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The client a request authenticates as: Basic credentials, or a public client's client_id. */
function authenticate(
  context: DoubleContext,
  authorization: string | undefined,
  params: URLSearchParams,
): { pool: DoublePool; client: DoubleClient } {
  const basic = /^Basic ([A-Za-z0-9+/=]+)$/i.exec(authorization ?? '')?.[1];
  // RFC 6749 §2.3.1: both halves are form-encoded before Base64 (oauth4webapi encodes '-').
  const [id, secret] = basic
    ? Buffer.from(basic, 'base64').toString('utf8').split(/:(.*)/s).map(formDecode)
    : [params.get('client_id') ?? undefined, undefined];
  let found: { pool: DoublePool; client: DoubleClient };
  try {
    found = context.directory.client(id ?? '');
  } catch {
    throw new OAuthError('invalid_client', basic ? 401 : 400);
  }
  const expected = found.client.clientSecret;
  if (expected !== undefined && (secret === undefined || !sameSecret(secret, expected))) {
    throw new OAuthError('invalid_client', basic ? 401 : 400);
  }
  return found;
}

function clientCredentials(pool: DoublePool, client: DoubleClient, params: URLSearchParams) {
  if (client.clientSecret === undefined || !client.oauthFlows?.includes('client_credentials')) {
    throw new OAuthError('unauthorized_client');
  }
  const allowed = (client.oauthScopes ?? []).filter((scope) => scope.includes('/'));
  const asked = params.get('scope')?.split(' ').filter(Boolean);
  // Without a scope Cognito grants every custom scope the client may have.
  const scopes = asked ?? allowed;
  if (scopes.length === 0 || scopes.some((scope) => !allowed.includes(scope))) {
    throw new OAuthError('invalid_scope');
  }
  const now = Math.floor(Date.now() / 1000);
  const validity = client.tokenValiditySeconds ?? 3600;
  const access = signJwt({
    sub: client.clientId,
    token_use: 'access',
    scope: scopes.join(' '),
    auth_time: now,
    iss: issuer(pool.userPoolId),
    exp: now + validity,
    iat: now,
    version: 2,
    jti: randomUUID(),
    client_id: client.clientId,
  });
  return { access_token: access, expires_in: validity, token_type: 'Bearer' };
}

function refresh(context: DoubleContext, client: DoubleClient, params: URLSearchParams) {
  const token = params.get('refresh_token');
  if (!token) throw new OAuthError('invalid_request');
  let grant;
  try {
    grant = context.tokens.refreshGrant(token, client.clientId);
  } catch (error) {
    if (error instanceof CognitoError) throw new OAuthError('invalid_grant');
    throw error;
  }
  const rotate = client.refreshRotation === true;
  const result = context.tokens.issue(grant, rotate);
  if (rotate) context.tokens.retire(token);
  return {
    id_token: result.IdToken,
    access_token: result.AccessToken,
    ...(result.RefreshToken ? { refresh_token: result.RefreshToken } : {}),
    expires_in: result.ExpiresIn,
    token_type: 'Bearer',
  };
}

/** POST /oauth2/token. */
export function oauthToken(
  context: DoubleContext,
  authorization: string | undefined,
  params: URLSearchParams,
): OAuthAnswer {
  const { pool, client } = authenticate(context, authorization, params);
  switch (params.get('grant_type')) {
    case 'client_credentials':
      return { status: 200, body: clientCredentials(pool, client, params) };
    case 'refresh_token':
      return { status: 200, body: refresh(context, client, params) };
    case null:
      throw new OAuthError('invalid_request');
    default:
      throw new OAuthError('unsupported_grant_type');
  }
}

/** POST /oauth2/revoke (RFC 7009): an unknown token is not an error; an access token is refused. */
export function oauthRevoke(
  context: DoubleContext,
  authorization: string | undefined,
  params: URLSearchParams,
): OAuthAnswer {
  const { client } = authenticate(context, authorization, params);
  const token = params.get('token');
  if (!token) throw new OAuthError('invalid_request');
  if (token.split('.').length === 3) throw new OAuthError('unsupported_token_type');
  const grant = context.tokens.peek(token);
  if (grant) {
    if (grant.client.clientId !== client.clientId) throw new OAuthError('unauthorized_client');
    context.tokens.revoke(grant);
  }
  return { status: 200, body: '' };
}

/** Runs an OAuth endpoint, turning its refusals into Cognito's {"error": ...} answers. */
export function answerOAuth(
  context: DoubleContext,
  path: string,
  authorization: string | undefined,
  form: string,
): OAuthAnswer & { error?: string } {
  const params = new URLSearchParams(form);
  try {
    if (path === '/oauth2/token') return oauthToken(context, authorization, params);
    if (path === '/oauth2/revoke') return oauthRevoke(context, authorization, params);
    return { status: 404, body: { error: 'not_found' }, error: 'not_found' };
  } catch (error) {
    if (!(error instanceof OAuthError)) throw error;
    return { status: error.status, body: { error: error.error }, error: error.error };
  }
}
