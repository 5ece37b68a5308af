// More of what a user does in the window: forget and reset a password, change it when signed
// in, change a setting, export without secrets, and delete a profile after a confirmation.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { COGNITO_LOCAL_CODE } from '../../test/support/cognito-local-process';
import { PERMANENT_PASSWORD } from '../../test/support/cognito-local-pool';
import { expectAccessible } from '../support/axe';
import { expect, localProfile, screenshots, test } from '../support/app-fixture';
import { addProfile, profileInList, signInWithPassword } from '../support/window-steps';

test('a forgotten password is reset with the code, then changed again once signed in', async ({
  page,
  app,
  services,
}) => {
  const username = await services.confirmedUser(services.pool);
  const reset = 'Reset-Pass-3!';
  const changed = 'Changed-Pass-4!';
  for (const [label, value] of [
    ['old', PERMANENT_PASSWORD],
    ['reset', reset],
    ['changed', changed],
  ]) {
    app.secret(`${label ?? ''} password`, value ?? '');
  }
  await app.open();
  await addProfile(page, localProfile(services, 'forgetful', username));
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByRole('button', { name: 'Forgot password?' }).click();
  await page.getByRole('button', { name: 'Send a reset code' }).click();
  await page.getByLabel('Reset code').fill(COGNITO_LOCAL_CODE);
  await page.getByLabel('New password', { exact: true }).fill(reset);
  await page.getByLabel('Confirm new password').fill(reset);
  await screenshots(page, 'reset-password');
  await expectAccessible(page, 'reset password');
  await page.getByRole('button', { name: 'Set the new password' }).click();
  await expect(page.getByText('Password changed: sign in with the new one.')).toBeVisible();
  await page.getByLabel('Password', { exact: true }).fill(reset);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByLabel('Time left')).toBeVisible();

  await page.getByRole('button', { name: 'Change password' }).click();
  await page.getByLabel('Current password').fill(reset);
  await page.getByLabel('New password', { exact: true }).fill(changed);
  await page.getByLabel('Confirm new password').fill(`${changed}x`);
  await page
    .getByRole('form', { name: 'Change password' })
    .getByRole('button', { name: 'Change password' })
    .click();
  await expect(page.getByText('The two passwords differ: type the same one twice.')).toBeVisible();
  await page.getByLabel('Confirm new password').fill(changed);
  await page
    .getByRole('form', { name: 'Change password' })
    .getByRole('button', { name: 'Change password' })
    .click();
  await expect(page.getByText('Password changed.')).toBeVisible();
  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await expect(profileInList(page, 'forgetful')).toContainText('Signed out');
  await profileInList(page, 'forgetful').click();
  await signInWithPassword(page, changed);
  await expect(page.getByLabel('Time left')).toBeVisible();
  app.secret('ID token', (await app.cli(['token', 'forgetful'])).trim());
});

test('settings are kept, an export holds no secret, and delete asks first', async ({
  page,
  app,
  services,
}) => {
  const username = await services.confirmedUser(services.pool);
  await app.open();
  await addProfile(page, {
    name: 'leaving',
    poolId: services.pool.poolId,
    clientId: services.pool.clientId,
    username,
    endpoint: services.local.endpoint,
    flow: 'password',
    clientSecret: 'never-exported-secret-77',
  });
  app.secret('client secret', 'never-exported-secret-77');

  await page
    .getByRole('toolbar', { name: 'App' })
    .getByRole('button', { name: 'Settings' })
    .click();
  await page.getByLabel('Clear a copied token after').selectOption('60');
  await screenshots(page, 'settings');
  await expectAccessible(page, 'settings');
  await app.open();
  await page
    .getByRole('toolbar', { name: 'App' })
    .getByRole('button', { name: 'Settings' })
    .click();
  await expect(page.getByLabel('Clear a copied token after')).toHaveValue('60');

  // Main writes the export and the window says where (the host's export folder is set to
  // <data folder>/exports by the fixture); a second export never overwrites the first.
  const toolbar = page.getByRole('toolbar', { name: 'App' });
  await toolbar.getByRole('button', { name: 'Export' }).click();
  const file = join(app.home, 'exports', 'cognito-token-manager-profiles.json');
  await expect(
    page.getByRole('status').filter({ hasText: `Exported 1 profile (no secrets) to ${file}.` }),
  ).toBeVisible();
  await toolbar.getByRole('button', { name: 'Export' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'cognito-token-manager-profiles (2).json' }),
  ).toBeVisible();
  const exported = JSON.parse(await readFile(file, 'utf8')) as { profiles: { name: string }[] };
  expect(exported.profiles.map((p) => p.name)).toEqual(['leaving']);

  await profileInList(page, 'leaving').click();
  await page.getByRole('button', { name: 'Delete' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete leaving?' });
  await expect(dialog).toBeVisible();
  await screenshots(page, 'delete-confirm');
  await expectAccessible(page, 'delete confirmation');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(profileInList(page, 'leaving')).toBeVisible();
  await page.getByRole('button', { name: 'Delete' }).click();
  await page
    .getByRole('dialog', { name: 'Delete leaving?' })
    .getByRole('button', { name: 'Delete profile' })
    .click();
  await expect(page.getByText('Deleted leaving.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'No profiles yet' })).toBeVisible();
  expect(await app.cli(['profiles', 'list'])).not.toMatch(/leaving/);
});
