// One action from launch to a token: after a relaunch the window opens on the profile used last
// (or the active one) with "Copy ID token" as its main button, so the page receives exactly one
// click before the clipboard holds the token; a signed-in row copies in place; a remembered
// password signs in with one action; "Add and sign in" goes straight on to the tokens.
import type { Page } from '@playwright/test';
import { PERMANENT_PASSWORD } from '../../test/support/cognito-local-pool';
import { expectAccessible } from '../support/axe';
import { expect, localProfile, openSignedIn, screenshots, test } from '../support/app-fixture';
import { addProfile, profileInList } from '../support/window-steps';

/** Counts the clicks the page itself receives (a person's, or Playwright's real mouse). */
async function countClicks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const counter = globalThis as unknown as {
      ctmClicks: number;
      addEventListener(type: string, listener: (event: { isTrusted: boolean }) => void): void;
    };
    counter.ctmClicks = 0;
    counter.addEventListener('click', (event) => {
      if (event.isTrusted) counter.ctmClicks += 1;
    });
  });
}
const clicks = (page: Page) =>
  page.evaluate(() => (globalThis as unknown as { ctmClicks: number }).ctmClicks);

test('after a relaunch, one click copies the ID token of the profile used last', async ({
  page,
  app,
  services,
}) => {
  await countClicks(page);
  await openSignedIn(page, app, services, 'daily');
  // After a sign-in the focus is on the main button: Enter copies.
  const copyId = page.getByRole('button', { name: 'Copy ID token', exact: true });
  await expect(copyId).toBeFocused();
  await addProfile(page, localProfile(services, 'other', 'someone-else'));
  const idToken = (await app.cli(['token', 'daily'])).trim();
  app.secret('ID token', idToken);
  const access = (await app.cli(['token', 'daily', '--access'])).trim();
  app.secret('access token', access);

  // Relaunch: no profile is active, so the window opens on the one used last.
  await app.open();
  await expect(page.getByRole('heading', { level: 2, name: /^daily/ })).toBeVisible();
  await expect(copyId).toBeFocused();
  expect(await clicks(page)).toBe(0);
  await copyId.click();
  await expect.poll(() => app.host.clipboard()).toBe(idToken);
  expect(await clicks(page)).toBe(1);
  await expect(page.getByText('ID token copied; the clipboard is cleared in 30 s.')).toBeVisible();
  await screenshots(page, 'token-view-main-button');

  // The list row copies a signed-in profile's token too, with no detail view at all.
  await page.getByRole('button', { name: 'Copy access token', exact: true }).click();
  await expect.poll(() => app.host.clipboard()).toBe(access);
  await page.getByRole('button', { name: 'Copy ID token of daily' }).click();
  await expect.poll(() => app.host.clipboard()).toBe(idToken);
  await expect(page.getByRole('navigation', { name: 'Profiles' }).getByRole('status')).toHaveText(
    'ID token of daily copied; the clipboard is cleared in 30 s.',
  );
  // A signed-out profile offers no copy.
  await expect(page.getByRole('button', { name: /^Copy .* of other$/ })).toHaveCount(0);
  await screenshots(page, 'list-row-copy');
  await expectAccessible(page, 'list with a row copy');

  // An active profile wins over the one used last.
  await profileInList(page, 'other').click();
  await page.getByRole('button', { name: 'Make active' }).click();
  await expect(profileInList(page, 'other')).toContainText('(active)');
  await app.open();
  await expect(page.getByRole('heading', { level: 2, name: /^other/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sign in', exact: true })).toBeFocused();
});

test('a remembered password signs in with one action, from "Add and sign in" on', async ({
  page,
  app,
  services,
}) => {
  const username = await services.confirmedUser(services.pool);
  app.secret('password', PERMANENT_PASSWORD);
  await app.open();
  await page
    .getByRole('toolbar', { name: 'App' })
    .getByRole('button', { name: 'Add profile' })
    .click();
  await page.getByLabel('Profile name').fill('remembered');
  await page.getByLabel('User pool id').fill(services.pool.poolId);
  await page.getByLabel('App client id').fill(services.pool.clientId);
  await page.getByLabel('Sign-in flow').selectOption('password');
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Remember the password in the keychain').check();
  await page.getByLabel('Password to remember').fill(PERMANENT_PASSWORD);
  await page.getByText('Advanced').click();
  await page.getByLabel('Endpoint (an emulator or a proxy)').fill(services.local.endpoint);
  await page.getByRole('button', { name: 'Add and sign in' }).click();
  // No password form: the keychain's password signed in, and the main button has the focus.
  const copyId = page.getByRole('button', { name: 'Copy ID token', exact: true });
  await expect(copyId).toBeFocused();
  app.secret('ID token', (await app.cli(['token', 'remembered'])).trim());

  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  // Said once, on this screen: the note, not the note and the state line.
  const main = page.getByRole('main');
  await expect(main.getByText('Signed out.')).toBeVisible();
  await expect(main.getByText(/^Signed out/)).toHaveCount(1);
  await expect(main.getByText('With the password remembered in the keychain.')).toBeVisible();
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(copyId).toBeFocused();
  await expect(page.getByLabel('Password', { exact: true })).toHaveCount(0);
  // The sign-out's message belonged to its screen: gone once the tokens are back.
  await expect(main.getByText('Signed out.')).toHaveCount(0);
});
