// Destructive actions ask first, and a slip cannot say yes: the Delete dialog opens with Cancel
// focused, so Enter keeps the profile, and Escape cancels too. After a delete, focus is back on
// the list. "Sign out everywhere" asks too, and says what it does.
import { PERMANENT_PASSWORD } from '../../test/support/cognito-local-pool';
import { expectAccessible } from '../support/axe';
import { expect, localProfile, screenshots, test } from '../support/app-fixture';
import { addProfile, profileInList, signInWithPassword } from '../support/window-steps';

test('Enter or Escape in the Delete dialog keeps the profile; Delete profile removes it', async ({
  page,
  app,
  services,
}) => {
  await app.open();
  await addProfile(page, localProfile(services, 'keeper', 'keeper-user'));
  await addProfile(page, localProfile(services, 'slip', 'slip-user'));
  const dialog = page.getByRole('dialog', { name: 'Delete slip?' });

  await page.getByRole('button', { name: 'Delete' }).click();
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await expectAccessible(page, 'delete confirmation');
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect(profileInList(page, 'slip')).toBeVisible();

  await page.getByRole('button', { name: 'Delete' }).click();
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  expect(await app.cli(['profiles', 'list'])).toMatch(/slip/);

  await page.getByRole('button', { name: 'Delete' }).click();
  await dialog.getByRole('button', { name: 'Delete profile' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Deleted slip.' })).toBeVisible();
  expect(await app.cli(['profiles', 'list'])).not.toMatch(/slip/);
  // Focus returns to the list, on the profile that is left.
  await expect(profileInList(page, 'keeper')).toBeFocused();
});

test('"Sign out everywhere" says what it does and waits for a yes', async ({
  page,
  app,
  services,
}) => {
  const username = await services.confirmedUser(services.pool);
  app.secret('password', PERMANENT_PASSWORD);
  await app.open();
  await addProfile(page, localProfile(services, 'everywhere', username));
  await signInWithPassword(page, PERMANENT_PASSWORD);
  app.secret('ID token', (await app.cli(['token', 'everywhere'])).trim());
  await page.getByRole('button', { name: 'Sign out everywhere' }).click();
  const dialog = page.getByRole('dialog', { name: 'Sign out everywhere?' });
  await expect(dialog).toHaveAccessibleDescription(
    new RegExp(`ends every session of ${username}: on every device and in every app`),
  );
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await screenshots(page, 'sign-out-everywhere');
  await expectAccessible(page, 'sign out everywhere');
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect(page.getByLabel('Time left')).toBeVisible();
  await expect(profileInList(page, 'everywhere')).toContainText('Signed in');
});
