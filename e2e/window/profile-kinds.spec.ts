// The profile form's sign-in kinds: a browser profile and an M2M profile added through the
// form, each showing only its own fields, with the schema's sentence where one is missing.
// Nothing signs in here: the sign-in itself is another journey's.
import { expectAccessible } from '../support/axe';
import { expect, screenshots, test } from '../support/app-fixture';
import { profileInList } from '../support/window-steps';

const DOMAIN = 'https://myapp.auth.eu-west-1.amazoncognito.com';
const M2M_SECRET = 'm2m-form-secret-4d9b2e';

test('a browser profile and an M2M profile are added through the form', async ({ page, app }) => {
  app.secret('M2M client secret', M2M_SECRET);
  await app.open();
  const form = page.getByRole('form', { name: 'Add a profile' });
  const openForm = () =>
    page.getByRole('toolbar', { name: 'App' }).getByRole('button', { name: 'Add profile' }).click();

  await openForm();
  await page.getByLabel('Profile name').fill('web login');
  await form.getByRole('radio', { name: 'Browser (managed login)' }).check();
  await expect(page.getByLabel('Sign-in flow')).toHaveCount(0);
  await screenshots(page, 'profile-kind-choice');
  await page.getByLabel('User pool id').fill('eu-west-1_KindsA1');
  await page.getByLabel('App client id').fill('webclient1');
  await page.getByLabel('Managed login domain').fill('myapp.auth.eu-west-1.amazoncognito.com');
  await page.getByLabel('Managed login domain').blur();
  await expect(form.getByText(/write it with https:\/\//)).toBeVisible();
  await page.getByLabel('Managed login domain').fill(DOMAIN);
  await page.getByLabel('Identity provider (optional)').fill('Google');
  await expect(form.getByText(/Register it as a callback URL of the app client/)).toBeVisible();
  await screenshots(page, 'profile-kind-browser');
  await expectAccessible(page, 'browser profile form');
  await form.getByRole('button', { name: 'Add profile' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /^web login/ })).toBeVisible();
  await expect(page.getByText(`Browser sign-in at ${DOMAIN}`)).toBeVisible();
  await expect(profileInList(page, 'web login')).toContainText('signs in with the browser');

  await openForm();
  await page.getByLabel('Profile name').fill('orders bot');
  await form.getByRole('radio', { name: 'App client credentials (M2M)' }).check();
  await expect(page.getByLabel('Username')).toHaveCount(0);
  await expect(page.getByLabel('Redirect URI')).toHaveCount(0);
  await page.getByLabel('User pool id').fill('eu-west-1_KindsA1');
  await page.getByLabel('App client id').fill('botclient1');
  await page.getByLabel('Managed login domain').fill(DOMAIN);
  await page.getByLabel('Scopes (separated by spaces)').fill('orders/read orders/write');
  await form.getByRole('button', { name: 'Add profile' }).click();
  await expect(form.getByText(/always has a client secret, so give it\./)).toBeVisible();
  await page.getByLabel('Client secret').fill(M2M_SECRET);
  await screenshots(page, 'profile-kind-m2m');
  await expectAccessible(page, 'M2M profile form');
  await form.getByRole('button', { name: 'Add profile' }).click();
  await expect(page.getByText('scopes: orders/read orders/write')).toBeVisible();
  await expect(profileInList(page, 'orders bot')).toContainText('app client (M2M)');

  const listed = await app.cli(['profiles', 'list']);
  expect(listed).toMatch(/orders bot\s+eu-west-1_KindsA1\s+botclient1\s+client-credentials/);
  expect(listed).toMatch(/web login\s+eu-west-1_KindsA1\s+webclient1\s+browser/);
});
