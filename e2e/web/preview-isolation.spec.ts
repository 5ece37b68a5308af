// The preview host's session belongs to its page alone. Browsers send a host's cookies to every
// port of it, so a session cookie on 127.0.0.1 would reach any other local server the browser
// visits, which could then call the bridge (the user's real tokens, with the default data folder).
// Here `npm run preview` runs as a user runs it, the page opens in Chromium, then the same
// browser visits a second local server on another port: it must learn nothing it can use, in the
// browser or by replaying what it received. The token leaves the address bar after load and never
// reaches a log; the /test/* routes exist only when the tests ask for them.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { filesUnder } from '../../test/support/leak-scan';
import { startPreviewProcess, type PreviewProcess } from '../support/preview-process';

const homes: string[] = [];
const previews: PreviewProcess[] = [];

async function preview(env: Record<string, string> = {}): Promise<PreviewProcess> {
  const home = mkdtempSync(join(tmpdir(), 'ctm-isolation-'));
  homes.push(home);
  // No keychain bus: this test is about the host, not the keyring (secrets stay in memory).
  const started = await startPreviewProcess({
    COGNITO_TOKEN_MANAGER_HOME: home,
    DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent/ctm-isolation-bus',
    CTM_PREVIEW_TEST_ROUTES: '',
    ...env,
  });
  previews.push(started);
  return started;
}

test.afterAll(async () => {
  await Promise.all(previews.map((p) => p.stop()));
  for (const home of homes) rmSync(home, { recursive: true, force: true });
});

/** A second local server: records each request's headers, and serves a page that probes. */
async function otherServer(previewOrigin: string) {
  const seen: IncomingHttpHeaders[] = [];
  const page = `<!doctype html><title>Other</title><p id="out">probing</p><script>
(async () => {
  const results = ['cookie=' + document.cookie];
  for (const [path, init] of [
    ['/ipc/ctm:list-profiles', { method: 'POST', body: '{}', headers: { 'content-type': 'text/plain' } }],
    ['/test/clipboard', {}],
  ]) {
    try {
      const r = await fetch(${JSON.stringify(previewOrigin)} + path, { ...init, credentials: 'include' });
      results.push(path + '=' + r.status + ':' + (await r.text()).slice(0, 80));
    } catch (e) {
      results.push(path + '=blocked');
    }
  }
  document.getElementById('out').textContent = results.join(' | ');
})();
</script>`;
  const server: Server = createServer((req, res) => {
    seen.push(req.headers);
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(req.url === '/' ? page : '');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    seen,
    close: () =>
      new Promise<void>((resolve) =>
        server.close(() => {
          resolve();
        }),
      ),
  };
}

test('another local server cannot use the preview session', async ({ page }) => {
  const host = await preview({ CTM_PREVIEW_TEST_ROUTES: '1' });
  await page.goto(host.url);
  await expect(page.getByRole('region', { name: 'No profiles yet' })).toBeVisible();
  // The token leaves the address bar (and so history and bookmarks) once the page has it.
  await expect.poll(() => page.url()).toBe(`${host.origin}/`);
  expect(await page.context().cookies()).toEqual([]);

  const other = await otherServer(host.origin);
  try {
    await page.goto(other.url);
    await expect(page.locator('#out')).not.toHaveText('probing');
    const probed = (await page.locator('#out').textContent()) ?? '';
    expect(probed).not.toContain(host.token);
    expect(probed).not.toMatch(/=200:/);

    // What reached the other server, replayed from a server (no browser rules apply there).
    const received = other.seen.map((headers) => JSON.stringify(headers)).join('\n');
    expect(received).not.toContain(host.token);
    for (const headers of other.seen) {
      const cookie = headers.cookie ?? '';
      for (const [path, method] of [
        ['/test/clipboard', 'GET'],
        ['/ipc/ctm:list-profiles', 'POST'],
      ] as const) {
        const replay = await fetch(`${host.origin}${path}`, {
          method,
          headers: { cookie, origin: host.origin, 'content-type': 'application/json' },
          ...(method === 'POST' ? { body: '{}' } : {}),
        });
        expect(replay.status, `${method} ${path} with what the other server received`).toBe(403);
      }
    }
  } finally {
    await other.close();
  }

  // The page itself keeps working: it went back in the same tab, and a reload needs no token.
  await page.goto(`${host.origin}/`);
  await expect(page.getByRole('region', { name: 'No profiles yet' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('region', { name: 'No profiles yet' })).toBeVisible();

  // Never in a log line: not on stderr, not in the data folder's log.
  expect(host.stderr()).not.toContain(host.token);
  const files = await filesUnder(homes[homes.length - 1] ?? '');
  expect(files.filter((f) => f.text.includes(host.token)).map((f) => f.where)).toEqual([]);
});

test('serves /test/* only when CTM_PREVIEW_TEST_ROUTES=1', async () => {
  const plain = await preview();
  for (const path of ['/test/clipboard', '/test/opened-pages']) {
    const response = await fetch(`${plain.origin}${path}`, {
      headers: { 'x-preview-token': plain.token },
    });
    expect(response.status, path).toBe(404);
  }
  const testing = await preview({ CTM_PREVIEW_TEST_ROUTES: '1' });
  expect(await testing.clipboard()).toBeNull();
  expect(await testing.openedPages()).toEqual([]);
});
