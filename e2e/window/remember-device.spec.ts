// Journey: a pool where users opt in to remembering devices (the strict double). After the SMS
// code, the window asks once whether to remember this computer; after "Remember", the next
// sign-in needs no code (the device proves itself), and signing out everywhere forgets it.
import { expectAccessible } from '../support/axe';
import { DOUBLE, expect, screenshots, test } from '../support/app-fixture';
import { addProfile, profileInList, signInWithPassword } from '../support/window-steps';

test('remembers this computer when asked, then signs in without the MFA code', async ({
  page,
  app,
  services,
}) => {
  const { username, password } = DOUBLE.deviceUser;
  app.secret('password', password);
  await app.open();
  await addProfile(page, {
    name: 'trusted',
    poolId: DOUBLE.devicePoolId,
    clientId: DOUBLE.deviceClientId,
    username,
    endpoint: services.double.endpoint,
  });

  await signInWithPassword(page, password);
  await page.getByRole('textbox', { name: 'Code', exact: true }).fill(DOUBLE.code);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { name: 'Remember this computer?' })).toBeVisible();
  await screenshots(page, 'remember-device');
  await expectAccessible(page, 'remember device');
  await page.getByRole('button', { name: 'Remember this computer' }).click();
  await expect(page.getByLabel('Time left')).toBeVisible();
  expect(services.double.devices(DOUBLE.devicePoolId, username)).toMatchObject([
    { confirmed: true, remembered: true },
  ]);

  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await expect(profileInList(page, 'trusted')).toContainText('Signed out');
  await profileInList(page, 'trusted').click();
  await signInWithPassword(page, password);
  // No code screen and no question: the remembered device answered the device challenge.
  await expect(page.getByLabel('Time left')).toBeVisible();
  const names = services.double.requests.map((r) => r.body.ChallengeName).filter(Boolean);
  expect(names.at(-1)).toBe('DEVICE_PASSWORD_VERIFIER');
  app.secret('ID token', (await app.cli(['token', 'trusted'])).trim());

  await page.getByRole('button', { name: 'Sign out everywhere' }).click();
  await page
    .getByRole('dialog', { name: 'Sign out everywhere?' })
    .getByRole('button', { name: 'Sign out everywhere' })
    .click();
  await expect(page.getByText(/remembered device is forgotten/)).toContainText(
    "This computer's remembered device is forgotten, at Cognito and in the keychain.",
  );
  expect(services.double.devices(DOUBLE.devicePoolId, username)).toEqual([]);
});
