// The profile form and a client secret bound to its host: moving a profile with a stored secret
// to another endpoint turns the secret into a field to fill again, saying why; saved without a
// new one, the secret is gone from the keychain, the form says so next time, and the sign-in
// names the change. Over the strict Cognito double, through `npm run preview`.
import { expectAccessible } from '../support/axe';
import { DOUBLE, expect, screenshots, test } from '../support/app-fixture';
import { addProfile, signInWithPassword } from '../support/window-steps';

test('moving a profile to another endpoint asks for its client secret again, and says why', async ({
  page,
  app,
  services,
}) => {
  app.secret('client secret', DOUBLE.clientSecret);
  app.secret('password', DOUBLE.totpUser.password);
  await app.open();
  await addProfile(page, {
    name: 'bound',
    poolId: DOUBLE.poolId,
    clientId: DOUBLE.clientId,
    clientSecret: DOUBLE.clientSecret,
    username: DOUBLE.totpUser.username,
    endpoint: services.double.endpoint,
  });
  await page.getByRole('button', { name: 'Edit' }).click();
  await expect(page.getByText('Stored in the keychain.')).toBeVisible();
  await page.getByText('Advanced').click();
  await page.getByLabel('Endpoint (an emulator or a proxy)').fill('http://127.0.0.1:9');
  await expect(
    page.getByText(/stored secret is removed when you save, because the endpoint changes/),
  ).toBeVisible();
  await expect(page.getByLabel('Client secret')).toHaveValue('');
  await screenshots(page, 'secret-binding-edit');
  await expectAccessible(page, 'profile form, secret asked again');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /^bound/ })).toBeVisible();

  await page.getByRole('button', { name: 'Edit' }).click();
  await expect(
    page.getByText(/secret was removed from the keychain when its endpoint changed/),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add client secret' })).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();

  await signInWithPassword(page, DOUBLE.totpUser.password);
  await expect(page.getByText(/needs its app client secret again/)).toBeVisible();
  await screenshots(page, 'secret-binding-sign-in');
  // The typed password stays in its field for another try; this journey ends here.
  await page.getByLabel('Password', { exact: true }).fill('');
});
