// The loopback listener of a browser sign-in or sign-out answers only what the managed login
// sends back: its redirect path, on its own Host, with this sign-in's state. Anything else (a
// forged GET from another program or page) gets a 404 and the wait goes on until its deadline.
// A `localhost` redirect is bound on both 127.0.0.1 and [::1], so no other program can take
// the other one and receive the code; when either is taken, nothing starts.
import { createServer, request, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserSignOut, startBrowserSignIn } from '../../src/main/oauth';
import {
  followAuthorize,
  freePort,
  rejectionOf,
  startOAuthMock,
  type OAuthMock,
} from '../support/oauth-server';

let mock: OAuthMock;
beforeAll(async () => {
  mock = await startOAuthMock();
});
afterAll(async () => {
  await mock.close();
});

/** A GET with a Host header of our choosing (fetch will not forge one). */
function get(url: string, host?: string): Promise<number> {
  const target = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: target.hostname.replace(/^\[|\]$/g, ''),
        port: target.port,
        path: target.pathname + target.search,
        headers: host ? { host } : {},
      },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('the sign-in listener', () => {
  it('answers a forged callback with 404 and keeps waiting for the real one', async () => {
    const port = await freePort();
    const config = mock.config({ redirectUri: `http://127.0.0.1:${port}/callback` });
    const signIn = await startBrowserSignIn(config);
    const state = new URL(signIn.url).searchParams.get('state') ?? '';
    const settled = { done: false };
    void signIn.done.then(
      () => (settled.done = true),
      () => (settled.done = true),
    );
    expect(await get(`${config.redirectUri}?code=forged&state=forged-state`)).toBe(404);
    expect(await get(`${config.redirectUri}?code=forged`)).toBe(404);
    expect(await get(`http://127.0.0.1:${port}/other?code=x&state=${state}`)).toBe(404);
    // The right state on a foreign Host (a rebinding page) is not the browser coming back.
    expect(await get(`${config.redirectUri}?code=x&state=${state}`, `evil.example:${port}`)).toBe(
      404,
    );
    expect(settled.done).toBe(false);
    const visit = await followAuthorize(signIn.url);
    expect(visit.page).toContain('You can close this tab');
    const tokens = await signIn.done;
    expect(tokens.idToken).toMatch(/^eyJ/);
  });

  it('still ends at its deadline when only forged requests came', async () => {
    const port = await freePort();
    const config = mock.config({ redirectUri: `http://127.0.0.1:${port}/callback` });
    const signIn = await startBrowserSignIn(config, { waitMs: 300 });
    expect(await get(`${config.redirectUri}?code=forged&state=forged`)).toBe(404);
    expect((await rejectionOf(signIn.done)).message).toMatch(/did not come back/);
  });
});

describe('the sign-out listener', () => {
  it('answers other paths and hosts with 404, and reports only the real return', async () => {
    const port = await freePort();
    const config = mock.config({ redirectUri: `http://127.0.0.1:${port}/callback` });
    let sawForged: Promise<number[]> | undefined;
    const outcome = await browserSignOut(config, {
      openUrl: () => {
        sawForged = Promise.all([
          get(`http://127.0.0.1:${port}/`),
          get(config.redirectUri, `evil.example:${port}`),
        ]);
      },
      waitMs: 1_500,
    });
    expect(await sawForged).toEqual([404, 404]);
    expect(outcome).toBe('no-answer');
  });
});

describe('a localhost redirect URI', () => {
  async function occupy(port: number, host: string): Promise<Server> {
    const server = createServer();
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, resolve);
    });
    return server;
  }

  it('is bound on both 127.0.0.1 and [::1]', async () => {
    const port = await freePort();
    const config = mock.config({ redirectUri: `http://localhost:${port}/callback` });
    const signIn = await startBrowserSignIn(config);
    // Both addresses are ours: another program can take neither.
    await expect(occupy(port, '::1')).rejects.toMatchObject({ code: 'EADDRINUSE' });
    await expect(occupy(port, '127.0.0.1')).rejects.toMatchObject({ code: 'EADDRINUSE' });
    signIn.cancel();
    await rejectionOf(signIn.done);
  });

  it('refuses to start when [::1] is taken by another program', async () => {
    const port = await freePort();
    const squatter = await occupy(port, '::1');
    try {
      const config = mock.config({ redirectUri: `http://localhost:${port}/callback` });
      const error = await rejectionOf(startBrowserSignIn(config));
      expect(error.message).toMatch(new RegExp(`Port ${port} .*already in use`));
    } finally {
      squatter.close();
    }
  });
});
