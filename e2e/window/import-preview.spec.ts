// Import shows what will change before anything does: each profile of the file is new, identical
// to the stored one of its name, or in conflict with it; a new one is added or skipped, a
// conflict skipped, replaced or kept beside under a new name. The store is untouched until Import.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expectAccessible } from '../support/axe';
import { expect, screenshots, test } from '../support/app-fixture';
import { profileInList } from '../support/window-steps';

const FORMAT = { format: 'cognito-token-manager/profiles', version: 1 };
const profile = (name: string, pool: string, client = `${name}client`) => ({
  name,
  userPoolId: `eu-west-1_${pool}`,
  clientId: client,
  username: `${name}@example.org`,
});

test('the import preview offers a choice per profile and changes nothing until Import', async ({
  page,
  app,
}) => {
  const stored = [
    profile('alpha', 'PoolA'),
    profile('beta', 'PoolB'),
    profile('gamma', 'PoolC'),
    profile('delta', 'PoolD'),
  ];
  await writeFile(join(app.home, 'stored.json'), JSON.stringify({ ...FORMAT, profiles: stored }));
  await app.cli(['profiles', 'import', join(app.home, 'stored.json')]);
  const incoming = [
    profile('alpha', 'PoolA'),
    profile('beta', 'PoolB2'),
    profile('gamma', 'PoolC2'),
    profile('delta', 'PoolD', 'otherclient'),
    profile('epsilon', 'PoolE'),
    profile('zeta', 'PoolZ'),
  ];
  const file = join(app.home, 'team-profiles.json');
  await writeFile(file, JSON.stringify({ ...FORMAT, profiles: incoming }));
  const listed = async () => app.cli(['profiles', 'list', '--output', 'json']);
  const before = await listed();

  await app.open();
  await page.getByRole('toolbar', { name: 'App' }).getByRole('button', { name: 'Import' }).click();
  await page.getByLabel('File to import').setInputFiles(file);
  await page.getByRole('button', { name: 'Show what changes' }).click();
  await expect(
    page.getByRole('heading', { name: 'What importing team-profiles.json changes' }),
  ).toBeFocused();
  const row = (name: string) => page.getByRole('group', { name: new RegExp(`^${name} \\(`) });
  await expect(row('alpha')).toHaveAccessibleName('alpha (already here, identical)');
  await expect(row('alpha').getByRole('radio')).toHaveCount(0);
  await expect(row('beta')).toHaveAccessibleName('beta (name taken by a different profile)');
  await expect(row('beta')).toContainText(
    'pool eu-west-1_PoolB; in the file: pool eu-west-1_PoolB2',
  );
  await expect(row('delta')).toContainText('client deltaclient; in the file: client otherclient');
  await expect(row('epsilon')).toHaveAccessibleName('epsilon (new)');
  // Safe defaults: a conflict is skipped, a new profile added.
  await expect(row('beta').getByRole('radio', { name: 'Skip' })).toBeChecked();
  await expect(row('epsilon').getByRole('radio', { name: 'Add' })).toBeChecked();
  // The preview changed nothing.
  expect(await listed()).toBe(before);

  await row('beta').getByRole('radio', { name: 'Replace' }).check();
  await row('gamma').getByRole('radio', { name: 'Keep both' }).check();
  await row('zeta').getByRole('radio', { name: 'Skip' }).check();
  await page.getByRole('heading', { name: /What importing/ }).scrollIntoViewIfNeeded();
  await screenshots(page, 'import-preview');
  await expectAccessible(page, 'import preview');
  // Cancel from the preview leaves everything as it was, too.
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { name: /What importing/ })).toHaveCount(0);
  expect(await listed()).toBe(before);

  await page.getByRole('toolbar', { name: 'App' }).getByRole('button', { name: 'Import' }).click();
  await page.getByLabel('File to import').setInputFiles(file);
  await page.getByRole('button', { name: 'Show what changes' }).click();
  await row('beta').getByRole('radio', { name: 'Replace' }).check();
  await row('gamma').getByRole('radio', { name: 'Keep both' }).check();
  await row('zeta').getByRole('radio', { name: 'Skip' }).check();
  await page.getByRole('button', { name: 'Import 3 profiles' }).click();
  await expect(page.getByText('Added 2 profiles, replaced 1, left 3 as they were.')).toBeVisible();

  const after = JSON.parse(await listed()) as {
    name: string;
    userPoolId: string;
    clientId: string;
  }[];
  const byName = new Map(after.map((p) => [p.name, p]));
  expect([...byName.keys()].sort()).toEqual(
    ['alpha', 'beta', 'delta', 'epsilon', 'gamma', 'gamma (2)'].sort(),
  );
  expect(byName.get('beta')?.userPoolId).toBe('eu-west-1_PoolB2');
  expect(byName.get('gamma')?.userPoolId).toBe('eu-west-1_PoolC');
  expect(byName.get('gamma (2)')?.userPoolId).toBe('eu-west-1_PoolC2');
  expect(byName.get('delta')?.clientId).toBe('deltaclient');
  await expect(profileInList(page, 'gamma \\(2\\)')).toBeVisible();
});
