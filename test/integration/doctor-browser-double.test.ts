// The doctor of browser profiles against the strict Cognito double's managed login: a registered
// and a mismatched redirect URI, an unknown client, a refused scope, a client without the code
// grant, and a domain nobody answers at. One authorize GET; no password, no InitiateAuth.
import { beforeAll, describe, expect, it } from 'vitest';
import type { TokenManager } from '../../src/main/token-manager';
import { addAndCheck, checksById as byId } from '../support/doctor-checks';
import { useFacade } from '../support/use-facade';
import { freePort } from '../support/oauth-server';

const POOL = 'eu-west-1_DoctorWeb1';
const CALLBACK = 'http://localhost:8976/callback';
const facade = useFacade({
  pools: [
    {
      userPoolId: POOL,
      clients: [
        {
          clientId: 'webclient',
          oauthFlows: ['code'],
          oauthScopes: ['openid', 'email', 'profile'],
          callbackUrls: [CALLBACK],
        },
        { clientId: 'implicitonly', oauthFlows: [], callbackUrls: [CALLBACK] },
      ],
      users: [],
    },
  ],
});
const double = facade.double;
let manager: TokenManager;

beforeAll(async () => {
  ({ manager } = await facade.open());
});

const browser = (name: string, fields: Record<string, unknown> = {}) =>
  addAndCheck(manager, {
    name,
    signIn: 'browser',
    userPoolId: POOL,
    clientId: 'webclient',
    endpoint: double.endpoint,
    domain: double.endpoint,
    ...fields,
  });

describe('the doctor of a browser profile', () => {
  it('passes a client that lists the redirect URI, with one authorize GET and no sign-in', async () => {
    const before = double.requests.length;
    const report = await browser('web');
    expect(report.ok).toBe(true);
    expect(report.checks.map((c) => c.id)).toEqual([
      'endpoint',
      'pool',
      'domain',
      'redirect-uri',
      'tokens',
      'clock',
      'rotation',
      'keychain',
    ]);
    expect(byId(report)).toMatchObject({
      domain: ['pass', `${double.endpoint} answers as Cognito's managed login.`],
      'redirect-uri': [
        'pass',
        `The app client accepts ${CALLBACK}, and Cognito offers its sign-in page.`,
      ],
      rotation: [
        'info',
        "The profile refreshes at the managed login's token endpoint (grant_type=refresh_token) and keeps its refresh token unless Cognito sends a new one.",
      ],
    });
    const sent = double.requests.slice(before).map((r) => r.operation);
    expect(sent).toEqual(['OAuth /oauth2/authorize']);
    expect(double.requests.at(-1)?.body).toEqual({
      response_type: 'code',
      client_id: 'webclient',
      redirect_uri: CALLBACK,
      scope: 'openid email profile',
    });
  });

  it('names a redirect URI the client does not list, and says the port must match', async () => {
    const report = await browser('web other port', {
      redirectUri: 'http://localhost:8977/callback',
    });
    expect(report.ok).toBe(false);
    expect(byId(report)['redirect-uri']).toEqual([
      'fail',
      "http://localhost:8977/callback is not one of the app client's callback URLs (redirect_mismatch).",
      "Add http://localhost:8977/callback to the app client's callback URLs; Cognito matches the port exactly.",
    ]);
  });

  it('fails an unknown client without claiming why Cognito refused it', async () => {
    const report = await browser('web unknown', { clientId: 'noSuchClient' });
    expect(report.ok).toBe(false);
    expect(byId(report)['redirect-uri']).toEqual([
      'fail',
      'The managed login refused the sign-in request (invalid_request): the app client may not exist in this pool, or may not use the managed login.',
      "Check the profile's app client id, and that the app client has the managed login (OAuth 2.0 authorization code grant) turned on.",
    ]);
  });

  it('tells a refused scope and a client without the code grant apart', async () => {
    const scope = await browser('web scope', { scopes: ['openid', 'orders/read'] });
    expect(byId(scope)['redirect-uri']).toEqual([
      'fail',
      `Cognito accepts ${CALLBACK}, but the app client does not allow the scopes "openid orders/read" (invalid_scope).`,
      "Add them to the app client's allowed OAuth scopes in Cognito, or change the profile's scopes.",
    ]);
    const grant = await browser('web no code', { clientId: 'implicitonly' });
    expect(byId(grant)['redirect-uri']).toEqual([
      'fail',
      `Cognito accepts ${CALLBACK}, but the app client does not allow the authorization code grant (unauthorized_client).`,
      "Turn on the authorization code grant in the app client's managed login (OAuth 2.0) settings.",
    ]);
  });

  it('fails a domain nobody answers at, and skips the redirect check', async () => {
    const domain = `http://127.0.0.1:${await freePort()}`;
    const report = await browser('web down', { domain });
    expect(report.ok).toBe(false);
    expect(byId(report)).toMatchObject({
      endpoint: ['pass', `${double.endpoint} answers.`],
      domain: [
        'fail',
        `${domain} did not answer (ECONNREFUSED).`,
        "Start the server at that address, or correct the profile's domain.",
      ],
      'redirect-uri': ['skip', "Not known: the domain did not answer as Cognito's managed login."],
    });
  });
});
