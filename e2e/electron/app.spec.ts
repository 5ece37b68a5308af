// The real app through _electron.launch. Runs wherever an Electron binary exists; skips, with
// the reason printed, where it does not (machines that cannot download it).
import { expect, test } from '@playwright/test';
import type { TokenManagerApi } from '../../src/shared/contract';
import { launchApp, type LaunchedApp } from '../support/electron-app';
import { electronTarget } from '../support/electron-target';
import { PLATFORM_LABEL, packageVersion } from '../support/repo';
import { API_NAMES } from '../../test/support/api-names';

interface BridgeWindow {
  tokenManager: TokenManagerApi;
  received?: Record<string, unknown[]>;
}

const target = electronTarget('app');

test.describe('electron app', () => {
  test.skip(target.reason !== undefined, `Electron e2e skipped: ${target.reason ?? ''}`);
  let launched: LaunchedApp;

  test.beforeEach(async () => {
    if (target.binary) launched = await launchApp(target.binary);
  });
  test.afterEach(async () => {
    await launched.close();
  });

  test('opens the window with app info from main', async () => {
    const { page, errors } = launched;
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cognito Token Manager');
    await expect(page.getByRole('region', { name: 'No profiles yet' })).toBeVisible();
    await expect(page.getByRole('contentinfo')).toHaveText(
      `Cognito Token Manager ${packageVersion()} · ${PLATFORM_LABEL}`,
    );
    await page.screenshot({ path: 'test-results/screenshots/electron-home.png' });
    expect(errors).toEqual([]);
  });

  test('every window is sandboxed and isolated', async () => {
    const prefs = await launched.app.evaluate(({ BrowserWindow }) => {
      const [window] = BrowserWindow.getAllWindows();
      // Undocumented but long-standing (Electron's own specs use it); not in electron.d.ts.
      const contents = window?.webContents as
        { getLastWebPreferences?: () => Electron.WebPreferences } | undefined;
      const p = contents?.getLastWebPreferences?.();
      return {
        sandbox: p?.sandbox,
        contextIsolation: p?.contextIsolation,
        nodeIntegration: p?.nodeIntegration,
        webSecurity: p?.webSecurity,
      };
    });
    expect(prefs).toEqual({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
    });
    const globals = await launched.page.evaluate(() => ({
      require: typeof (globalThis as Record<string, unknown>).require,
      process: typeof (globalThis as Record<string, unknown>).process,
      keys: Object.keys((globalThis as unknown as BridgeWindow).tokenManager).sort(),
    }));
    expect(globals).toEqual({
      require: 'undefined',
      process: 'undefined',
      keys: API_NAMES,
    });
  });

  test('denies popups and navigation', async () => {
    const { app, page } = launched;
    const before = page.url();
    const opened = await page.evaluate(
      () =>
        (globalThis as unknown as { open(url: string): unknown }).open('https://example.com') ===
        null,
    );
    expect(opened).toBe(true);
    await page.evaluate(() => {
      (globalThis as unknown as { location: { href: string } }).location.href =
        'https://example.com/';
    });
    await expect.poll(() => app.windows().length).toBe(1);
    expect(page.url()).toBe(before);
  });

  test('main refuses a malformed request with a sentence', async () => {
    const result = await launched.page.evaluate(() =>
      (globalThis as unknown as BridgeWindow).tokenManager.appInfo({ bogus: true } as never),
    );
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'invalid-request',
        message:
          'The app refused a malformed ctm:app-info request (request: Unrecognized key: "bogus").',
      },
    });
  });

  test('events reach a subscriber until it unsubscribes', async () => {
    const { app, page } = launched;
    await page.evaluate(() => {
      const w = globalThis as unknown as BridgeWindow & { stopFirst?: () => void };
      const received: Record<string, unknown[]> = { first: [], second: [] };
      w.received = received;
      w.stopFirst = w.tokenManager.onSessionChanged((payload) => received.first?.push(payload));
      w.tokenManager.onSessionChanged((payload) => received.second?.push(payload));
    });
    const send = (row: unknown) =>
      app.evaluate(({ BrowserWindow }, r) => {
        BrowserWindow.getAllWindows()[0]?.webContents.send('ctm:session-changed', r);
      }, row);
    const received = () => page.evaluate(() => (globalThis as unknown as BridgeWindow).received);
    const signedIn = { profileId: 'dev', status: 'signed-in', expiresAt: 1_900_000_000_000 };
    const expired = { profileId: 'dev', status: 'signed-out', reason: 'The session expired.' };

    await send(signedIn);
    await expect.poll(received).toEqual({ first: [signedIn], second: [signedIn] });
    await page.evaluate(() => {
      (globalThis as unknown as { stopFirst: () => void }).stopFirst();
    });
    await send(expired);
    // The second listener proves the event arrived; the first must not have seen it.
    await expect.poll(received).toEqual({ first: [signedIn], second: [signedIn, expired] });
  });
});
