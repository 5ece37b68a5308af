// Destructive actions ask first, and a slip cannot say yes: the Delete dialog opens with Cancel
// focused, so Enter keeps the profile, and Escape cancels too. After a delete, focus is back on
// the list.
import { expectAccessible } from '../support/axe';
import { expect, localProfile, test } from '../support/app-fixture';
import { addProfile, profileInList } from '../support/window-steps';

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
