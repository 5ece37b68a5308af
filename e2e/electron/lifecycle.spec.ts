// The app's life in the real Electron (_electron.launch, test hooks on): the tray menu as
// Electron builds it from the model, closing to the tray and coming back, quitting where no tray
// is shown, and the clear at quit that leaves the user's own copy alone. Skipped, with the
// reason printed, where there is no Electron binary.
import { spawn, spawnSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { startCognitoDouble, type CognitoDouble } from '../../test/support/cognito-double';
import { launchApp, type LaunchedApp } from '../support/electron-app';
import { electronTarget } from '../support/electron-target';
import { builtLabels, modelLabels, type TrayHook } from '../support/tray-hook';
import { addProfile, signInWithPassword } from '../support/window-steps';

const target = electronTarget('lifecycle');

async function windowState(launched: LaunchedApp) {
  return launched.app.evaluate(({ BrowserWindow }) =>
    BrowserWindow.getAllWindows().map((w) => ({
      visible: w.isVisible(),
      destroyed: w.isDestroyed(),
    })),
  );
}

test.describe('electron lifecycle', () => {
  test.skip(target.reason !== undefined, `Electron e2e skipped: ${target.reason ?? ''}`);
  let launched: LaunchedApp | undefined;
  let double: CognitoDouble;

  test.beforeAll(async () => {
    double = await startCognitoDouble([
      {
        userPoolId: 'eu-west-1_Electron1',
        clients: [{ clientId: 'electronclient1' }],
        users: [
          { username: 'ada', password: 'Temp-Pass-1!', status: 'FORCE_CHANGE_PASSWORD' },
          { username: 'grace', password: 'Perm-Pass-3!' },
        ],
      },
    ]);
  });
  test.afterAll(async () => {
    await double.close();
  });
  test.afterEach(async () => {
    await launched?.close();
    launched = undefined;
  });

  test('the tray menu is what Electron builds from the model, and its Open item shows the window', async () => {
    launched = await launchApp(target.binary ?? '', { CTM_TEST_HOOKS: '1' });
    const { app } = launched;
    const model = await app.evaluate(() => (globalThis as unknown as TrayHook).ctmTray.rebuild());
    const built = await app.evaluate(() => (globalThis as unknown as TrayHook).ctmTray.builtMenu());
    expect(builtLabels(built)).toEqual(modelLabels(model.items));
    await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.hide());
    await expect
      .poll(() => windowState(launched as LaunchedApp))
      .toEqual([{ visible: false, destroyed: false }]);
    const clicked = await app.evaluate(() =>
      (globalThis as unknown as TrayHook).ctmTray.click(['Open Cognito Token Manager']),
    );
    expect(clicked).toBe(true);
    await expect
      .poll(() => windowState(launched as LaunchedApp))
      .toEqual([{ visible: true, destroyed: false }]);
  });

  test('closing the window keeps the app in the tray; the Dock (activate) brings it back', async () => {
    launched = await launchApp(target.binary ?? '', { CTM_TEST_HOOKS: '1' });
    test.skip(
      !launched.environment.trayHost,
      'no tray host on this desktop: closing quits (next test)',
    );
    const { app } = launched;
    await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.close());
    await expect
      .poll(() => windowState(launched as LaunchedApp))
      .toEqual([{ visible: false, destroyed: false }]);
    await app.evaluate(({ app: electronApp }) => electronApp.emit('activate'));
    await expect
      .poll(() => windowState(launched as LaunchedApp))
      .toEqual([{ visible: true, destroyed: false }]);
  });

  test('where no panel shows tray icons, closing the window quits, and Settings says why', async () => {
    test.skip(process.platform !== 'linux', 'macOS and Windows always show the tray');
    launched = await launchApp(target.binary ?? '', {}, { tray: false });
    const { app, page } = launched;
    await page
      .getByRole('toolbar', { name: 'App' })
      .getByRole('button', { name: 'Settings' })
      .click();
    await expect(page.getByRole('note')).toContainText('so closing the window quits the app');
    const exited = new Promise((resolve) => app.process().once('exit', resolve));
    await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.close());
    await exited;
  });

  test('a first sign-in against the strict double, a copy, and a quit that clears only our copy', async () => {
    test.skip(
      process.platform !== 'linux',
      'reads the private X clipboard with xclip after the app has quit',
    );
    test.skip(spawnSync('sh', ['-c', 'command -v xclip']).status !== 0, 'xclip is not installed');
    launched = await launchApp(target.binary ?? '');
    const { app, page, environment } = launched;
    await addProfile(page, {
      name: 'electron',
      poolId: 'eu-west-1_Electron1',
      clientId: 'electronclient1',
      username: 'ada',
      endpoint: double.endpoint,
    });
    await signInWithPassword(page, 'Temp-Pass-1!');
    await page.getByLabel('New password', { exact: true }).fill('Perm-Pass-2!');
    await page.getByLabel('Confirm new password').fill('Perm-Pass-2!');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('button', { name: 'Copy ID token', exact: true }).click();
    await expect(page.getByText(/ID token copied/)).toBeVisible();
    const copied = await app.evaluate(({ clipboard }) => clipboard.readText());
    expect(copied.split('.')).toHaveLength(3);
    await page.screenshot({ path: 'test-results/screenshots/electron-token-view.png' });

    // The user copies something else (xclip keeps serving it after the app is gone).
    const xclip = spawn('xclip', ['-selection', 'clipboard', '-loops', '1'], {
      env: environment.env,
      stdio: ['pipe', 'ignore', 'ignore'],
    });
    xclip.stdin.end('the user copied this');
    await expect
      .poll(() => app.evaluate(({ clipboard }) => clipboard.readText()))
      .toBe('the user copied this');
    await launched.close();
    expect(launched.output()).toContain("clipboard: kept the user's own copy at quit");
    const after = spawnSync('xclip', ['-selection', 'clipboard', '-o'], {
      env: environment.env,
      encoding: 'utf8',
    });
    expect(after.stdout).toBe('the user copied this');
    xclip.kill();
  });

  test('a copy still on the clipboard is cleared at quit', async () => {
    test.skip(process.platform !== 'linux', 'reads the private X clipboard');
    launched = await launchApp(target.binary ?? '');
    const { page } = launched;
    await addProfile(page, {
      name: 'grace',
      poolId: 'eu-west-1_Electron1',
      clientId: 'electronclient1',
      username: 'grace',
      endpoint: double.endpoint,
    });
    await signInWithPassword(page, 'Perm-Pass-3!');
    await page.getByRole('button', { name: 'Copy ID token', exact: true }).click();
    await expect(page.getByText(/ID token copied/)).toBeVisible();
    await launched.close();
    expect(launched.output()).toContain('clipboard: cleared the copied token at quit');
  });
});
