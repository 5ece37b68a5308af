// The preview host answers over HTTP exactly as main answers over IPC, and only to its page.
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startPreviewHost, type PreviewHost } from '../../src/preview/host';
import { readStaticFile } from '../../src/preview/static-files';
import { handlersWith } from '../support/contract-handlers';

let host: PreviewHost;
const log = { warn: vi.fn(), error: vi.fn() };

beforeAll(async () => {
  host = await startPreviewHost({
    rendererDir: 'src/renderer',
    handlers: handlersWith(),
    log,
  });
});
afterAll(() => host.close());

function call(channel: string, body: string, origin: string = host.origin) {
  return fetch(`${host.origin}/ipc/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin, 'x-preview-token': host.token },
    body,
  });
}

describe('preview host', () => {
  it('listens on loopback only', () => {
    expect(host.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('answers a valid call from the contract handlers', async () => {
    const response = await call('ctm:app-info', '{}');
    expect(response.status).toBe(200);
    const body = (await response.json()) as { ok: boolean; value: { name: string } };
    expect(body).toMatchObject({ ok: true, value: { name: 'Cognito Token Manager' } });
  });

  it('rejects an invalid payload with 400 and a sentence', async () => {
    const response = await call('ctm:app-info', '{"profileId":7}');
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      ok: false,
      error: {
        code: 'invalid-request',
        message:
          'The app refused a malformed ctm:app-info request (request: Unrecognized key: "profileId").',
      },
    });
    const notJson = await call('ctm:app-info', '{oops');
    expect(notJson.status).toBe(400);
    expect(await notJson.json()).toMatchObject({
      error: { message: 'The request body is not valid JSON.' },
    });
  });

  it('rejects unknown channels with 404 and a sentence', async () => {
    const response = await call('ctm:launch-missiles', '{}');
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      ok: false,
      error: {
        code: 'unknown-channel',
        message: 'The app has no operation called "ctm:launch-missiles".',
      },
    });
  });

  it('refuses calls from other origins', async () => {
    const response = await call('ctm:app-info', '{}', 'http://evil.example');
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ error: { code: 'forbidden-sender' } });
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    const { port } = new URL(host.origin);
    const status = await new Promise<number | undefined>((resolve, reject) => {
      const req = request({
        host: '127.0.0.1',
        port,
        path: '/',
        headers: { host: 'evil.example', 'x-preview-token': host.token },
      });
      req.on('response', (res) => {
        res.resume();
        resolve(res.statusCode);
      });
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(403);
  });

  it("refuses every call, the event stream and the page without this run's token", async () => {
    const noToken = await fetch(`${host.origin}/ipc/ctm:app-info`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: host.origin },
      body: '{}',
    });
    expect(noToken.status).toBe(403);
    const wrongToken = await fetch(`${host.origin}/ipc/ctm:app-info`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        origin: host.origin,
        'x-preview-token': `${host.token.slice(1)}x`,
      },
      body: '{}',
    });
    expect(wrongToken.status).toBe(403);
    expect((await fetch(`${host.origin}/__preview/events`)).status).toBe(403);
    expect((await fetch(`${host.origin}/test/clipboard`)).status).toBe(403);
    expect((await fetch(`${host.origin}/test/opened-pages`)).status).toBe(403);
    // The token in a query or a cookie is not the header: neither opens anything.
    const inQuery = await fetch(`${host.origin}/__preview/events?token=${host.token}`);
    expect(inQuery.status).toBe(403);
    const inCookie = await fetch(`${host.origin}/__preview/events`, {
      headers: {
        cookie: `token=${host.token}; ctm_preview_${new URL(host.origin).port}=${host.token}`,
      },
    });
    expect(inCookie.status).toBe(403);
    expect(host.url).toBe(`${host.origin}/?token=${host.token}`);
  });

  it('serves the page and its bridge without the token, and sets no cookie', async () => {
    for (const address of [host.url, `${host.origin}/`, `${host.origin}/__preview/bridge.js`]) {
      const response = await fetch(address);
      expect(response.status, address).toBe(200);
      expect(response.headers.get('set-cookie'), address).toBeNull();
      expect(await response.text(), address).not.toContain(host.token);
    }
  });

  it('has no /test/clipboard nor /test/opened-pages unless the host was given them', async () => {
    for (const path of ['/test/clipboard', '/test/opened-pages']) {
      const response = await fetch(`${host.origin}${path}`, {
        headers: { 'x-preview-token': host.token },
      });
      expect(response.status, path).toBe(404);
    }
  });

  it('answers /favicon.ico and serves nothing outside the renderer folder', async () => {
    const favicon = await fetch(`${host.origin}/favicon.ico`);
    expect([200, 204]).toContain(favicon.status);
    expect(await readStaticFile('src/renderer', '/../../package.json')).toBeNull();
    expect(await readStaticFile('src/renderer', '/%2e%2e/%2e%2e/package.json')).toBeNull();
    expect(await readStaticFile('src/renderer', '/styles.css')).not.toBeNull();
  });
});
