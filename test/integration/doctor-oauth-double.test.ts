// The doctor of browser and M2M profiles against the strict Cognito double's managed login:
// a registered and a mismatched redirect URI, an unknown client, a refused scope; the right and
// a wrong client secret, a scope the client may not have, a client without the grant; and a
// domain nobody answers at. No password is asked for and no InitiateAuth is sent.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TokenManager } from '../../src/main/token-manager';
import type { DoctorReport } from '../../src/main/doctor/doctor-types';
import { startCognitoDouble, type CognitoDouble } from '../support/cognito-double';
import { addAndCheck, openMemoryManager } from '../support/memory-manager';
import { freePort } from '../support/oauth-server';

const POOL = 'eu-west-1_DoctorWeb1';
const SECRET = 'doctor-m2m-secret-0123456789abcdef';
const CALLBACK = 'http://localhost:8976/callback';
let double: CognitoDouble;
let close: () => void;
let manager: TokenManager;

beforeAll(async () => {
  double = await startCognitoDouble([
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
        {
          clientId: 'machineclient',
          clientSecret: SECRET,
          oauthFlows: ['client_credentials'],
          oauthScopes: ['orders/read'],
        },
        { clientId: 'nogrant', clientSecret: SECRET, oauthScopes: ['orders/read'] },
      ],
      users: [],
    },
  ]);
  ({ manager, close } = await openMemoryManager('ctm-doctor-oauth-'));
});
afterAll(async () => {
  close();
  await double.close();
});

const doctor = (name: string, fields: Record<string, unknown>, secret?: string) =>
  addAndCheck(
    manager,
    {
      name,
      userPoolId: POOL,
      clientId: 'webclient',
      endpoint: double.endpoint,
      domain: double.endpoint,
      ...fields,
    },
    secret,
  );
const browser = (name: string, fields: Record<string, unknown> = {}) =>
  doctor(name, { signIn: 'browser', clientId: 'webclient', ...fields });
const m2m = (name: string, fields: Record<string, unknown>, secret?: string) =>
  doctor(name, { signIn: 'client-credentials', clientId: 'machineclient', ...fields }, secret);

const byId = (report: DoctorReport) =>
  Object.fromEntries(
    report.checks.map((c) => [
      c.id,
      c.fix ? [c.status, c.sentence, c.fix] : [c.status, c.sentence],
    ]),
  );

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

describe('the doctor of an M2M profile', () => {
  it('gets one token with the stored secret and shows none of it', async () => {
    const before = double.requests.length;
    const report = await m2m('m2m', { scopes: ['orders/read'] }, SECRET);
    expect(report.ok).toBe(true);
    expect(report.checks.map((c) => c.id)).toEqual([
      'endpoint',
      'pool',
      'domain',
      'client-credentials',
      'tokens',
      'clock',
      'renewal',
      'keychain',
    ]);
    expect(byId(report)).toMatchObject({
      'client-credentials': [
        'pass',
        'Cognito issued an access token for "orders/read" to the app client and its stored secret (the doctor dropped it: it is neither shown nor kept).',
      ],
      renewal: [
        'info',
        'An M2M profile has no refresh token: when its access token is due, a new one is asked for with the client secret.',
      ],
      tokens: ['skip', 'The profile is not signed in here, so there are no tokens to check.'],
    });
    const sent = double.requests.slice(before);
    expect(sent.map((r) => [r.operation, r.status])).toEqual([['OAuth /oauth2/token', 200]]);
    expect(JSON.stringify(report)).not.toMatch(/doctor-m2m-secret|eyJ/);
  });

  it('tells a wrong secret, a scope not allowed and a client without the grant apart', async () => {
    const wrong = await m2m('m2m wrong', { scopes: ['orders/read'] }, 'not-the-secret-at-all');
    expect(wrong.ok).toBe(false);
    expect(byId(wrong)['client-credentials']).toEqual([
      'fail',
      'Cognito refused the app client id or the stored client secret (invalid_client).',
      "Check the app client id, then copy the secret again from the app client's page in the Cognito console and replace the stored one (cognito-tokens profiles edit NAME --client-secret-env VAR, or Edit in the app).",
    ]);
    expect(JSON.stringify(wrong)).not.toMatch(/not-the-secret-at-all/);
    const scope = await m2m('m2m scope', { scopes: ['orders/write'] }, SECRET);
    expect(byId(scope)['client-credentials']).toEqual([
      'fail',
      'The app client may not ask for the scopes "orders/write" (invalid_scope).',
      "Add them to the app client's allowed custom scopes in Cognito, or change the profile's scopes.",
    ]);
    const grant = await m2m('m2m no grant', { clientId: 'nogrant' }, SECRET);
    expect(byId(grant)['client-credentials']).toEqual([
      'fail',
      'The app client does not allow the client credentials grant (unauthorized_client).',
      "Turn on the client credentials grant in the app client's OAuth 2.0 settings in Cognito (it needs a client secret).",
    ]);
  });

  it("checks a signed-in M2M profile's access token against the pool and client", async () => {
    const profile = await manager.addProfile(
      {
        name: 'm2m signed in',
        signIn: 'client-credentials',
        userPoolId: POOL,
        clientId: 'machineclient',
        endpoint: double.endpoint,
        domain: double.endpoint,
      },
      { clientSecret: SECRET },
    );
    await manager.signIn(profile.id);
    const report = await manager.checkProfile(profile.id, 3_000);
    expect(byId(report).tokens).toEqual([
      'pass',
      'The tokens were issued by this user pool for this app client.',
    ]);
  });
});
