// The session layer with browser and M2M profiles, through the facade: an M2M profile's token is
// fetched anew ahead of expiry by the background refresh (no refresh token exists), a browser
// sign-in lands in the keychain like a password one, and cancelling it frees the redirect port.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issuer } from '../support/cognito-double/claims';
import {
  followAuthorize,
  freePort,
  rejectionOf,
  startOAuthMock,
  type OAuthMock,
} from '../support/oauth-server';
import type { TokenManager } from '../../src/main/token-manager';
import { useFacade } from '../support/use-facade';

const M2M_POOL = 'eu-west-1_Kinds1';
const WEB_POOL = 'eu-west-1_KindsWeb1';
const M2M = { clientId: 'kindsm2m', clientSecret: 'kinds-m2m-secret-0123456789abcdef' };

const facade = useFacade({
  pools: [
    {
      userPoolId: M2M_POOL,
      clients: [
        // Two-second tokens, due one second before they run out.
        {
          ...M2M,
          oauthFlows: ['client_credentials'],
          oauthScopes: ['jobs/run'],
          tokenValiditySeconds: 2,
        },
      ],
      users: [],
    },
  ],
});
const double = facade.double;
let mock: OAuthMock;

beforeAll(async () => {
  mock = await startOAuthMock(WEB_POOL);
  mock.server.issuer.url = issuer(WEB_POOL);
});
afterAll(() => mock.close());

/** Waits for `check` to hold, polling; fails with `what` after a generous deadline. */
async function until(check: () => boolean, what: string): Promise<void> {
  for (let waited = 0; !check(); waited += 25) {
    if (waited > 20_000) throw new Error(`never happened: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const fetches = () =>
  double.requests.filter(
    (r) => r.operation === 'OAuth /oauth2/token' && r.body.grant_type === 'client_credentials',
  ).length;

describe('an M2M profile', () => {
  it('keeps an access token only, and the background refresh fetches a new one before expiry', async () => {
    const { manager, keytar } = await facade.open();
    const profile = await manager.addProfile(
      {
        name: 'jobs',
        signIn: 'client-credentials',
        domain: double.endpoint,
        userPoolId: M2M_POOL,
        clientId: M2M.clientId,
        hasClientSecret: true,
        endpoint: double.endpoint,
        refreshAheadSeconds: 1,
      },
      { clientSecret: M2M.clientSecret },
    );
    const first = await manager.freshTokens(profile.id);
    expect(first.idToken).toBeUndefined();
    expect(first.refreshToken).toBeUndefined();
    const stored = [...keytar.items.keys()].filter((key) => key.includes(profile.id));
    expect(stored.some((key) => key.endsWith(':access-token'))).toBe(true);
    expect(stored.some((key) => key.endsWith(':id-token') || key.endsWith(':refresh-token'))).toBe(
      false,
    );

    const before = fetches();
    manager.startSessions();
    await until(() => fetches() > before, 'a background fetch of a new M2M token');
    await until(
      () => manager.sessionState(profile.id).status === 'signed-in',
      'the session back to signed-in',
    );
    const renewed = await manager.freshTokens(profile.id);
    expect(renewed.accessToken).not.toBe(first.accessToken);
    manager.stop();
  });
});

describe('a browser profile', () => {
  async function addWeb(manager: TokenManager) {
    return manager.addProfile({
      name: 'web',
      signIn: 'browser',
      domain: mock.domain,
      userPoolId: WEB_POOL,
      clientId: 'kindsweb1',
      endpoint: mock.domain,
      redirectUri: `http://127.0.0.1:${await freePort()}/callback`,
    });
  }

  it('signs in through the browser, keeps the tokens and shows signed-in', async () => {
    const { manager } = await facade.open();
    const profile = await addWeb(manager);
    let visit: ReturnType<typeof followAuthorize> | undefined;
    const tokens = await manager.signInWithBrowser(profile.id, {
      openUrl: (url) => {
        visit = followAuthorize(url);
      },
    });
    expect((await visit)?.status).toBe(200);
    expect(tokens.refreshToken).toBeTruthy();
    expect(manager.sessionState(profile.id)).toMatchObject({ status: 'signed-in' });
    const refreshed = await manager.refreshNow(profile.id);
    expect(refreshed.idToken).not.toBe(tokens.idToken);
  });

  it('cancelling the wait frees the redirect port and leaves the profile signed out', async () => {
    const { manager } = await facade.open();
    const profile = await addWeb(manager);
    let opened = false;
    const waiting = manager.signInWithBrowser(profile.id, {
      openUrl: () => {
        opened = true;
      },
    });
    await until(() => opened, 'the sign-in page opened');
    expect(manager.sessionState(profile.id).status).toBe('signing-in');
    manager.cancelSignIn(profile.id);
    const error = await rejectionOf(waiting);
    expect(error.code).toBe('cancelled');
    expect(manager.sessionState(profile.id).status).toBe('signed-out');
    const redirect = profile.redirectUri ?? '';
    expect(
      await fetch(redirect).then(
        () => 'answered',
        () => 'closed',
      ),
    ).toBe('closed');
  });
});
