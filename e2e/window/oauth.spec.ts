// Browser and M2M profiles in the window, in Chromium through `npm run preview`. The managed
// login is oauth2-mock-server: the test reads the page the app "opened" from the preview host
// and follows it as the user's browser would. M2M gets its token from the strict Cognito
// double's token endpoint. Cancel on a waiting sign-in frees the redirect port.
import type { Page } from '@playwright/test';
import { startCognitoDouble, type CognitoDouble } from '../../test/support/cognito-double';
import { issuer } from '../../test/support/cognito-double/claims';
import { m2mPool } from '../../test/support/cognito-double/test-pools';
import {
  followAuthorize,
  freePort,
  startOAuthMock,
  type OAuthMock,
} from '../../test/support/oauth-server';
import { expectAccessible } from '../support/axe';
import { expect, screenshots, test } from '../support/app-fixture';
import { profileInList } from '../support/window-steps';

const WEB_POOL = 'eu-west-1_Mock1';
const M2M_POOL = 'eu-west-1_WinM2m1';
const M2M = { clientId: 'winm2mclient1', clientSecret: 'win-m2m-secret-7c41d9e2b8a6f035' };

let mock: OAuthMock;
let double: CognitoDouble;
test.beforeAll(async () => {
  [mock, double] = await Promise.all([
    startOAuthMock(WEB_POOL),
    startCognitoDouble([m2mPool(M2M_POOL, M2M, ['orders/read', 'orders/write'])]),
  ]);
  // The app checks ID tokens against the pool's Cognito issuer, as real Cognito names it.
  mock.server.issuer.url = issuer(WEB_POOL);
  // The mock's code grant puts scope "dummy" on its access tokens; Cognito puts the asked ones.
  mock.onTokenSigning((token) => {
    if (token.payload.token_use === 'access') token.payload.scope = 'openid email';
  });
});
test.afterAll(async () => {
  await Promise.all([mock.close(), double.close()]);
});

// The profile's "Sign in" opens the browser at once: nothing needs typing first.
const startBrowserSignIn = async (page: Page) => {
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(
    page.getByRole('heading', { name: 'Finish signing in in your browser' }),
  ).toBeVisible();
};

test('a browser profile signs in through the managed login, and Cancel frees the port', async ({
  page,
  app,
}) => {
  const redirectUri = `http://127.0.0.1:${await freePort()}/callback`;
  await app.cli(
    ['profiles', 'add', 'web', '--sign-in', 'browser', '--domain', mock.domain]
      .concat(['--pool-id', WEB_POOL, '--client-id', 'mockclient1', '--endpoint', mock.domain])
      .concat(['--redirect-uri', redirectUri, '--scopes', 'openid email']),
  );
  await app.open();
  await profileInList(page, 'web').click();
  await startBrowserSignIn(page);
  await expect(page.getByRole('status', { name: 'Waiting for the browser' })).toBeVisible();
  const [url] = await app.host.openedPages();
  if (!url) throw new Error('the app opened no sign-in page');
  await expect(page.getByText(new URL(url).host, { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Copy the link' }).click();
  await expect(page.getByText('Link copied')).toBeVisible();
  expect(await app.host.clipboard()).toBe(url);
  await screenshots(page, 'oauth-browser-wait');
  await expectAccessible(page, 'browser sign-in wait');

  expect((await followAuthorize(url)).page).toContain('close this tab');
  const scopes = page.getByRole('list', { name: 'Scopes' });
  await expect(scopes.getByRole('listitem')).toHaveText(['openid', 'email']);
  await expect(page.getByRole('button', { name: 'Copy ID token', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Change password' })).toHaveCount(0);
  await screenshots(page, 'oauth-browser-tokens');
  await expectAccessible(page, 'browser token view');

  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await expect(page.getByText('Signed out.')).toBeVisible();
  await startBrowserSignIn(page);
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByText(`the app no longer listens at ${redirectUri}`)).toBeVisible();
  await expect(page.getByText(/Your browser opens the managed login at/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sign in with the browser' })).toBeVisible();
  await expect(fetch(redirectUri)).rejects.toThrow();
  await screenshots(page, 'oauth-browser-start');
  await expectAccessible(page, 'browser sign-in');
});

test('an M2M profile gets an access token: no ID token, scopes shown, copy, forget', async ({
  page,
  app,
}) => {
  app.secret('M2M client secret', M2M.clientSecret);
  await app.open();
  await page
    .getByRole('toolbar', { name: 'App' })
    .getByRole('button', { name: 'Add profile' })
    .click();
  const form = page.getByRole('form', { name: 'Add a profile' });
  await page.getByLabel('Profile name').fill('orders bot');
  await form.getByRole('radio', { name: 'App client credentials (M2M)' }).check();
  await page.getByLabel('User pool id').fill(M2M_POOL);
  await page.getByLabel('App client id').fill(M2M.clientId);
  await page.getByLabel('Managed login domain').fill(double.endpoint);
  await page.getByLabel('Scopes (separated by spaces)').fill('orders/read orders/write');
  await page.getByLabel('Client secret').fill(M2M.clientSecret);
  await form.getByRole('button', { name: 'Add profile' }).click();

  // One action: nothing to type, so "Get a token" asks the token endpoint at once.
  await page.getByRole('button', { name: 'Get a token' }).click();

  await expect(page.getByText(/there is no ID token and no refresh token/)).toBeVisible();
  const scopes = page.getByRole('list', { name: 'Scopes' });
  await expect(scopes.getByRole('listitem')).toHaveText(['orders/read', 'orders/write']);
  await expect(page.getByRole('button', { name: 'Copy ID token' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Sign out everywhere' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Change password' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Copy access token', exact: true }).click();
  await expect(page.getByText(/^Access token copied/)).toBeVisible();
  const copied = (await app.host.clipboard()) ?? '';
  app.secret('M2M access token', copied);
  const payload: unknown = JSON.parse(
    Buffer.from(copied.split('.')[1] ?? '', 'base64url').toString(),
  );
  expect(payload).toMatchObject({ client_id: M2M.clientId, token_use: 'access' });
  await screenshots(page, 'oauth-m2m-tokens');
  await expectAccessible(page, 'M2M token view');

  await page.getByRole('button', { name: 'Forget the token' }).click();
  await expect(page.getByText(/Cognito cannot revoke an access token/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Get a token' })).toBeVisible();
});
