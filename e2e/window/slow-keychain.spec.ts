// A keychain that does not answer (its daemon stopped, as on a stuck desktop) must not keep the
// window from appearing: it shows at once and says the keychain is being checked; the profiles
// come as soon as the keychain answers.
import { expectAccessible } from '../support/axe';
import { expect, screenshots, test } from '../support/app-fixture';

test('with a stuck keychain the window appears at once and says it is checking the keychain', async ({
  page,
  app,
  services,
}) => {
  services.keyring.pause();
  try {
    await app.open();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cognito Token Manager');
    const checking = page.getByRole('status').filter({ hasText: 'Checking the keychain…' });
    await expect(checking).toBeVisible();
    await expect(checking).toContainText('Profiles appear as soon as it answers.');
    await expect(page.getByRole('alert')).toHaveCount(0);
    await screenshots(page, 'keychain-checking');
    await expectAccessible(page, 'keychain checking');
  } finally {
    services.keyring.resume();
  }
  await expect(page.getByRole('status').filter({ hasText: 'Checking the keychain…' })).toHaveCount(
    0,
  );
  await expect(page.getByRole('region', { name: 'No profiles yet' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});
