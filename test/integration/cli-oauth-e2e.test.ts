// The CLI with browser and M2M profiles, end to end: built cognito-tokens in child processes, a
// real gnome-keyring, oauth2-mock-server as the managed login (the test follows the address
// `login --no-browser` prints, as a person's browser would), and the strict Cognito double's
// token endpoint for M2M, where every request is counted on the wire.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issuer } from '../support/cognito-double/claims';
import { m2mPool } from '../support/cognito-double/test-pools';
import { startKeyring, type KeyringSession } from '../support/keyring';
import { expectNoLeaks, RunLog } from '../support/leak-check';
import { CLI_ENTRY, ensureCliBuilt, jwtPayload, type CliRun } from '../support/run-cli';
import { followAuthorize, freePort, startOAuthMock, type OAuthMock } from '../support/oauth-server';
import { useDouble } from '../support/use-double';

const WEB_POOL = 'eu-west-1_Mock1';
const M2M_POOL = 'eu-west-1_Machines1';
const M2M = { clientId: 'orders7m2m7client', clientSecret: 'orders-m2m-secret-0123456789abcdef' };

let mock: OAuthMock;
let keyring: KeyringSession;
const homes: string[] = [];
const runs = new RunLog();

const double = useDouble([m2mPool(M2M_POOL, M2M, ['orders/read', 'orders/write'])]);

beforeAll(async () => {
  await ensureCliBuilt();
  [mock, keyring] = await Promise.all([startOAuthMock(WEB_POOL), startKeyring()]);
  // The app checks ID tokens against the pool's Cognito issuer, as real Cognito names it.
  mock.server.issuer.url = issuer(WEB_POOL);
  runs.track('client secret', M2M.clientSecret);
});
afterAll(async () => {
  await expectNoLeaks(runs, homes);
  await Promise.all(homes.map((home) => rm(home, { recursive: true, force: true })));
  await Promise.all([mock.close(), keyring.stop()]);
});

/** A started CLI run: its streams so far, and its end. */
interface LiveRun {
  stderr(): string;
  done: Promise<CliRun>;
}

