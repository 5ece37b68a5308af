// The window's journeys in the real app (_electron.launch), where an Electron binary exists:
// the renderer comes from app://bundle, traversal out of it fails, every window keeps its
// hardened preferences, and a profile signs in against cognito-local with the ID token copied
// to the system clipboard. Skipped, with the reason printed, where there is no binary.
import { expect, test } from '@playwright/test';
import { startCognitoLocal, type CognitoLocal } from '../../test/support/cognito-local';
import { PERMANENT_PASSWORD, TEMP_PASSWORD } from '../../test/support/cognito-local-pool';
import { launchApp, type LaunchedApp } from '../support/electron-app';
import { findElectronBinary } from '../support/electron-binary';
import { addProfile, signInWithPassword } from '../support/window-steps';

const binary = findElectronBinary();
if (!binary.path) console.log(`Electron window e2e skipped: ${binary.reason}`);

test.describe('electron window', () => {
  test.skip(!binary.path, `Electron e2e skipped: ${binary.reason ?? ''}`);
  let launched: LaunchedApp;
  let local: CognitoLocal;

  test.beforeAll(async () => {
    local = await startCognitoLocal();
  });
  test.afterAll(async () => {
    await local.stop();
  });
  test.beforeEach(async () => {
    if (binary.path) launched = await launchApp(binary.path);
  });
  test.afterEach(async () => {
    await launched.close();
  });

  test('loads from app://bundle and refuses paths outside it', async () => {
    const { page } = launched;
    expect(page.url()).toBe('app://bundle/index.html');
    const status = await page.evaluate(async () => {
      const outside = await fetch('app://bundle/..%2f..%2fpackage.json').catch(() => null);
      return outside?.status ?? 0;
    });
    expect([0, 404]).toContain(status);
  });

  test('every window keeps its hardened preferences', async () => {
    const prefs = await launched.app.evaluate(({ BrowserWindow }) =>
      BrowserWindow.getAllWindows().map((window) => {
        const contents = window.webContents as {
          getLastWebPreferences?: () => Electron.WebPreferences;
        };
        const p = contents.getLastWebPreferences?.();
        return {
          sandbox: p?.sandbox,
          contextIsolation: p?.contextIsolation,
          nodeIntegration: p?.nodeIntegration,
          webviewTag: p?.webviewTag,
          disableBlinkFeatures: p?.disableBlinkFeatures,
        };
      }),
    );
    expect(prefs).toEqual([
      {
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        webviewTag: false,
        disableBlinkFeatures: 'Auxclick',
      },
    ]);
  });

  test('a first sign-in, then the ID token on the system clipboard', async () => {
    const { app, page } = launched;
    const rawPoolId = await local.createPool();
    const { clientId } = await local.createClient(rawPoolId);
    await local.createUser(rawPoolId, 'electron-user', TEMP_PASSWORD, { email: 'e@example.org' });
    await addProfile(page, {
      name: 'electron',
      poolId: rawPoolId.replace(/^local_/, 'eu-west-1_'),
      clientId,
      username: 'electron-user',
      endpoint: local.endpoint,
      flow: 'password',
    });
    await signInWithPassword(page, TEMP_PASSWORD);
    await page.getByLabel('New password', { exact: true }).fill(PERMANENT_PASSWORD);
    await page.getByLabel('Confirm new password').fill(PERMANENT_PASSWORD);
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.getByLabel('Time left')).toBeVisible();
    await page.getByRole('button', { name: 'Copy ID token', exact: true }).click();
    await expect(page.getByText(/ID token copied/)).toBeVisible();
    const copied = await app.evaluate(({ clipboard }) => clipboard.readText());
    expect(copied.split('.')).toHaveLength(3);
    await page.screenshot({ path: 'test-results/screenshots/electron-token-view.png' });
  });
});
