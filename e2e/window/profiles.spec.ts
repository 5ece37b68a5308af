// Journeys 2–6 over cognito-local (password flow): two pools in two regions and switching the
// active one; copying the ID token; a wrong password; a malformed pool id caught before any
// request; and a restart that keeps the sign-in.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expectAccessible } from '../support/axe';
import { expect, localProfile, openSignedIn, screenshots, test } from '../support/app-fixture';
import { addProfile, profileInList, signInWithPassword } from '../support/window-steps';

test('two profiles in two pools and regions; the active one can be switched', async ({
  page,
  app,
  services,
}) => {
  const first = await services.confirmedUser(services.pool);
  const second = await services.confirmedUser(services.pool2);
  await app.open();
  const endpoint = services.local.endpoint;
  await addProfile(page, {
    name: 'eu dev',
    poolId: services.pool.poolId,
    clientId: services.pool.clientId,
    username: first,
    endpoint,
    flow: 'password',
  });
  await addProfile(page, {
    name: 'sydney qa',
    poolId: services.pool2.poolId,
    clientId: services.pool2.clientId,
    username: second,
    endpoint,
    flow: 'password',
  });

  const list = page.getByRole('navigation', { name: 'Profiles' });
  await expect(
    list.getByRole('heading', { name: `eu-west-1 · ${services.pool.poolId}` }),
  ).toBeVisible();
  await expect(
    list.getByRole('heading', { name: `ap-southeast-2 · ${services.pool2.poolId}` }),
  ).toBeVisible();

  await profileInList(page, 'eu dev').click();
  await page.getByRole('button', { name: 'Make active' }).click();
  await expect(profileInList(page, 'eu dev')).toContainText('(active)');
  await profileInList(page, 'sydney qa').click();
  await page.getByRole('button', { name: 'Make active' }).click();
  await expect(profileInList(page, 'sydney qa')).toContainText('(active)');
  await expect(profileInList(page, 'eu dev')).not.toContainText('(active)');
  // The CLI sees the same active profile.
  expect(await app.cli(['profiles', 'list'])).toMatch(/sydney qa/);

  await page.getByLabel('Filter profiles').fill('sydney');
  await expect(profileInList(page, 'eu dev')).toHaveCount(0);
  await expect(page.getByText('1 of 2 profiles')).toBeVisible();
  await page.getByLabel('Filter profiles').fill('');
  // Arrow keys move through the list (regions A–Z: ap-southeast-2 first); Enter opens.
  await profileInList(page, 'eu dev').focus();
  await page.keyboard.press('ArrowDown');
  await expect(profileInList(page, 'eu dev')).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(profileInList(page, 'sydney qa')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: /^sydney qa/ })).toBeVisible();
  await screenshots(page, 'two-profiles');
  await expectAccessible(page, 'profile list');
});

test('copying the ID token puts exactly what the CLI prints on the clipboard', async ({
  page,
  app,
  services,
}) => {
  await openSignedIn(page, app, services, 'copy me');
  await page.getByRole('button', { name: 'Copy ID token', exact: true }).click();
  await expect(page.getByText('ID token copied; the clipboard is cleared in 30 s.')).toBeVisible();
  // The sign-in reached the page as an event too (the leak check reads every one).
  expect(app.events().some((e) => e.includes('"status":"signed-in"'))).toBe(true);
  const printed = (await app.cli(['token', 'copy me'])).trim();
  app.secret('ID token', printed);
  expect(await app.host.clipboard()).toBe(printed);

  await page.getByRole('button', { name: 'Copy Authorization header' }).click();
  await expect.poll(() => app.host.clipboard()).toBe(`Authorization: Bearer ${printed}`);
  await page.getByRole('button', { name: 'Copy access token', exact: true }).click();
  const access = (await app.cli(['token', 'copy me', '--access'])).trim();
  app.secret('access token', access);
  await expect.poll(() => app.host.clipboard()).toBe(access);
});

