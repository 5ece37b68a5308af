// The virtualised profile list draws each row where it belongs: after profiles are added in new
// region groups, removed and filtered, every row starts where the one above it ends (no gap
// under a group heading, no rows drawn over each other).
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from '../support/app-fixture';
import { addProfile } from '../support/window-steps';

/** Each list row's box, top to bottom, with its text (for the failure message). */
async function rowBoxes(page: Page) {
  const rows = page.getByRole('navigation', { name: 'Profiles' }).getByRole('listitem');
  const boxes = [];
  for (const row of await rows.all()) {
    const box = await row.boundingBox();
    if (box) boxes.push({ text: (await row.innerText()).split('\n')[0] ?? '', ...box });
  }
  return boxes.sort((a, b) => a.y - b.y);
}

/** Fails when a row does not start where the one above it ends (to the pixel). */
async function expectRowsTouch(page: Page, expectedCount: number): Promise<void> {
  await expect(
    page.getByRole('navigation', { name: 'Profiles' }).getByRole('listitem'),
  ).toHaveCount(expectedCount);
  await expect
    .poll(async () => {
      const boxes = await rowBoxes(page);
      return boxes.slice(1).flatMap((box, i) => {
        const above = boxes[i];
        if (!above) return [];
        const gap = Math.round(box.y - (above.y + above.height));
        return gap === 0 ? [] : [`${gap} px between "${above.text}" and "${box.text}"`];
      });
    })
    .toEqual([]);
}

test('list rows stay in place as profiles are added, removed and filtered', async ({
  page,
  app,
  services,
}) => {
  const profiles = [
    { name: 'west one', userPoolId: 'eu-west-1_PoolWest', clientId: 'westclient1' },
    { name: 'west two', userPoolId: 'eu-west-1_PoolWest', clientId: 'westclient2' },
    // Taller than the others (its name wraps), so no single estimate fits every row.
    {
      name: 'west three, whose long name wraps onto a second line',
      userPoolId: 'eu-west-1_PoolWest',
      clientId: 'westclient3',
    },
    { name: 'east one', userPoolId: 'us-east-1_PoolEast', clientId: 'eastclient1' },
  ].map((p) => ({ ...p, username: `${p.clientId}@example.org` }));
  const file = join(app.home, 'layout.json');
  await writeFile(
    file,
    JSON.stringify({ format: 'cognito-token-manager/profiles', version: 1, profiles }),
  );
  await app.cli(['profiles', 'import', file]);
  await app.open();
  // Two groups and four profiles.
  await expectRowsTouch(page, 6);

  const added = (name: string, poolId: string) => ({
    name,
    poolId,
    clientId: `${name.replace(/\W/g, '')}client`,
    username: `${name.replace(/\W/g, '')}@example.org`,
    endpoint: services.local.endpoint,
    flow: 'password' as const,
  });
  // A new region that sorts first, then one in the middle: every row below moves down.
  await addProfile(page, added('sydney', 'ap-southeast-2_PoolSyd'));
  await expectRowsTouch(page, 8);
  await addProfile(page, added('frankfurt', 'eu-central-1_PoolFra'));
  await expectRowsTouch(page, 10);

  // Removing the only profile of a group removes its heading too.
  await page.getByRole('button', { name: 'Delete' }).click();
  await page
    .getByRole('dialog', { name: 'Delete frankfurt?' })
    .getByRole('button', { name: 'Delete profile' })
    .click();
  await expect(page.getByText('Deleted frankfurt.')).toBeVisible();
  await expectRowsTouch(page, 8);

  const filter = page.getByLabel('Filter profiles');
  await filter.fill('one');
  await expectRowsTouch(page, 4);
  await filter.fill('');
  await expectRowsTouch(page, 8);
});
