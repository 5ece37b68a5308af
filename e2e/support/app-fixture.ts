// The window journeys' fixtures: per worker, a real gnome-keyring on a private bus and a
// cognito-local (behind a proxy that asks for required attributes the way Cognito does); per
// test, a fresh data folder, `npm run preview` over it, and a record of everything the page
// received over the bridge, checked for leaks when the test ends.
import { test as base, expect, type Page } from '@playwright/test';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startCognitoLocal, type CognitoLocal } from '../../test/support/cognito-local';
import {
  startRequiredAttributesProxy,
  type RequiredAttributesProxy,
} from '../../test/support/cognito-local-required-attributes';
import { startKeyring, type KeyringSession } from '../../test/support/keyring';
import { PERMANENT_PASSWORD, TEMP_PASSWORD } from '../../test/support/cognito-local-pool';
import { addProfile, signInWithPassword } from './window-steps';
import { startCognitoDouble, type CognitoDouble } from '../../test/support/cognito-double';
import {
  filesUnder,
  findLeaks,
  type Capture,
  type TrackedSecret,
} from '../../test/support/leak-scan';
import { collectPageProblems } from './console-errors';
import { startPreviewProcess, type PreviewProcess } from './preview-process';
import { REPO_ROOT } from './repo';

/** The services every journey of a worker shares. */
export interface Services {
  keyring: KeyringSession;
  local: CognitoLocal;
  /** cognito-local behind the required-attributes proxy (asks for `given_name` at first sign-in). */
  proxy: RequiredAttributesProxy;
  /** A pool (region-shaped id: eu-west-1) and its client. */
  pool: LocalPool;
  /** A second pool, in another region (ap-southeast-2). */
  pool2: LocalPool;
  /** The strict double: an SRP client with a secret, and a user who must set up TOTP. */
  double: CognitoDouble;
  /** Makes a confirmed user with PERMANENT_PASSWORD in a cognito-local pool. */
  confirmedUser(pool: LocalPool): Promise<string>;
}

/** A cognito-local pool as a profile names it. */
export interface LocalPool {
  poolId: string;
  rawPoolId: string;
  clientId: string;
}

/** The double's pool, client and users (see services.double). */
export const DOUBLE = {
  poolId: 'us-west-2_Window1',
  clientId: 'windowclient1',
  clientSecret: 'window-client-secret-4f9a2c71d8e3',
  totpUser: { username: 'totp-user', password: 'Totp-Pass-7!' },
  /** A client that allows choice-based sign-in (USER_AUTH), and a user who signs in with a code. */
  choiceClientId: 'windowchoice1',
  codeUser: { username: 'code-user', password: 'Code-Pass-8!' },
  /** The double's email and SMS code. */
  code: '135790',
  /** A pool where users opt in to remembering devices, and a user with SMS MFA. */
  devicePoolId: 'us-west-2_Window2',
  deviceClientId: 'windowdevices1',
  deviceUser: { username: 'device-user', password: 'Device-Pass-6!' },
} as const;

async function localPool(local: CognitoLocal, region: string): Promise<LocalPool> {
  const rawPoolId = await local.createPool();
  const { clientId } = await local.createClient(rawPoolId);
  return { rawPoolId, clientId, poolId: rawPoolId.replace(/^local_/, `${region}_`) };
}

let userCount = 0;

/** One journey's app: its data folder, the running host, the page, and the leak bookkeeping. */
export interface AppUnderTest {
  home: string;
  host: PreviewProcess;
  /** Starts (or restarts) the host and opens its page; `noBus` hides the keychain. */
  open(options?: { noBus?: boolean }): Promise<void>;
  /** Tracks a value that must never leak (a password, a secret, a token). */
  secret(label: string, value: string): void;
  /** The bridge events the page has received so far (each message's JSON). */
  events(): string[];
  /** Runs the built CLI against this folder and keychain; resolves to its stdout. */
  cli(args: string[]): Promise<string>;
}

const run = promisify(execFile);

