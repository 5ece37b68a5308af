// The doctor of M2M profiles against the strict Cognito double's token endpoint: the right and a
// wrong client secret, a scope the client may not have, a client without the grant, and a
// signed-in profile's access token. One token request, whose token is never shown.
import { beforeAll, describe, expect, it } from 'vitest';
import type { TokenManager } from '../../src/main/token-manager';
import { addAndCheck, checksById as byId } from '../support/doctor-checks';
import { useFacade } from '../support/use-facade';

const POOL = 'eu-west-1_DoctorM2m1';
const SECRET = 'doctor-m2m-secret-0123456789abcdef';
const facade = useFacade({
  pools: [
    {
      userPoolId: POOL,
      clients: [
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
  ],
});
const double = facade.double;
let manager: TokenManager;

beforeAll(async () => {
  ({ manager } = await facade.open());
});

const m2m = (name: string, fields: Record<string, unknown>, secret?: string) =>
  addAndCheck(
    manager,
    {
      name,
      signIn: 'client-credentials',
      userPoolId: POOL,
      clientId: 'machineclient',
      endpoint: double.endpoint,
      domain: double.endpoint,
      ...fields,
    },
    secret,
  );

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
