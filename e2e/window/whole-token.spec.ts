// The whole token: every claim of both tokens (custom ones included), the known ones named and
// times shown as local time with the time left; the decoded header and payload, whose copy is
// made by main like every copy; the Authorization header and curl copies say which token they
// carry, the ID token unless the access token is chosen. "Sign out everywhere" asks first and
// says what it ends.
import { PERMANENT_PASSWORD, TEMP_PASSWORD } from '../../test/support/cognito-local-pool';
import { expectAccessible } from '../support/axe';
import { expect, localProfile, screenshots, test } from '../support/app-fixture';
import { addProfile, profileInList, signInWithPassword } from '../support/window-steps';

const jwtPayload = (token: string): unknown =>
  JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8'));

test('every claim is shown, the payload copied by main, the header token chosen; sign out everywhere asks', async ({
  page,
  app,
  services,
}) => {
  const username = `claims${Date.now()}`;
  await services.local.createUser(services.pool.rawPoolId, username, TEMP_PASSWORD, {
    email: `${username}@example.org`,
    'custom:team': 'blue-team',
  });
  await services.local.setPassword(services.pool.rawPoolId, username, PERMANENT_PASSWORD);
  app.secret('password', PERMANENT_PASSWORD);
  await app.open();
  await addProfile(page, localProfile(services, 'claims', username));
  await signInWithPassword(page, PERMANENT_PASSWORD);
  const idToken = (await app.cli(['token', 'claims'])).trim();
  const access = (await app.cli(['token', 'claims', '--access'])).trim();
  app.secret('ID token', idToken);
  app.secret('access token', access);

  const idClaims = page.getByRole('table', { name: 'ID token' });
  await expect(idClaims.getByRole('row', { name: /^custom:team/ })).toContainText('blue-team');
  await expect(idClaims.getByRole('row', { name: /^Email \(email\)/ })).toContainText(
    `${username}@example.org`,
  );
  // Times as local time, with the time left beside.
  await expect(idClaims.getByRole('row', { name: /^Expires \(exp\)/ })).toContainText(/\(in \d/);
  await expect(idClaims.getByRole('row', { name: /^Issued \(iat\)/ })).toContainText(/ ago\)/);
  // Every claim of the payload has its row.
  const claimCount = Object.keys(jwtPayload(idToken) as object).length;
  await expect(idClaims.getByRole('row')).toHaveCount(claimCount + 1);
  const accessClaims = page.getByRole('table', { name: 'Access token' });
  await expect(accessClaims.getByRole('row', { name: /^Token use \(token_use\)/ })).toContainText(
    'access',
  );

  await page.getByText('Decoded header and payload of the ID token').click();
  const payload = page.getByRole('textbox', { name: 'ID token payload' });
  await expect(payload).toContainText('"custom:team": "blue-team"');
  await expect(page.getByRole('textbox', { name: 'ID token header' })).toContainText('"alg"');
  await screenshots(page, 'whole-token');
  await expectAccessible(page, 'decoded token');
  await page.getByRole('button', { name: 'Copy ID token payload' }).click();
  await expect(page.getByText('ID token payload copied;')).toBeVisible();
  const copied = (await app.host.clipboard()) ?? '';
  expect(JSON.parse(copied)).toEqual(jwtPayload(idToken));

  // The header and curl copies carry the ID token unless the access token is chosen.
  await page.getByRole('button', { name: 'Copy Authorization header (ID token)' }).click();
  await expect.poll(() => app.host.clipboard()).toBe(`Authorization: Bearer ${idToken}`);
  await page
    .getByRole('radiogroup', { name: 'Token in the header and curl' })
    .getByRole('radio', {
      name: 'Access token',
    })
    .check();
  await page.getByRole('button', { name: 'Copy curl command (access token)' }).click();
  await expect.poll(() => app.host.clipboard()).toBe(`curl -H 'Authorization: Bearer ${access}' `);
  await expect(
    page.getByText('Curl command with the access token copied; the clipboard is cleared in 30 s.'),
  ).toBeVisible();

  await page.getByRole('button', { name: 'Sign out everywhere' }).click();
  const dialog = page.getByRole('dialog', { name: 'Sign out everywhere?' });
  await expect(dialog).toHaveAccessibleDescription(
    new RegExp(`ends every session of ${username}: on every device and in every app`),
  );
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await screenshots(page, 'sign-out-everywhere');
  await expectAccessible(page, 'sign out everywhere');
  // A slip of Enter is a no: nothing was signed out.
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect(profileInList(page, 'claims')).toContainText('Signed in');
});
