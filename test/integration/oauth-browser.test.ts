// Browser sign-in (managed login) against oauth2-mock-server: the authorize URL, the loopback
// redirect, the code exchange with PKCE, the ID token checks, and every way the wait can end.
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  type OAuthClientConfig,
  browserSignIn,
  browserSignOut,
  refreshWithRefreshToken,
  revokeRefreshToken,
  startBrowserSignIn,
} from '../../src/main/oauth';
import {
  MOCK_USERNAME,
  type OAuthMock,
  followAuthorize,
  freePort,
  rejectionOf,
  startOAuthMock,
} from '../support/oauth-server';

let mock: OAuthMock;
beforeAll(async () => {
  mock = await startOAuthMock();
});
afterAll(async () => {
  await mock.close();
});

async function browserConfig(overrides: Partial<OAuthClientConfig> = {}) {
  const port = await freePort();
  return mock.config({ redirectUri: `http://127.0.0.1:${port}/callback`, ...overrides });
}

/** True when nothing listens on the redirect URI any more. */
async function listenerClosed(redirectUri: string): Promise<boolean> {
  return fetch(redirectUri).then(
    () => false,
    () => true,
  );
}

describe('browser sign-in through the managed login', () => {
  it('signs in, shows a closing page, and the refresh token gives new tokens', async () => {
    const config = await browserConfig();
    // Set when the sign-in opens the page; a rejection made up front would go unhandled.
    let visit: ReturnType<typeof followAuthorize> | undefined;
    const tokens = await browserSignIn(config, {
      openUrl: (url) => {
        visit = followAuthorize(url);
      },
    });
    const { refreshToken = '' } = tokens;
    expect(tokens.username).toBe(MOCK_USERNAME);
    expect(tokens.idToken).toMatch(/^eyJ/);
    expect(tokens.refreshToken).toBeTruthy();
    expect(tokens.expiresAt).toBeGreaterThan(Date.now());
    if (!visit) throw new Error('the sign-in page was never opened');
    const seen = await visit;
    expect(seen.status).toBe(200);
    expect(seen.page).toContain('You can close this tab');
    expect(seen.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(seen.headers.get('cache-control')).toBe('no-store');
    expect(seen.headers.get('referrer-policy')).toBe('no-referrer');
    const code = new URL(seen.redirectedTo).searchParams.get('code') ?? '';
    expect(code).not.toBe('');
    for (const secret of [code, tokens.idToken, tokens.accessToken, refreshToken]) {
      expect(seen.page).not.toContain(secret);
    }
    // The mock refuses a code_verifier that does not match the S256 challenge, so this proves both.
    const exchange = mock.requests.at(-1);
    expect(exchange).toMatchObject({ grantType: 'authorization_code', hasCodeVerifier: true });
    expect(await listenerClosed(config.redirectUri)).toBe(true);

    const refreshed = await refreshWithRefreshToken(config, refreshToken);
    expect(refreshed.accessToken).not.toBe(tokens.accessToken);
    expect(refreshed.idToken).not.toBe(tokens.idToken);
    expect(refreshed.username).toBe(MOCK_USERNAME);
    expect(mock.requests.at(-1)).toMatchObject({ grantType: 'refresh_token' });

    await revokeRefreshToken(config, refreshToken);
    expect(mock.requests.at(-1)).toMatchObject({ endpoint: 'revoke' });
  });

  it('puts the S256 challenge, the scopes and identity_provider in the authorize URL', async () => {
    const config = await browserConfig({
      identityProvider: 'Google',
      scopes: ['openid', 'profile'],
    });
    const signIn = await startBrowserSignIn(config);
    const url = new URL(signIn.url);
    expect(url.origin + url.pathname).toBe(`${mock.domain}/oauth2/authorize`);
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      response_type: 'code',
      client_id: config.clientId,
      redirect_uri: config.redirectUri,
      scope: 'openid profile',
      code_challenge_method: 'S256',
      identity_provider: 'Google',
    });
    expect(url.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(url.searchParams.get('state')).toMatch(/^[\w-]{20,}$/);
    expect(url.searchParams.get('nonce')).toMatch(/^[\w-]{20,}$/);
    signIn.cancel();
    expect((await rejectionOf(signIn.done)).code).toBe('cancelled');
    expect(await listenerClosed(config.redirectUri)).toBe(true);
  });

  it('answers other paths with 404 and keeps waiting for the callback', async () => {
    const config = await browserConfig();
    const signIn = await startBrowserSignIn(config);
    const other = await fetch(new URL('/favicon.ico', config.redirectUri));
    expect(other.status).toBe(404);
    const visit = await followAuthorize(signIn.url);
    expect(visit.status).toBe(200);
    expect((await signIn.done).username).toBe(MOCK_USERNAME);
  });

  it("refuses an ID token whose nonce is not this sign-in's", async () => {
    const config = await browserConfig();
    const stop = mock.onTokenSigning((token) => {
      if ('nonce' in token.payload) token.payload.nonce = 'someone-elses-nonce';
    });
    try {
      const signIn = await startBrowserSignIn(config);
      const visit = await followAuthorize(signIn.url);
      const error = await rejectionOf(signIn.done);
      expect(error.code).toBe('unexpected-response');
      expect(error.message).toMatch(/nonce mismatch/);
      expect(visit.status).toBe(400);
      expect(visit.page).toContain('nonce mismatch');
    } finally {
      stop();
    }
  });

  it.each([
    ['access_denied', 'wrong-credentials', /refused in the browser \(access_denied\)/],
    ['redirect_mismatch', 'invalid-input', /add it to the app client's allowed callback URLs/],
  ])('turns error=%s on the callback into a sentence', async (name, code, sentence) => {
    const config = await browserConfig();
    mock.onAuthorizeRedirect((redirect) => {
      redirect.url.searchParams.delete('code');
      redirect.url.searchParams.set('error', name);
      redirect.url.searchParams.set('error_description', '<b>denied</b>');
    });
    const signIn = await startBrowserSignIn(config);
    const visit = await followAuthorize(signIn.url);
    const error = await rejectionOf(signIn.done);
    expect(error.code).toBe(code);
    expect(error.message).toMatch(sentence);
    expect(visit.page).not.toContain('<b>');
  });

  it('refuses a redirect URI that does not come back to this computer', async () => {
    const openUrl = vi.fn();
    const config = mock.config({ redirectUri: 'https://app.example.com/callback' });
    const error = await rejectionOf(browserSignIn(config, { openUrl }));
    expect(error.code).toBe('invalid-input');
    expect(error.message).toMatch(/^The redirect URI must be http:\/\/localhost:PORT\/path/);
    expect(openUrl).not.toHaveBeenCalled();
  });

  it('names the port and does not open the browser when the redirect port is taken', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    const openUrl = vi.fn();
    try {
      const config = mock.config({ redirectUri: `http://localhost:${port}/callback` });
      const error = await rejectionOf(browserSignIn(config, { openUrl }));
      expect(error.code).toBe('invalid-input');
      expect(error.message).toMatch(
        new RegExp(`^Port ${port} of the redirect URI is already in use`),
      );
      expect(openUrl).not.toHaveBeenCalled();
    } finally {
      await new Promise((resolve) => {
        blocker.close(resolve);
      });
    }
  });

  it('gives up when the browser never comes back, and frees the port', async () => {
    const config = await browserConfig();
    const error = await rejectionOf(
      browserSignIn(config, { openUrl: () => undefined, waitMs: 20 }),
    );
    expect(error.code).toBe('session-expired');
    expect(error.message).toMatch(/did not come back within 20 ms: start the sign-in again/);
    expect(await listenerClosed(config.redirectUri)).toBe(true);
  });

  it('stops when the caller aborts', async () => {
    const config = await browserConfig();
    const controller = new AbortController();
    const error = await rejectionOf(
      browserSignIn(config, {
        openUrl: () => {
          controller.abort();
        },
        signal: controller.signal,
      }),
    );
    expect(error.code).toBe('cancelled');
    expect(await listenerClosed(config.redirectUri)).toBe(true);
  });
});

