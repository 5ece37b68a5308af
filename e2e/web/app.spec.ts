// The built renderer in Chromium, talking to the preview host through window.tokenManager.
import {
  channelNames,
  eventNames,
  operationName,
  subscriptionName,
  type TokenManagerApi,
} from '../../src/shared/contract';
import { collectPageProblems } from '../support/console-errors';
import { expect, test } from '../support/preview-fixture';
import { PLATFORM_LABEL, packageVersion } from '../support/repo';

// page.evaluate bodies run in the page; this project has no DOM types, so name the bridge here.
interface BridgeWindow {
  tokenManager: TokenManagerApi;
  received?: Record<string, unknown[]>;
}

test('shows the app, its empty profile list and app info from the bridge', async ({
  page,
  preview,
}) => {
  const errors = await collectPageProblems(page);
  await page.goto(preview.host.url);

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cognito Token Manager');
  await expect(page.getByRole('region', { name: 'No profiles yet' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add a profile' })).toBeVisible();
  await expect(page.getByRole('contentinfo')).toHaveText(
    `Cognito Token Manager ${packageVersion()} · ${PLATFORM_LABEL}`,
  );
  await expect(page).toHaveTitle('Cognito Token Manager');

  await page.screenshot({ path: 'test-results/screenshots/web-home-light.png' });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: 'test-results/screenshots/web-home-dark.png' });
  expect(errors).toEqual([]);
});

test('exposes one frozen function per operation and nothing else', async ({ page, preview }) => {
  await page.goto(preview.host.url);
  const shape = await page.evaluate(() => {
    const api = (globalThis as unknown as BridgeWindow).tokenManager;
    return { keys: Object.keys(api).sort(), frozen: Object.isFrozen(api) };
  });
  const expected = [
    ...channelNames.map((channel) => operationName(channel)),
    ...eventNames.map((event) => subscriptionName(event)),
  ].sort();
  expect(shape).toEqual({ keys: expected, frozen: true });
});

test('refuses a malformed request with a sentence, as main does', async ({ page, preview }) => {
  await page.goto(preview.host.url);
  const result = await page.evaluate(() =>
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
  expect(preview.logs).toContain(
    'warn: ipc: ctm:app-info: invalid request (request: Unrecognized key: "bogus")',
  );
});

test('delivers events until the listener unsubscribes', async ({ page, preview }) => {
  await page.goto(preview.host.url);
  await page.evaluate(() => {
    const w = globalThis as unknown as BridgeWindow & { stopFirst?: () => void };
    const received: Record<string, unknown[]> = { first: [], second: [] };
    w.received = received;
    w.stopFirst = w.tokenManager.onSessionChanged((payload) => received.first?.push(payload));
    w.tokenManager.onSessionChanged((payload) => received.second?.push(payload));
  });
  await expect.poll(() => preview.host.eventStreamCount()).toBeGreaterThan(0);
  const received = () => page.evaluate(() => (globalThis as unknown as BridgeWindow).received);

  const signedIn = { profileId: 'dev', status: 'signed-in', expiresAt: 1_900_000_000_000 } as const;
  const expired = {
    profileId: 'dev',
    status: 'signed-out',
    reason: 'The session expired.',
  } as const;
  preview.host.emit('ctm:session-changed', signedIn);
  await expect.poll(received).toEqual({ first: [signedIn], second: [signedIn] });

  await page.evaluate(() => {
    (globalThis as unknown as { stopFirst: () => void }).stopFirst();
  });
  preview.host.emit('ctm:session-changed', expired);
  // The second listener proves the event arrived; the first must not have seen it.
  await expect.poll(received).toEqual({ first: [signedIn], second: [signedIn, expired] });
});
