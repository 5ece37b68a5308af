// The OAuth library against the strict Cognito double's token and revocation endpoints: client
// credentials with custom scopes, Cognito's error bodies turned into sentences, and the refresh
// grant for a refresh token from an ordinary sign-in.
import { describe, expect, it } from 'vitest';
import { decodeJwtPayload } from '../../src/main/cognito/jwt';
import {
  type OAuthClientConfig,
  clientCredentials,
  refreshWithRefreshToken,
  revokeRefreshToken,
} from '../../src/main/oauth';
import { callCognito, field } from '../support/cognito-double';
import { issuer } from '../support/cognito-double/claims';
import { rejectionOf } from '../support/oauth-server';
import { useDouble } from '../support/use-double';

const POOL = 'eu-west-1_OAuth1';
const M2M = { clientId: 'double-m2m-client', clientSecret: 'double-m2m-secret-0123456789abcdef' };
const APP = 'double-oauth-app-client';

const double = useDouble([
  {
    userPoolId: POOL,
    clients: [
      {
        ...M2M,
        oauthFlows: ['client_credentials'],
        oauthScopes: ['orders/read', 'orders/write', 'openid'],
      },
      { clientId: APP, oauthFlows: ['code'], oauthScopes: ['openid', 'email'] },
    ],
    users: [{ username: 'olivia', password: 'Olivia-Pass1' }],
  },
]);

function config(overrides: Partial<OAuthClientConfig> = {}): OAuthClientConfig {
  return {
    domain: double.endpoint,
    ...M2M,
    scopes: ['orders/read'],
    redirectUri: 'http://localhost:53682/callback',
    issuer: issuer(POOL),
    jwksUri: `${double.endpoint}/${POOL}/.well-known/jwks.json`,
    timeoutMs: 5_000,
    ...overrides,
  };
}

describe('client credentials against the Cognito double', () => {
  it('gets an access token with the asked scopes, naming the client', async () => {
    const tokens = await clientCredentials(config({ scopes: ['orders/read', 'orders/write'] }));
    const claims = decodeJwtPayload(tokens.accessToken);
    expect(claims).toMatchObject({
      scope: 'orders/read orders/write',
      client_id: M2M.clientId,
      token_use: 'access',
      iss: issuer(POOL),
    });
    expect(tokens.username).toBe(M2M.clientId);
    expect(tokens.idToken).toBeUndefined();
    expect(tokens.refreshToken).toBeUndefined();
    expect(double.requests.at(-1)).toMatchObject({
      operation: 'OAuth /oauth2/token',
      body: { grant_type: 'client_credentials', scope: 'orders/read orders/write' },
      status: 200,
    });
    // HTTP Basic: the secret never travels in the form.
    expect(double.requests.at(-1)?.body).not.toHaveProperty('client_secret');
  });

  it('says to check the secret when Cognito answers invalid_client', async () => {
    const error = await rejectionOf(
      clientCredentials(config({ clientSecret: 'not-the-secret-0000' })),
    );
    expect(double.requests.at(-1)).toMatchObject({ status: 401, errorType: 'invalid_client' });
    expect(error.code).toBe('secret-hash');
    expect(error.message).toMatch(
      /invalid_client.*check the profile's client ID and client secret/,
    );
  });

  it('names the scope the app client does not allow', async () => {
    const error = await rejectionOf(clientCredentials(config({ scopes: ['orders/delete'] })));
    expect(double.requests.at(-1)).toMatchObject({ status: 400, errorType: 'invalid_scope' });
    expect(error.code).toBe('invalid-input');
    expect(error.message).toBe(
      'The app client does not allow the scopes "orders/delete": add them to the app client\'s allowed OAuth scopes in Cognito, or change the profile\'s scopes.',
    );
  });

  it('says the grant is not enabled for a client without client credentials', async () => {
    const error = await rejectionOf(
      clientCredentials(config({ clientId: APP, clientSecret: undefined })),
    );
    expect(double.requests.at(-1)).toMatchObject({ errorType: 'unauthorized_client' });
    expect(error.code).toBe('flow-not-enabled');
    expect(error.message).toMatch(/does not allow the client credentials grant/);
  });

  it('gives up on a token endpoint that does not answer in time', async () => {
    double.faults.delayMs = 300;
    try {
      const error = await rejectionOf(clientCredentials(config({ timeoutMs: 50 })));
      expect(error.code).toBe('timeout');
      expect(error.message).toMatch(/did not answer within 0\.1 s/);
    } finally {
      double.faults.delayMs = 0;
    }
  });

  it('retries nothing itself and calls a 500 a server error', async () => {
    double.faults.serverErrorNext = 1;
    const error = await rejectionOf(clientCredentials(config()));
    expect(error.code).toBe('server');
  });
});

describe('refresh grant against the Cognito double', () => {
  async function signIn(): Promise<string> {
    const reply = await callCognito(double.endpoint, 'InitiateAuth', {
      AuthFlow: 'USER_PASSWORD_AUTH',
      ClientId: APP,
      AuthParameters: { USERNAME: 'olivia', PASSWORD: 'Olivia-Pass1' },
    });
    return field(reply, 'AuthenticationResult', 'RefreshToken');
  }
  const app = () => config({ clientId: APP, clientSecret: undefined, scopes: ['openid'] });

  it('gives new, signature-checked tokens and no new refresh token', async () => {
    const refreshToken = await signIn();
    const tokens = await refreshWithRefreshToken(app(), refreshToken);
    expect(tokens.username).toBe('olivia');
    expect(tokens.idToken).toBeDefined();
    expect(tokens.refreshToken).toBeUndefined();
    expect(tokens.expiresAt).toBeGreaterThan(Date.now());
  });

  it('ends the session once the refresh token is revoked', async () => {
    const refreshToken = await signIn();
    await revokeRefreshToken(app(), refreshToken);
    expect(double.requests.at(-1)).toMatchObject({
      operation: 'OAuth /oauth2/revoke',
      status: 200,
    });
    const error = await rejectionOf(refreshWithRefreshToken(app(), refreshToken));
    expect(double.requests.at(-1)).toMatchObject({ errorType: 'invalid_grant' });
    expect(error.code).toBe('refresh-token-invalid');
  });

  it('refuses an ID token from another pool', async () => {
    const refreshToken = await signIn();
    const error = await rejectionOf(
      refreshWithRefreshToken({ ...app(), issuer: issuer('eu-west-1_Other9') }, refreshToken),
    );
    expect(error.code).toBe('unexpected-response');
    expect(error.message).toMatch(/another issuer: check the profile's user pool ID and region/);
  });
});
