// Client credentials, refresh and revocation against oauth2-mock-server, and how each OAuth error
// Cognito can answer reads. The mock checks no client secret: `requireSecret` adds Cognito's
// invalid_client answer, and the other errors are the mock's answer rewritten by a hook.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeJwtPayload } from '../../src/main/cognito/jwt';
import {
  clientCredentials,
  logoutUrl,
  refreshWithRefreshToken,
  revokeRefreshToken,
} from '../../src/main/oauth';
import { isTransient } from '../../src/main/sessions/session-errors';
import { type OAuthMock, freePort, rejectionOf, startOAuthMock } from '../support/oauth-server';

const M2M = { clientId: 'mock-m2m-client', clientSecret: 'mock-m2m-secret-0123456789abcdef' };

let mock: OAuthMock;
beforeAll(async () => {
  mock = await startOAuthMock();
  mock.requireSecret(M2M.clientId, M2M.clientSecret);
});
afterAll(async () => {
  await mock.close();
});

const m2m = (overrides = {}) =>
  mock.config({ ...M2M, scopes: ['orders/read', 'orders/write'], ...overrides });

/** Answers the next token request with this OAuth error body. */
function nextTokenAnswer(statusCode: number, body: Record<string, unknown> | '') {
  mock.onTokenAnswer((response) => {
    response.statusCode = statusCode;
    response.body = body;
  });
}

describe('client credentials (M2M)', () => {
  it('gets an access token for the asked scopes, authenticated with HTTP Basic', async () => {
    const tokens = await clientCredentials(m2m());
    expect(tokens.idToken).toBeUndefined();
    expect(tokens.refreshToken).toBeUndefined();
    expect(tokens.username).toBe(M2M.clientId);
    expect(tokens.expiresAt).toBeGreaterThan(Date.now());
    expect(decodeJwtPayload(tokens.accessToken).scope).toBe('orders/read orders/write');
    expect(mock.requests.at(-1)).toEqual({
      endpoint: 'token',
      grantType: 'client_credentials',
      scope: 'orders/read orders/write',
      basicClientId: M2M.clientId,
      hasCodeVerifier: false,
    });
  });

  it('leaves scope out when the profile names none', async () => {
    await clientCredentials(m2m({ scopes: [] }));
    expect(mock.requests.at(-1)).not.toHaveProperty('scope');
  });

  it('says to check the client secret on invalid_client', async () => {
    const error = await rejectionOf(
      clientCredentials(m2m({ clientSecret: 'wrong-secret-000000' })),
    );
    expect(error.code).toBe('secret-hash');
    expect(error.message).toBe(
      "Cognito refused the app client (invalid_client): check the profile's client ID and client secret.",
    );
  });

  it('names the scopes the app client does not allow on invalid_scope', async () => {
    nextTokenAnswer(400, { error: 'invalid_scope' });
    const error = await rejectionOf(clientCredentials(m2m({ scopes: ['orders/delete'] })));
    expect(error.code).toBe('invalid-input');
    expect(error.message).toBe(
      'The app client does not allow the scopes "orders/delete": add them to the app client\'s allowed OAuth scopes in Cognito, or change the profile\'s scopes.',
    );
  });

  it.each([
    ['unauthorized_client', 'flow-not-enabled', /does not allow the client credentials grant/],
    ['unsupported_grant_type', 'flow-not-enabled', /does not accept the client credentials grant/],
    ['invalid_request', 'invalid-input', /malformed \(invalid_request\)/],
  ])('reads %s', async (name, code, sentence) => {
    nextTokenAnswer(400, { error: name });
    const error = await rejectionOf(clientCredentials(m2m()));
    expect(error.code).toBe(code);
    expect(error.message).toMatch(sentence);
  });

  it('calls a 5xx without an OAuth body a server error worth retrying', async () => {
    nextTokenAnswer(503, '');
    const error = await rejectionOf(clientCredentials(m2m()));
    expect(error.code).toBe('server');
    expect(error.message).toMatch(/server error \(HTTP 503\)/);
    expect(isTransient(error)).toBe(true);
  });

  it('tells a throttled caller to wait', async () => {
    nextTokenAnswer(429, '');
    const error = await rejectionOf(clientCredentials(m2m()));
    expect(error.code).toBe('too-many-requests');
    expect(isTransient(error)).toBe(true);
  });

  it('calls a closed port a network failure worth retrying', async () => {
    const port = await freePort();
    const error = await rejectionOf(clientCredentials(m2m({ domain: `http://127.0.0.1:${port}` })));
    expect(error.code).toBe('network');
    expect(error.message).toMatch(/connection refused/);
    expect(isTransient(error)).toBe(true);
  });

  it('refuses plain http to anything but this computer', async () => {
    const error = await rejectionOf(clientCredentials(m2m({ domain: 'http://auth.example.com' })));
    expect(error.code).toBe('invalid-input');
    expect(error.message).toMatch(/must start with https:\/\//);
  });
});

describe('refresh and revocation', () => {
  it('ends the session on invalid_grant at refresh', async () => {
    nextTokenAnswer(400, {
      error: 'invalid_grant',
      error_description: 'Refresh Token has expired',
    });
    const error = await rejectionOf(refreshWithRefreshToken(mock.config(), 'old-refresh-token'));
    expect(error.code).toBe('refresh-token-invalid');
  });

  it('keeps the refresh token out of the result when the server sent none', async () => {
    mock.onTokenAnswer((response) => {
      if (typeof response.body === 'object') delete response.body.refresh_token;
    });
    const tokens = await refreshWithRefreshToken(mock.config(), 'a-refresh-token');
    expect(tokens.refreshToken).toBeUndefined();
    expect(tokens.idToken).toBeDefined();
  });

  it('says what failed when revocation is refused', async () => {
    mock.onRevoke((response) => {
      response.statusCode = 500;
    });
    const error = await rejectionOf(revokeRefreshToken(mock.config(), 'a-refresh-token'));
    expect(error.code).toBe('server');
  });

  it("builds Cognito's logout URL", () => {
    const url = new URL(logoutUrl(mock.config(), { logoutUri: 'http://localhost:8080/bye' }));
    expect(url.href.startsWith(`${mock.domain}/logout?`)).toBe(true);
    expect(Object.fromEntries(url.searchParams)).toEqual({
      client_id: 'mock-client-1',
      logout_uri: 'http://localhost:8080/bye',
    });
  });
});