describe("ending the managed login's session", () => {
  it('opens Cognito’s sign-out page and shows a closing page when the browser comes back', async () => {
    const config = await browserConfig();
    let opened = '';
    let page: Promise<Response> | undefined;
    const outcome = await browserSignOut(config, {
      openUrl: (url) => {
        opened = url;
        // What Cognito does for a registered sign-out URL: send the browser to logout_uri.
        page = fetch(new URL(url).searchParams.get('logout_uri') ?? '');
      },
    });
    expect(outcome).toBe('signed-out');
    const landed = await (page ?? Promise.reject(new Error('never opened')));
    expect(landed.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(await landed.text()).toContain('signed out of the managed login');
    const url = new URL(opened);
    expect(url.pathname).toBe('/logout');
    expect(url.searchParams.get('client_id')).toBe(config.clientId);
    expect(url.searchParams.get('logout_uri')).toBe(config.redirectUri);
    expect(await listenerClosed(config.redirectUri)).toBe(true);
  });

  it('says the browser did not come back, and frees the port', async () => {
    const config = await browserConfig();
    const outcome = await browserSignOut(config, { openUrl: () => undefined, waitMs: 50 });
    expect(outcome).toBe('no-answer');
    expect(await listenerClosed(config.redirectUri)).toBe(true);
  });
});
