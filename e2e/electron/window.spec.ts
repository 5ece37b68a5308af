// The window in the real app (_electron.launch), where an Electron binary exists: the renderer
// comes from app://bundle, traversal out of it fails, and every window keeps its hardened
// preferences. (The first sign-in to a copied token is in lifecycle.spec.ts.) Skipped, with
// the reason printed, where there is no binary.
import { expect, test } from '@playwright/test';
import { launchApp, type LaunchedApp } from '../support/electron-app';
import { electronTarget } from '../support/electron-target';

const target = electronTarget('window');

test.describe('electron window', () => {
  test.skip(target.reason !== undefined, `Electron e2e skipped: ${target.reason ?? ''}`);
  let launched: LaunchedApp;
  test.beforeEach(async () => {
    if (target.binary) launched = await launchApp(target.binary);
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
});
