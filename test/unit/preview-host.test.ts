// The preview host answers over HTTP exactly as main answers over IPC, and only to its page.
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createPreviewHandlers } from '../../src/preview/handlers';
import { startPreviewHost, type PreviewHost } from '../../src/preview/host';
import { readStaticFile } from '../../src/preview/static-files';

let host: PreviewHost;
const log = { warn: vi.fn(), error: vi.fn() };

beforeAll(async () => {
  host = await startPreviewHost({
    rendererDir: 'src/renderer',
    handlers: createPreviewHandlers(process.cwd()),
    log,
  });
});
afterAll(() => host.close());

function call(channel: string, body: string, origin: string = host.origin) {
  return fetch(`${host.origin}/ipc/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin },
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
        headers: { host: 'evil.example' },
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

  it('answers /favicon.ico and serves nothing outside the renderer folder', async () => {
    const favicon = await fetch(`${host.origin}/favicon.ico`);
    expect([200, 204]).toContain(favicon.status);
    expect(await readStaticFile('src/renderer', '/../../package.json')).toBeNull();
    expect(await readStaticFile('src/renderer', '/%2e%2e/%2e%2e/package.json')).toBeNull();
    expect(await readStaticFile('src/renderer', '/styles.css')).not.toBeNull();
  });
});
