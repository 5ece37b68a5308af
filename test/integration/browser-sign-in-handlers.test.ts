// The window's browser sign-in channels over a real TokenManager and oauth2-mock-server as the
// managed login: start answers once the listener is up with the page it opened, the test follows
// it as the browser would, wait answers when signed in; a taken port, Cancel, a browser that
// would not open and a wait with nothing started each answer what a user needs to know.
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryClipboard } from '../../src/main/clipboard/memory-clipboard';
import { createSecretClipboard } from '../../src/main/clipboard/secret-clipboard';
import { createContractHandlers } from '../../src/main/handlers/create-handlers';
import { dispatch } from '../../src/main/handlers/dispatch';
import { issuer } from '../support/cognito-double/claims';
import { followAuthorize, freePort, startOAuthMock, type OAuthMock } from '../support/oauth-server';
import { useFacade } from '../support/use-facade';

const POOL = 'eu-west-1_Mock1';
const quiet = { warn: () => undefined, error: () => undefined };
const facade = useFacade();
let mock: OAuthMock;

beforeAll(async () => {
  mock = await startOAuthMock(POOL);
  mock.server.issuer.url = issuer(POOL);
});
afterAll(() => mock.close());

async function setUp(open: (url: string) => Promise<void> = () => Promise.resolve()) {
  const { manager } = await facade.open();
  const port = await freePort();
  const redirectUri = `http://127.0.0.1:${port}/callback`;
  const profile = await manager.addProfile({
    name: 'web',
    signIn: 'browser',
    userPoolId: POOL,
    clientId: 'mockclient1',
    domain: mock.domain,
    endpoint: mock.domain,
    redirectUri,
  });
  const clipboard = new MemoryClipboard();
  const opened: string[] = [];
  const handlers = createContractHandlers({
    manager,
    clipboard: createSecretClipboard(clipboard),
    facts: { version: '0.1.0', platform: 'linux' },
    emit: () => undefined,
    openSignInPage: (url) => {
      opened.push(url);
      return open(url);
    },
    exportFolder: () => tmpdir(),
  });
  const call = (channel: Parameters<typeof dispatch>[0], request: unknown) =>
    dispatch(channel, request, handlers, quiet);
  return { manager, profile, port, redirectUri, clipboard, opened, call };
}

describe('browser sign-in channels', () => {
  it('start opens the authorize page, copy puts it on the clipboard, wait ends signed in', async () => {
    const { manager, profile, clipboard, opened, call } = await setUp();
    const started = await call('ctm:start-browser-sign-in', { id: profile.id });
    if (!started.ok) throw new Error(started.error.message);
    const { url, opened: wasOpened } = started.value as { url: string; opened: boolean };
    expect(wasOpened).toBe(true);
    expect(opened).toEqual([url]);
    expect(url.startsWith(`${mock.domain}/oauth2/authorize?`)).toBe(true);

    expect(await call('ctm:copy-sign-in-link', { id: profile.id })).toEqual({
      ok: true,
      value: {},
    });
    expect(clipboard.text).toBe(url);

    const waited = call('ctm:wait-browser-sign-in', { id: profile.id });
    expect((await followAuthorize(url)).page).toContain('close this tab');
    expect(await waited).toEqual({ ok: true, value: {} });
    const view = await call('ctm:token-view', { id: profile.id });
    expect(view).toMatchObject({ ok: true, value: { hasRefreshToken: true } });
    // The sign-in is over: there is nothing left to wait on or copy.
    expect(await call('ctm:copy-sign-in-link', { id: profile.id })).toMatchObject({
      ok: false,
      error: {
        code: 'session-expired',
        message: expect.stringMatching(/start the sign-in again/) as string,
      },
    });
    manager.stop();
  });

  it('a taken redirect port fails the start with a sentence, and nothing opens', async () => {
    const { manager, profile, port, opened, call } = await setUp();
    const squatter = createServer();
    await new Promise<void>((resolve) => squatter.listen(port, '127.0.0.1', resolve));
    const started = await call('ctm:start-browser-sign-in', { id: profile.id });
    expect(started).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining(String(port)) as string },
    });
    expect(opened).toEqual([]);
    await new Promise((resolve) => squatter.close(resolve));
    manager.stop();
  });

  it('Cancel ends the wait with "cancelled" and frees the port', async () => {
    const { manager, profile, redirectUri, call } = await setUp();
    expect(await call('ctm:start-browser-sign-in', { id: profile.id })).toMatchObject({ ok: true });
    const waited = call('ctm:wait-browser-sign-in', { id: profile.id });
    await call('ctm:cancel-sign-in', { id: profile.id });
    expect(await waited).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    await expect(fetch(redirectUri)).rejects.toThrow();
    manager.stop();
  });

  it('a browser that would not open still leaves the link to copy; a wait with no start says so', async () => {
    const { manager, profile, clipboard, call } = await setUp(() =>
      Promise.reject(new Error('no browser')),
    );
    expect(await call('ctm:wait-browser-sign-in', { id: profile.id })).toMatchObject({
      ok: false,
      error: { code: 'session-expired' },
    });
    const started = await call('ctm:start-browser-sign-in', { id: profile.id });
    expect(started).toMatchObject({ ok: true, value: { opened: false } });
    await call('ctm:copy-sign-in-link', { id: profile.id });
    expect(clipboard.text).toMatch(/\/oauth2\/authorize\?/);
    await call('ctm:cancel-sign-in', { id: profile.id });
    manager.stop();
  });
});