export const test = base.extend<{ app: AppUnderTest }, { services: Services }>({
  services: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads fixture needs from this pattern.
    async ({}, use) => {
      const keyring = await startKeyring();
      const local = await startCognitoLocal();
      const proxy = await startRequiredAttributesProxy(local.endpoint, ['given_name']);
      const double = await startCognitoDouble([
        {
          userPoolId: DOUBLE.poolId,
          fixedCode: DOUBLE.code,
          clients: [
            { clientId: DOUBLE.clientId, clientSecret: DOUBLE.clientSecret },
            {
              clientId: DOUBLE.choiceClientId,
              flows: ['USER_AUTH', 'USER_SRP_AUTH', 'REFRESH_TOKEN_AUTH'],
            },
          ],
          users: [
            { ...DOUBLE.totpUser, email: 'totp@example.org', mfa: { setupRequired: true } },
            { ...DOUBLE.codeUser, email: 'code@example.org' },
          ],
        },
        {
          userPoolId: DOUBLE.devicePoolId,
          deviceTracking: 'opt-in',
          fixedCode: DOUBLE.code,
          clients: [{ clientId: DOUBLE.deviceClientId }],
          users: [
            {
              ...DOUBLE.deviceUser,
              attributes: { phone_number: '+15555550199' },
              mfa: { sms: true },
            },
          ],
        },
      ]);
      await use({
        keyring,
        local,
        proxy,
        double,
        pool: await localPool(local, 'eu-west-1'),
        pool2: await localPool(local, 'ap-southeast-2'),
        async confirmedUser(pool) {
          userCount += 1;
          const username = `person${userCount}x${Date.now()}`;
          await local.createUser(pool.rawPoolId, username, TEMP_PASSWORD, {
            email: `${username}@example.org`,
          });
          await local.setPassword(pool.rawPoolId, username, PERMANENT_PASSWORD);
          return username;
        },
      });
      await double.close();
      await proxy.close();
      await local.stop();
      await keyring.stop();
    },
    { scope: 'worker' },
  ],
  app: async ({ page, services }, use) => {
    const home = await mkdtemp(join(tmpdir(), 'ctm-window-'));
    const secrets: TrackedSecret[] = [];
    const received: Capture[] = [];
    let host: PreviewProcess | undefined;
    // Any console error, uncaught exception or CSP violation fails the journey, from the first load.
    const problems = await collectPageProblems(page);
    // Events arrive over one streamed fetch of the events path (the token goes in a header):
    // every chunk is recorded on this side too.
    await page.exposeFunction('ctmRecordEvent', (data: string) => {
      received.push({ where: 'a bridge event', text: data });
    });
    await page.addInitScript(() => {
      // This runs in the page; the e2e project has no DOM types, so the shapes are named here.
      interface Chunks {
        read(): Promise<{ value?: string; done: boolean }>;
      }
      interface Body {
        tee(): [Body, Body];
        pipeThrough(decoder: unknown): { getReader(): Chunks };
      }
      interface Answer {
        body: Body | null;
        status: number;
        headers: unknown;
      }
      const page = globalThis as unknown as {
        fetch(...args: unknown[]): Promise<Answer>;
        Response: new (body: Body, init: { status: number; headers: unknown }) => Answer;
        TextDecoderStream: new () => unknown;
        ctmRecordEvent(data: string): void;
      };
      const original = page.fetch.bind(globalThis);
      page.fetch = async (...args: unknown[]) => {
        const answer = await original(...args);
        if (!String(args[0]).includes('/__preview/events') || !answer.body) return answer;
        const [mine, theirs] = answer.body.tee();
        void (async () => {
          const reader = mine.pipeThrough(new page.TextDecoderStream()).getReader();
          for (;;) {
            const { value, done } = await reader.read();
            if (done) return;
            if (value) page.ctmRecordEvent(value);
          }
        })();
        return new page.Response(theirs, { status: answer.status, headers: answer.headers });
      };
    });
    page.on('response', (response) => {
      if (!new URL(response.url()).pathname.startsWith('/ipc/')) return;
      void response.text().then(
        (text) => received.push({ where: `bridge reply ${response.url()}`, text }),
        () => undefined,
      );
    });
    const env = (noBus: boolean) => ({
      ...services.keyring.env,
      ...(noBus ? { DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent/ctm-no-bus' } : {}),
      COGNITO_TOKEN_MANAGER_HOME: home,
      // Exports land in the data folder, so the leak check reads them too.
      CTM_PREVIEW_EXPORT_DIR: join(home, 'exports'),
    });
    const app: AppUnderTest = {
      home,
      get host() {
        if (!host) throw new Error('open() the app first');
        return host;
      },
      async open(options = {}) {
        const restartedAt = problems.length;
        await host?.stop();
        host = await startPreviewProcess(env(options.noBus ?? false));
        await page.goto(host.url);
        // While the host restarted, the old page's event stream tried to reconnect to nothing.
        const during = problems.splice(restartedAt);
        problems.push(...during.filter((p) => !p.includes('net::ERR_CONNECTION_REFUSED')));
      },
      events: () => received.filter((c) => c.where === 'a bridge event').map((c) => c.text),
      secret(label, value) {
        secrets.push({ label, value });
      },
      async cli(args) {
        const bin = join(REPO_ROOT, 'dist', 'bin', 'cognito-tokens.cjs');
        const { stdout } = await run(process.execPath, [bin, ...args], {
          env: { ...process.env, ...env(false) },
        });
        return stdout;
      },
    };
    await use(app);
    const dom: Capture = { where: 'the page DOM', text: await page.content().catch(() => '') };
    await host?.stop();
    const logs = host ? [{ where: 'host stderr', text: host.stderr() }] : [];
    const leaks = findLeaks([...received, dom, ...logs, ...(await filesUnder(home))], secrets);
    await rm(home, { recursive: true, force: true });
    expect(leaks, 'secrets must not reach the page, the bridge, the store or the logs').toEqual([]);
    expect(problems, 'the page must load and run without console errors or CSP violations').toEqual(
      [],
    );
  },
});

/** The add-profile form for a user of the first cognito-local pool (password flow). */
export function localProfile(services: Services, name: string, username: string) {
  return {
    name,
    poolId: services.pool.poolId,
    clientId: services.pool.clientId,
    username,
    endpoint: services.local.endpoint,
    flow: 'password' as const,
  };
}

/**
 * Opens the app with a confirmed user of the first pool added as profile `name` and signed in
 * (its password tracked by the leak check); resolves to the username.
 */
export async function openSignedIn(
  page: Page,
  app: AppUnderTest,
  services: Services,
  name: string,
): Promise<string> {
  const username = await services.confirmedUser(services.pool);
  app.secret('password', PERMANENT_PASSWORD);
  await app.open();
  await addProfile(page, localProfile(services, name, username));
  await signInWithPassword(page, PERMANENT_PASSWORD);
  return username;
}

/** Reads a file as text (for imports prepared by a test). */
export const readText = (path: string) => readFile(path, 'utf8');

/** The window's smallest size (minWidth × minHeight in src/main/app/window-factory.ts). */
export const MIN_WINDOW = { width: 560, height: 420 } as const;

/**
 * Saves screenshots of `page` in light and dark, at the test's size (the whole page) and at the
 * window's minimum size (what fits), to test-results/screenshots/<name>-[min-]<scheme>.png.
 */
export async function screenshots(page: Page, name: string): Promise<void> {
  const size = page.viewportSize();
  for (const [suffix, viewport] of [
    ['', size],
    ['-min', MIN_WINDOW],
  ] as const) {
    if (viewport) await page.setViewportSize(viewport);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.screenshot({
        path: `test-results/screenshots/${name}${suffix}-${colorScheme}.png`,
        fullPage: suffix === '',
      });
    }
  }
  if (size) await page.setViewportSize(size);
  await page.emulateMedia({ colorScheme: 'light' });
}

export { expect };
