// Journey 1: add a profile, then a first sign-in with a temporary password, the new password and
// a required attribute; the token view shows the user's email and a countdown that ticks.
// (cognito-local keeps no attribute given at that challenge, so the test reads it on the wire.)
import { expectAccessible } from '../support/axe';
import { expect, screenshots, test } from '../support/app-fixture';
import { TEMP_PASSWORD } from '../../test/support/cognito-local-pool';

test('a first sign-in changes the temporary password and fills a required attribute', async ({
  page,
  app,
  services,
}) => {
  const username = `first${Date.now()}`;
  await services.local.createUser(services.pool.rawPoolId, username, TEMP_PASSWORD, {
    email: `${username}@example.org`,
  });
  const newPassword = 'New-Pass-9!x';
  app.secret('temporary password', TEMP_PASSWORD);
  app.secret('new password', newPassword);

  await app.open();
  await expect(page.getByRole('heading', { name: 'No profiles yet' })).toBeVisible();
  await screenshots(page, 'empty');
  await expectAccessible(page, 'empty');
  await page.getByRole('button', { name: 'Add a profile' }).click();

  await page.getByLabel('Profile name').fill('dev admin');
  await page.getByLabel('User pool id').fill(services.pool.poolId);
  await expect(page.getByText('Region: eu-west-1 (read from the pool id)')).toBeVisible();
  await page.getByLabel('App client id').fill(services.pool.clientId);
  await page.getByLabel('Sign-in flow').selectOption('password');
  await page.getByLabel('Username').fill(username);
  await page.getByText('Advanced').click();
  await page.getByLabel('Endpoint (an emulator or a proxy)').fill(services.proxy.endpoint);
  await screenshots(page, 'add-profile');
  await expectAccessible(page, 'add profile');
  await page.getByRole('button', { name: 'Add profile', exact: true }).last().click();

  await expect(page.getByRole('heading', { name: /^dev admin/ })).toBeVisible();
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByLabel('Password', { exact: true }).fill(TEMP_PASSWORD);
  await screenshots(page, 'sign-in');
  await expectAccessible(page, 'sign in');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();

  await expect(page.getByRole('heading', { name: 'Choose a new password' })).toBeVisible();
  await page.getByLabel('New password', { exact: true }).fill(newPassword);
  await page.getByLabel('Confirm new password').fill(newPassword);
  await page.getByLabel('Given name').fill('Ada');
  await screenshots(page, 'new-password');
  await expectAccessible(page, 'new password');
  await page.getByRole('button', { name: 'Continue' }).click();

  const idClaims = page.getByRole('table', { name: 'ID token' });
  await expect(idClaims.getByRole('row', { name: /^Email \(email\)/ })).toContainText(
    `${username}@example.org`,
  );
  expect(services.proxy.challengeResponses.at(-1)).toMatchObject({
    'userAttributes.given_name': 'Ada',
  });
  const left = page.getByLabel('Time left');
  const before = await left.textContent();
  await expect(left).not.toHaveText(before ?? '', { timeout: 5000 });
  await expect(page.getByRole('button', { name: /^dev admin/ })).toContainText('Signed in');
  await screenshots(page, 'token-view');
  await expectAccessible(page, 'token view');

  const tokens = await app.cli(['token', 'dev admin']);
  app.secret('ID token', tokens.trim());
});
