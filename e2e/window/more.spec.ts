// Journeys 7–9: an authenticator set up through the window (SRP with a client secret, against
// the strict double) and a later sign-in with its code; importing an Amplify file; and the
// banner when the keychain cannot be reached.
import { join } from 'node:path';
import { Secret, TOTP } from 'otpauth';
import { expectAccessible } from '../support/axe';
import { DOUBLE, expect, screenshots, test } from '../support/app-fixture';
import { REPO_ROOT } from '../support/repo';
import { addProfile, profileInList, signInWithPassword } from '../support/window-steps';

function codeFor(key: string, offsetMs = 0): string {
  const totp = new TOTP({
    secret: Secret.fromBase32(key.replace(/ /g, '')),
    digits: 6,
    period: 30,
  });
  return totp.generate({ timestamp: Date.now() + offsetMs });
}

test('an authenticator is set up from the QR screen, then signs in with its code', async ({
  page,
  app,
  services,
}) => {
  const { username, password } = DOUBLE.totpUser;
  app.secret('password', password);
  app.secret('client secret', DOUBLE.clientSecret);
  await app.open();
  await addProfile(page, {
    name: 'mfa',
    poolId: DOUBLE.poolId,
    clientId: DOUBLE.clientId,
    clientSecret: DOUBLE.clientSecret,
    username,
    endpoint: services.double.endpoint,
  });
  await page.getByRole('button', { name: 'Edit' }).click();
  await expect(page.getByText('Stored in the keychain.')).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();

  await signInWithPassword(page, password);
  await expect(page.getByRole('heading', { name: 'Set up an authenticator app' })).toBeVisible();
  await expect(
    page.getByRole('img', { name: 'QR code to scan with an authenticator app' }),
  ).toBeVisible();
  const key = (await page.getByLabel('Authenticator setup key').textContent()) ?? '';
  expect(key).toMatch(/^[A-Z2-7 ]{16,}$/);
  // Copied by main through the secret clipboard (markers, timed clear), as tokens are.
  await page.getByRole('button', { name: 'Copy key' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Key copied' })).toHaveText(
    /the clipboard is cleared in \d+ s/,
  );
  expect(await app.host.clipboard()).toBe(key.replace(/ /g, ''));
  await screenshots(page, 'mfa-setup');
  await expectAccessible(page, 'authenticator set-up');
  await page.getByRole('textbox', { name: 'Code', exact: true }).fill(codeFor(key));
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByLabel('Time left')).toBeVisible();
  // Every InitiateAuth of this client was SRP and carried a SECRET_HASH.
  const starts = services.double.requests.filter((r) => r.operation === 'InitiateAuth');
  expect(starts.map((r) => r.body.AuthFlow)).toEqual(['USER_SRP_AUTH']);

  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await expect(profileInList(page, 'mfa')).toContainText('Signed out');
  await profileInList(page, 'mfa').click();
  await signInWithPassword(page, password);
  await expect(page.getByRole('heading', { name: 'Enter the authenticator code' })).toBeVisible();
  // The set-up code's 30 s step is spent: the double takes the next one (±1 step).
  await page.getByRole('textbox', { name: 'Code', exact: true }).fill(codeFor(key, 30_000));
  await screenshots(page, 'totp-code');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByLabel('Time left')).toBeVisible();
  app.secret('ID token', (await app.cli(['token', 'mfa'])).trim());
});

test('a choice-based sign-in (USER_AUTH) picks an email code, with no password at all', async ({
  page,
  app,
  services,
}) => {
  await app.open();
  await page
    .getByRole('toolbar', { name: 'App' })
    .getByRole('button', { name: 'Add profile' })
    .click();
  await page.getByLabel('Profile name').fill('passwordless');
  await page.getByLabel('User pool id').fill(DOUBLE.poolId);
  await page.getByLabel('App client id').fill(DOUBLE.choiceClientId);
  await page.getByLabel('Sign-in flow').selectOption('choice');
  await expect(page.getByLabel('Preferred sign-in method')).toHaveValue('');
  await page.getByLabel('Username').fill(DOUBLE.codeUser.username);
  await page.getByText('Advanced').click();
  await page.getByLabel('Endpoint (an emulator or a proxy)').fill(services.double.endpoint);
  await page
    .getByRole('form', { name: 'Add a profile' })
    .getByRole('button', { name: 'Add profile' })
    .click();

  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByText('Leave it empty to sign in with a code instead.')).toBeVisible();
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Choose how to sign in' })).toBeVisible();
  await page.getByRole('radio', { name: 'A code by email' }).check();
  await screenshots(page, 'choose-method');
  await expectAccessible(page, 'choose a sign-in method');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { name: 'Enter the email code' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Code', exact: true }).fill(DOUBLE.code);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByLabel('Time left')).toBeVisible();
  // No password went anywhere: the only InitiateAuth of this client was USER_AUTH with a username.
  const starts = services.double.requests.filter(
    (r) => r.operation === 'InitiateAuth' && r.body.ClientId === DOUBLE.choiceClientId,
  );
  expect(starts.map((r) => Object.keys(r.body.AuthParameters as object).sort())).toEqual([
    ['USERNAME'],
  ]);
  app.secret('ID token', (await app.cli(['token', 'passwordless'])).trim());
});

test('an Amplify file is imported with the username it lacks', async ({ page, app }) => {
  await app.open();
  await page.getByRole('toolbar', { name: 'App' }).getByRole('button', { name: 'Import' }).click();
  await page
    .getByLabel('File to import')
    .setInputFiles(join(REPO_ROOT, 'test', 'fixtures', 'amplify', 'amplify_outputs.json'));
  await page.getByRole('button', { name: 'Show what changes' }).click();
  await expect(page.getByRole('alert')).toContainText('amplify_outputs.json cannot be imported');
  await expect(page.getByText(/username: is missing/)).toBeVisible();
  await page.getByLabel('Username (Amplify files name no user)').fill('ada@example.org');
  await page.getByLabel('Profile name (optional, for Amplify files)').fill('amplify app');
  await screenshots(page, 'import');
  await expectAccessible(page, 'import');
  await page.getByRole('button', { name: 'Show what changes' }).click();
  await expect(page.getByRole('group', { name: 'amplify app (new)' })).toBeVisible();
  await page.getByRole('button', { name: 'Import 1 profile' }).click();
  await expect(page.getByText('Added 1 profile.')).toBeVisible();
  await expect(profileInList(page, 'amplify app')).toContainText('ada@example.org');
});

test('when the keychain cannot be reached, a banner says so and what it means', async ({
  page,
  app,
}) => {
  await app.open({ noBus: true });
  const banner = page.getByRole('alert').filter({ hasText: 'The keychain is unavailable.' });
  await expect(banner).toBeVisible();
  await expect(banner).toContainText('Sign-ins last only until the app quits.');
  await screenshots(page, 'keychain-banner');
  await expectAccessible(page, 'keychain banner');
});
