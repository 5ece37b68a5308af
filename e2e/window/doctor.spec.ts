// "Check this profile" in the window: the doctor's checks with their verdicts in words, and the
// fix under a failure (an app client Cognito does not know).
import { expectAccessible } from '../support/axe';
import { expect, localProfile, screenshots, test } from '../support/app-fixture';
import { addProfile } from '../support/window-steps';

test('the profile page checks a profile and shows what to fix', async ({ page, app, services }) => {
  await app.open();
  await addProfile(page, localProfile(services, 'checked', 'nobody'));
  await page.getByRole('button', { name: 'Check this profile' }).click();
  await expect(page.getByText('Nothing stops this profile from signing in.')).toBeVisible();
  const checks = page.getByRole('region', { name: 'Check this profile' }).getByRole('listitem');
  await expect(checks.filter({ hasText: 'App client exists (Passed)' })).toHaveCount(1);

  await addProfile(page, {
    ...localProfile(services, 'broken client', 'nobody'),
    clientId: 'noSuchClient9',
  });
  await page.getByRole('button', { name: 'Check this profile' }).click();
  await expect(
    page.getByText('This profile cannot sign in until the failed checks are fixed.'),
  ).toBeVisible();
  await expect(checks.filter({ hasText: 'App client exists (Failed)' })).toContainText(
    "Fix: Check the app client id and the user pool id (and that the pool is in the profile's region).",
  );
  await checks.last().scrollIntoViewIfNeeded();
  await screenshots(page, 'profile-checks');
  await expectAccessible(page, 'profile checks');
});