function start(home: string, args: string[], env: Record<string, string> = {}): LiveRun {
  const child = spawn(process.execPath, [CLI_ENTRY, ...args], {
    env: { ...keyring.env, PATH: process.env.PATH ?? '', COGNITO_TOKEN_MANAGER_HOME: home, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const done = new Promise<CliRun>((resolve) => {
    child.once('close', (code) => {
      resolve({ code, stdout, stderr, timedOut: false });
    });
  });
  return { stderr: () => stderr, done };
}

async function cli(home: string, args: string[], env?: Record<string, string>, tokens = false) {
  const run = await start(home, args, env).done;
  return runs.record(args.slice(0, 2).join(' '), run, { tokensOnStdout: tokens });
}

async function newHome(): Promise<string> {
  const home = await mkdtemp(join(tmpdir(), 'ctm-oauth-e2e-'));
  homes.push(home);
  return home;
}

/** Resolves with the address (sign-in by default) once the CLI has printed it. */
async function printedAddress(
  run: LiveRun,
  pattern = /^(http:\/\/\S+\/oauth2\/authorize\?\S+)$/m,
): Promise<string> {
  for (;;) {
    const found = pattern.exec(run.stderr());
    if (found?.[1]) return found[1];
    const ended = await Promise.race([run.done, new Promise((r) => setTimeout(r, 20))]);
    if (ended) throw new Error(`login ended before printing an address:\n${run.stderr()}`);
  }
}

async function addBrowserProfile(home: string, redirectUri: string): Promise<void> {
  const add = await cli(home, [
    'profiles',
    'add',
    'web',
    '--sign-in',
    'browser',
    '--domain',
    mock.domain,
    '--pool-id',
    WEB_POOL,
    '--client-id',
    'mockclient1',
    '--endpoint',
    mock.domain,
    '--redirect-uri',
    redirectUri,
  ]);
  expect(add.code, add.stderr).toBe(0);
}

describe('a browser profile', () => {
  it('signs in through the printed address, refreshes, and logout revokes', async () => {
    const home = await newHome();
    await addBrowserProfile(home, `http://127.0.0.1:${await freePort()}/callback`);
    const login = start(home, ['login', 'web', '--no-browser']);
    const visit = await followAuthorize(await printedAddress(login));
    expect(visit.page).toContain('close this tab');
    const done = runs.record('login web', await login.done);
    expect(done.code, done.stderr).toBe(0);
    expect(done.stderr).toMatch(/Signed in to profile "web" as mock-user-7f3a through the browser/);

    const first = await cli(home, ['token', 'web'], {}, true);
    expect(first.code, first.stderr).toBe(0);
    expect(jwtPayload(first.stdout.trim())).toMatchObject({
      aud: 'mockclient1',
      token_use: 'id',
    });
    runs.track('id token', first.stdout.trim());

    // The signed-in user and the time left, not what the kind means and a dash.
    const table = await cli(home, ['status']);
    expect(table.code, table.stderr).toBe(0);
    const row = table.stdout.split('\n').find((line) => line.includes('web')) ?? '';
    expect(row).toMatch(/browser\s+mock-user-7f3a\s+signed-in\s+\d+m \d\ds$/);
    const json = await cli(home, ['status', '--output', 'json']);
    const [web] = JSON.parse(json.stdout) as Record<string, unknown>[];
    expect(web).toMatchObject({
      state: 'signed-in',
      username: 'mock-user-7f3a',
      signIn: 'browser',
    });
    expect(web?.secondsLeft).toBeGreaterThan(60);

    const refreshesBefore = mock.requests.filter((r) => r.grantType === 'refresh_token').length;
    const refreshed = await cli(home, ['token', 'web', '--refresh'], {}, true);
    expect(refreshed.code, refreshed.stderr).toBe(0);
    expect(refreshed.stdout.trim()).not.toBe(first.stdout.trim());
    expect(mock.requests.filter((r) => r.grantType === 'refresh_token')).toHaveLength(
      refreshesBefore + 1,
    );

    const revokes = mock.requests.filter((r) => r.endpoint === 'revoke').length;
    // --browser also ends the managed login's session: the test's browser opens Cognito's
    // sign-out page and is sent on to logout_uri, as Cognito does for a registered sign-out URL.
    const live = start(home, ['logout', 'web', '--browser', '--no-browser']);
    const signOutPage = new URL(await printedAddress(live, /^(http:\/\/\S+\/logout\?\S+)$/m));
    expect(signOutPage.searchParams.get('client_id')).toBe('mockclient1');
    const backTo = signOutPage.searchParams.get('logout_uri') ?? '';
    const landed = await fetch(backTo);
    expect(await landed.text()).toContain('You are signed out of the managed login');
    const logout = runs.record('logout web', await live.done);
    expect(logout.code, logout.stderr).toBe(0);
    expect(logout.stderr).toMatch(/Signed out of profile "web"/);
    expect(logout.stderr).toMatch(/next sign-in of "web" asks for the password again/);
    expect(mock.requests.filter((r) => r.endpoint === 'revoke')).toHaveLength(revokes + 1);
    const after = await cli(home, ['token', 'web']);
    expect(after.code).toBe(3);
    expect(after.stderr).toMatch(/not signed in/);
  });

  it('says the redirect port is taken, and opens nothing', async () => {
    const home = await newHome();
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const address = blocker.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    try {
      await addBrowserProfile(home, `http://127.0.0.1:${port}/callback`);
      const login = await cli(home, ['login', 'web', '--no-browser']);
      expect(login.code).toBe(2);
      expect(login.stderr).toContain(String(port));
      expect(login.stderr).not.toContain('/oauth2/authorize');
    } finally {
      blocker.close();
    }
  });
});

describe('an M2M profile', () => {
  const secretEnv = { M2M_SECRET: M2M.clientSecret };
  const tokenRequests = () =>
    double.requests.filter((r) => r.operation === 'OAuth /oauth2/token').length;

  async function addM2m(home: string, scopes: string, secret = secretEnv): Promise<void> {
    const add = await cli(
      home,
      [
        'profiles',
        'add',
        'orders',
        '--sign-in',
        'client-credentials',
        '--domain',
        double.endpoint,
        '--pool-id',
        M2M_POOL,
        '--client-id',
        M2M.clientId,
        '--endpoint',
        double.endpoint,
        '--client-secret-env',
        'M2M_SECRET',
        '--scopes',
        scopes,
      ],
      secret,
    );
    expect(add.code, add.stderr).toBe(0);
  }

  it('prints an access token with the asked scopes, and reuses it within its life', async () => {
    const home = await newHome();
    await addM2m(home, 'orders/read');
    const before = tokenRequests();
    const first = await cli(home, ['token', 'orders'], {}, true);
    expect(first.code, first.stderr).toBe(0);
    runs.track('m2m access token', first.stdout.trim());
    expect(jwtPayload(first.stdout.trim())).toMatchObject({
      scope: 'orders/read',
      client_id: M2M.clientId,
      token_use: 'access',
    });
    expect(tokenRequests()).toBe(before + 1);
    const second = await cli(home, ['token', 'orders'], {}, true);
    expect(second.stdout).toBe(first.stdout);
    expect(tokenRequests()).toBe(before + 1);

    const id = await cli(home, ['token', 'orders', '--id']);
    expect(id.code).toBe(3);
    expect(id.stderr).toMatch(
      /no ID token: app client credentials \(M2M\) give only an access token/,
    );

    // --browser is for browser profiles: refused before anything is signed out.
    const wrongKind = await cli(home, ['logout', 'orders', '--browser']);
    expect(wrongKind.code).toBe(2);
    expect(wrongKind.stderr).toMatch(/--browser is for profiles that sign in with the browser/);
    const kept = await cli(home, ['token', 'orders'], {}, true);
    expect(kept.stdout).toBe(first.stdout);

    const logout = await cli(home, ['logout', 'orders']);
    expect(logout.code, logout.stderr).toBe(0);
    expect(logout.stderr).toMatch(/Cognito cannot revoke an M2M access token: it stays valid/);
    // Forgotten here: the next use fetches a new one.
    const third = await cli(home, ['token', 'orders'], {}, true);
    expect(third.code, third.stderr).toBe(0);
    expect(tokenRequests()).toBe(before + 2);
    runs.track('second m2m access token', third.stdout.trim());
  });

  it('says what to change when the secret or a scope is refused', async () => {
    const wrong = await newHome();
    await addM2m(wrong, 'orders/read', { M2M_SECRET: 'not-the-secret-0123456789' });
    const refused = await cli(wrong, ['token', 'orders']);
    expect(refused.code).toBe(3);
    expect(refused.stderr.trim().split('\n')).toHaveLength(1);
    expect(refused.stderr).toMatch(/secret/i);

    const scoped = await newHome();
    await addM2m(scoped, 'orders/delete');
    const scope = await cli(scoped, ['token', 'orders']);
    expect(scope.code).not.toBe(0);
    expect(scope.stderr).toMatch(/orders\/delete/);
    expect(scope.stderr).toMatch(/allowed OAuth scopes|allowed custom scopes|scopes/);
  });
});
