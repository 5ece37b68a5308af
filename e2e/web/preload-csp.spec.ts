// The built preload runs in the window's page under the app's Content Security Policy. Electron
// cannot run here, so Chromium stands in for the page: the bundle is served from the page's own
// origin with the app's CSP header, with `require('electron')` answered by a small shim (the only
// module a sandboxed preload may load). zod 4 probes `new Function` when schemas are built; the
// policy refuses it and Chromium reports a violation on every load unless zod runs jitless.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { APP_CSP } from '../../src/shared/csp';
import { collectPageProblems } from '../support/console-errors';
import { REPO_ROOT } from '../support/repo';

// What the sandbox gives a preload: module, exports and a require that knows 'electron'.
const SHIM = `
window.exposed = {};
window.module = { exports: {} };
window.exports = window.module.exports;
window.require = (name) => {
  if (name !== 'electron') throw new Error('a sandboxed preload cannot require ' + name);
  return {
    contextBridge: { exposeInMainWorld: (key, api) => { window.exposed[key] = api; } },
    ipcRenderer: { invoke: () => Promise.resolve(undefined), on() {}, removeListener() {} },
  };
};`;

const PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>preload</title>
<script src="/shim.js"></script><script src="/preload.js"></script></head><body></body></html>`;

let server: Server;
let origin = '';

test.beforeAll(async () => {
  const preload = readFileSync(join(REPO_ROOT, 'out', 'preload', 'index.js'), 'utf8');
  const files: Record<string, [string, string]> = {
    '/': ['text/html', PAGE],
    '/shim.js': ['text/javascript', SHIM],
    '/preload.js': ['text/javascript', preload],
  };
  server = createServer((request, response) => {
    const file = files[request.url ?? ''];
    if (!file) {
      response.writeHead(request.url === '/favicon.ico' ? 204 : 404).end();
      return;
    }
    response.writeHead(200, { 'content-type': file[0], 'content-security-policy': APP_CSP });
    response.end(file[1]);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no address');
  origin = `http://127.0.0.1:${String(address.port)}`;
});

test.afterAll(async () => {
  await new Promise<void>((resolve) =>
    server.close(() => {
      resolve();
    }),
  );
});

test('the preload builds the bridge under the app CSP without a single violation', async ({
  page,
}) => {
  const problems = await collectPageProblems(page);
  await page.goto(origin);
  // The page's globals, named here: the e2e project has no DOM types.
  const exposedBridge = () =>
    page.evaluate(
      () =>
        typeof (globalThis as unknown as { exposed: { tokenManager?: unknown } }).exposed
          .tokenManager,
    );
  await expect.poll(exposedBridge).toBe('object');
  // A violation is reported as an event after the script that caused it: give it a moment.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)));
  expect(problems).toEqual([]);
});
