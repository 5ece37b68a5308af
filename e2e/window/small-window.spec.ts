// At the window's minimum size (560 × 420 of page), every screen's main action is in sight
// without scrolling: a slim header, a narrower list that folds away, and form buttons that stay
// at the bottom of a long form.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PERMANENT_PASSWORD } from '../../test/support/cognito-local-pool';
import { expectAccessible } from '../support/axe';
import { expect, localProfile, MIN_WINDOW, test } from '../support/app-fixture';
import { addProfile, profileInList } from '../support/window-steps';

test.use({ viewport: MIN_WINDOW });

test('every screen keeps its main action in sight at the minimum size', async ({
  page,
  app,
  services,
}) => {
  const username = await services.confirmedUser(services.pool);
  app.secret('password', PERMANENT_PASSWORD);
  await app.open();
  const inSight = (name: string) =>
    expect(page.getByRole('main').getByRole('button', { name, exact: true })).toBeInViewport({
      ratio: 1,
    });
  await inSight('Add a profile');
  const toolbar = page.getByRole('toolbar', { name: 'App' });
  await toolbar.getByRole('button', { name: 'Add profile' }).click();
  await inSight('Add profile');
  await inSight('Add and sign in');
  await page.keyboard.press('Escape');

  await addProfile(page, localProfile(services, 'small', username));
  await inSight('Sign in');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByLabel('Password', { exact: true }).fill(PERMANENT_PASSWORD);
  await inSight('Sign in');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await inSight('Copy ID token');
  await expect(page.getByRole('button', { name: 'Copy ID token of small' })).toBeInViewport();
  await expectAccessible(page, 'token view at the minimum size');
  app.secret('ID token', (await app.cli(['token', 'small'])).trim());

  // The list folds away for more room, and comes back.
  const listToggle = toolbar.getByRole('button', { name: 'Profiles' });
  await expect(listToggle).toHaveAttribute('aria-expanded', 'true');
  await listToggle.click();
  await expect(profileInList(page, 'small')).toBeHidden();
  await inSight('Copy ID token');
  await listToggle.click();
  await expect(profileInList(page, 'small')).toBeVisible();

  await toolbar.getByRole('button', { name: 'Settings' }).click();
  await inSight('Done');
  await toolbar.getByRole('button', { name: 'Import' }).click();
  await inSight('Show what changes');
  const file = join(app.home, 'more.json');
  const profiles = Array.from({ length: 8 }, (_, i) => ({
    name: `more ${i}`,
    userPoolId: 'eu-west-1_More1',
    clientId: `moreclient${i}`,
    username: `more${i}@example.org`,
  }));
  await writeFile(
    file,
    JSON.stringify({ format: 'cognito-token-manager/profiles', version: 1, profiles }),
  );
  await page.getByLabel('File to import').setInputFiles(file);
  await page.getByRole('button', { name: 'Show what changes' }).click();
  await inSight('Import 8 profiles');
  await expectAccessible(page, 'import preview at the minimum size');
});