test("a wrong password shows Cognito's sentence next to the password field", async ({
  page,
  app,
  services,
}) => {
  const username = await services.confirmedUser(services.pool);
  await app.open();
  await addProfile(page, localProfile(services, 'typo', username));
  await signInWithPassword(page, 'Not-The-Password-1!');
  const password = page.getByLabel('Password', { exact: true });
  await expect(password).toHaveAttribute('aria-invalid', 'true');
  // The cursor is back in the field the sentence is about.
  await expect(password).toBeFocused();
  await expect(password).toHaveAccessibleDescription(/incorrect username or password/i);
  await screenshots(page, 'wrong-password');
  await expectAccessible(page, 'wrong password');
});

test('a malformed pool id is refused in the form before any request is made', async ({
  page,
  app,
  services,
}) => {
  await app.open();
  const before = services.proxy.requestCount();
  const bridgeCalls: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/ipc/ctm:add-profile')) bridgeCalls.push(request.url());
  });
  await page
    .getByRole('toolbar', { name: 'App' })
    .getByRole('button', { name: 'Add profile' })
    .click();
  await page.getByLabel('Profile name').fill('broken');
  const pool = page.getByLabel('User pool id');
  await pool.fill('not-a-pool');
  await pool.blur();
  await expect(pool).toHaveAccessibleDescription(/"not-a-pool" is not a user pool id/);
  await page.getByLabel('App client id').fill('abc123');
  await page.getByLabel('Username').fill('ada');
  await page.getByText('Advanced').click();
  await page.getByLabel('Endpoint (an emulator or a proxy)').fill(services.proxy.endpoint);
  await page
    .getByRole('form', { name: 'Add a profile' })
    .getByRole('button', { name: 'Add profile' })
    .click();
  await expect(page.getByRole('heading', { name: 'Add a profile' })).toBeVisible();
  expect(services.proxy.requestCount()).toBe(before);
  expect(bridgeCalls).toEqual([]);
  expect(await app.cli(['profiles', 'list'])).not.toMatch(/broken/);
  await screenshots(page, 'field-error');
});

test('after a restart of the host the profile is still signed in', async ({
  page,
  app,
  services,
}) => {
  await openSignedIn(page, app, services, 'stays');
  await expect(page.getByLabel('Time left')).toBeVisible();
  await app.open();
  await expect(profileInList(page, 'stays')).toContainText('Signed in · expires in');
  await profileInList(page, 'stays').click();
  await expect(page.getByLabel('Time left')).toBeVisible();
  app.secret('ID token', (await app.cli(['token', 'stays'])).trim());
});

test('with hundreds of profiles the list stays a keyboard list: End, Home and the filter', async ({
  page,
  app,
}) => {
  const profiles = Array.from({ length: 300 }, (_, i) => ({
    name: `bulk-${String(i).padStart(3, '0')}`,
    userPoolId: `${i % 2 === 0 ? 'eu-west-1' : 'us-east-1'}_Bulk${i % 5}`,
    clientId: `bulkclient${i}`,
    username: `bulk${i}@example.org`,
  }));
  const file = join(app.home, 'bulk.json');
  await writeFile(
    file,
    JSON.stringify({ format: 'cognito-token-manager/profiles', version: 1, profiles }),
  );
  await app.cli(['profiles', 'import', file]);
  await app.open();
  await expect(page.getByText('300 profiles')).toBeVisible();
  // Only what is in view is rendered, yet End reaches the last profile (us-east-1, pool Bulk4).
  await expect(profileInList(page, 'bulk-299')).toHaveCount(0);
  await profileInList(page, 'bulk-000').focus();
  await page.keyboard.press('End');
  await expect(profileInList(page, 'bulk-299')).toBeFocused();
  await page.keyboard.press('Home');
  await expect(profileInList(page, 'bulk-000')).toBeFocused();
  await page.getByLabel('Filter profiles').fill('bulk-29');
  await expect(page.getByText('10 of 300 profiles')).toBeVisible();
  await profileInList(page, 'bulk-295').click();
  await expect(page.getByRole('heading', { level: 2, name: /^bulk-295/ })).toBeVisible();
  await screenshots(page, 'many-profiles');
});
