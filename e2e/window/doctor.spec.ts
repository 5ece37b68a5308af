// "Check this profile" in the window: the doctor's checks with their verdicts in words, the
// failures first with their fix and a "Fix" button that opens the form at the field, the passes
// folded into one line (an app client Cognito does not know). A sign-in refused for such a reason
// offers the doctor beside the refusal.
import { expectAccessible } from '../support/axe';
import { expect, localProfile, screenshots, test } from '../support/app-fixture';
import { addProfile, signInWithPassword } from '../support/window-steps';

test('the profile page checks a profile and shows what to fix', async ({ page, app, services }) => {
  await app.open();
  await addProfile(page, localProfile(services, 'checked', 'nobody'));
  await page.getByRole('button', { name: 'Check this profile' }).click();
  await expect(page.getByText('Nothing stops this profile from signing in.')).toBeVisible();
  const checks = page.getByRole('region', { name: 'Check this profile' }).getByRole('listitem');
  // The passes are folded away: one line says how many.
  await expect(checks.filter({ hasText: 'App client exists (Passed)' })).toHaveCount(0);
  await page.getByText(/^\d+ checks passed$/).click();
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
  // The failure comes first, above anything that passed.
  await expect(checks.first()).toContainText('App client exists (Failed)');
  await checks.first().scrollIntoViewIfNeeded();
  await screenshots(page, 'profile-checks');
  await expectAccessible(page, 'profile checks');
  await page.getByRole('button', { name: 'Fix App client exists' }).click();
  await expect(page.getByRole('heading', { name: 'Edit broken client' })).toBeVisible();
  await expect(page.getByLabel('App client id')).toBeFocused();
  await page.keyboard.press('Escape');

  // The sign-in's refusal is not the password's fault: it is said on its own line, with the
  // focus, and the doctor is offered right there.
  await signInWithPassword(page, 'Some-Pass-1!');
  const refusal = page.getByRole('alert').filter({ hasText: 'Cognito does not know' });
  await expect(refusal).toBeFocused();
  await expect(page.getByLabel('Password', { exact: true })).not.toHaveAttribute('aria-invalid');
  await page
    .getByRole('region', { name: 'Check this profile' })
    .getByRole('button', { name: 'Check this profile' })
    .click();
  await expect(checks.first()).toContainText('App client exists (Failed)');
  await screenshots(page, 'sign-in-doctor');
  await expectAccessible(page, 'sign-in with the doctor');
  await page.getByRole('button', { name: 'Fix App client exists' }).click();
  await expect(page.getByLabel('App client id')).toBeFocused();
});
