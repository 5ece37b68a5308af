// Forms that help: an empty field says it is needed (not '"" is not a user pool id'), a failed
// submit puts the cursor in the first field to fix (opening a folded section, scrolled into
// view), a pasted pool ARN or issuer URL is read as the pool id, a region Cognito is not in gets
// "did you mean", Escape cancels, and the new-password screen checks itself with our own
// sentences. A message belongs to its screen.
import { TEMP_PASSWORD } from '../../test/support/cognito-local-pool';
import { expectAccessible } from '../support/axe';
import { expect, localProfile, MIN_WINDOW, screenshots, test } from '../support/app-fixture';
import { addProfile, signInWithPassword } from '../support/window-steps';

test('the profile form says what is needed, reads pasted ids and suggests regions', async ({
  page,
  app,
}) => {
  await app.open();
  const openForm = () =>
    page.getByRole('toolbar', { name: 'App' }).getByRole('button', { name: 'Add profile' }).click();
  await openForm();
  const form = page.getByRole('form', { name: 'Add a profile' });
  await form.getByRole('button', { name: 'Add profile' }).click();
  const name = page.getByLabel('Profile name');
  await expect(name).toBeFocused();
  await expect(name).toHaveAccessibleDescription('A profile name is needed.');
  const pool = page.getByLabel('User pool id');
  await expect(pool).toHaveAccessibleDescription(/The user pool id is needed/);
  await expect(form).not.toContainText('is not a user pool id');
  await screenshots(page, 'form-needed');
  await expectAccessible(page, 'form with empty fields');

  await name.fill('pasted');
  await pool.fill('arn:aws:cognito-idp:eu-west-1:123456789012:userpool/eu-west-1_Pasted1');
  await expect(pool).toHaveValue('eu-west-1_Pasted1');
  await expect(pool).toHaveAccessibleDescription(/Read from the ARN you pasted/);
  await pool.fill(
    'https://cognito-idp.us-east-2.amazonaws.com/us-east-2_Issuer9/.well-known/jwks.json',
  );
  await expect(pool).toHaveValue('us-east-2_Issuer9');
  await expect(pool).toHaveAccessibleDescription(/Region: us-east-2.*issuer URL you pasted/);
  await pool.fill('eu-wset-1_Typo1');
  await expect(
    form.getByText('eu-wset-1 is not a region Cognito is in; did you mean eu-west-1?'),
  ).toBeVisible();
  await form.getByRole('button', { name: 'Use eu-west-1' }).click();
  await expect(pool).toHaveValue('eu-west-1_Typo1');

  // At the smallest window, a field to fix in the folded "Advanced" part is opened and shown.
  await page.setViewportSize(MIN_WINDOW);
  await page.getByLabel('App client id').fill('formclient1');
  await page.getByLabel('Username').fill('ada');
  await page.getByText('Advanced').click();
  const seconds = page.getByLabel('Refresh this many seconds before expiry');
  await seconds.fill('soon');
  await page.getByText('Advanced').click();
  await expect(seconds).toBeHidden();
  await form.getByRole('button', { name: 'Add profile' }).click();
  await expect(seconds).toBeFocused();
  await expect(seconds).toBeInViewport();
  await expect(form.getByRole('button', { name: 'Add profile' })).toBeInViewport();

  // Escape cancels the form; nothing was added.
  await page.keyboard.press('Escape');
  await expect(form).toHaveCount(0);
  expect(await app.cli(['profiles', 'list'])).not.toMatch(/pasted/);
});

test('the new-password screen checks itself; a message stays on its screen', async ({
  page,
  app,
  services,
}) => {
  const username = `newpass${Date.now()}`;
  await services.local.createUser(services.pool.rawPoolId, username, TEMP_PASSWORD, {
    email: `${username}@example.org`,
  });
  app.secret('temporary password', TEMP_PASSWORD);
  await app.open();
  await addProfile(page, {
    ...localProfile(services, 'first time', username),
    endpoint: services.proxy.endpoint,
  });
  // What the export said belongs to this screen: the next one starts without it.
  await page.getByRole('toolbar', { name: 'App' }).getByRole('button', { name: 'Export' }).click();
  const exported = page.getByRole('status').filter({ hasText: 'Exported 1 profile' });
  await expect(exported).toBeVisible();
  await signInWithPassword(page, TEMP_PASSWORD);
  await expect(exported).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Choose a new password' })).toBeVisible();
  const continueButton = page.getByRole('button', { name: 'Continue' });
  await continueButton.click();
  const newPassword = page.getByLabel('New password', { exact: true });
  await expect(newPassword).toBeFocused();
  await expect(newPassword).toHaveAccessibleDescription('Enter a new password.');
  // Our sentence, not the browser's bubble: the field is not marked invalid by the browser.
  expect(
    await newPassword.evaluate(
      (el) => (el as unknown as { validationMessage: string }).validationMessage,
    ),
  ).toBe('');
  await newPassword.fill('New-Pass-9!x');
  await continueButton.click();
  const confirm = page.getByLabel('Confirm new password');
  await expect(confirm).toBeFocused();
  await expect(confirm).toHaveAccessibleDescription('Type the new password again to confirm it.');
  await confirm.fill('New-Pass-9!y');
  await continueButton.click();
  await expect(confirm).toHaveAccessibleDescription(/The two passwords differ/);
  await confirm.fill('New-Pass-9!x');
  await continueButton.click();
  const given = page.getByLabel('Given name');
  await expect(given).toBeFocused();
  await expect(given).toHaveAccessibleDescription('Given name is needed.');
  await screenshots(page, 'new-password-needed');
  await expectAccessible(page, 'new password with errors');
  // Escape cancels the sign-in: back on the profile, where the message of the last screen is gone.
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { level: 2, name: /^first time/ })).toBeVisible();
  await expect(page.getByRole('main').getByRole('status')).toHaveCount(0);
});
