// Remembered devices end to end on a real gnome-keyring (private bus) and the strict double: a
// TokenManager in a child process, as the app holds it, and the CLI. The device key, group key
// and password are three keychain items that survive a sign-out, go with a sign-out everywhere
// or the profile (after ForgetDevice), and never reach the store file, a log or the output.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEV_SERVICE_NAME } from '../../src/main/secrets/naming';
import { startKeyring, type KeyringSession } from '../support/keyring';
import { filesUnder, findLeaks } from '../support/leak-check';
import { ensureCliBuilt, runCli } from '../support/run-cli';
import { replyValue, startSessionChild, type SessionChild } from '../support/session-child';
import { buildVault, rawKeychainItems, type VaultBuild } from '../support/vault-child';
import { useDouble } from '../support/use-double';

const ALWAYS = 'eu-central-1_KeyDev1';
const OPT_IN = 'eu-central-1_KeyDev2';
const PASSWORD = 'KeyDev-Pass-1!';
const CODE = '246810';
const KINDS = ['device-key', 'device-group-key', 'device-password'];
const mfaUser = (username: string) => ({
  username,
  password: PASSWORD,
  attributes: { phone_number: '+15555550111' },
  mfa: { sms: true },
});

let keyring: KeyringSession;
let build: VaultBuild;
const children: SessionChild[] = [];
const homes: string[] = [];

const double = useDouble([
  {
    userPoolId: ALWAYS,
    deviceTracking: 'always',
    fixedCode: CODE,
    clients: [{ clientId: 'keydevalways' }],
    users: [mfaUser('amy'), mfaUser('ben'), mfaUser('cal')],
  },
  {
    userPoolId: OPT_IN,
    deviceTracking: 'opt-in',
    fixedCode: CODE,
    clients: [{ clientId: 'keydevoptin' }],
    users: [mfaUser('dan')],
  },
]);

beforeAll(async () => {
  [keyring, build] = await Promise.all([startKeyring(), buildVault(), ensureCliBuilt()]);
});
afterAll(async () => {
  await Promise.all(children.map((child) => child.stop()));
  await Promise.all(homes.map((home) => rm(home, { recursive: true, force: true })));
  await Promise.all([keyring.stop(), build.cleanup()]);
});

async function newHome(): Promise<string> {
  const home = await mkdtemp(join(tmpdir(), 'ctm-devices-'));
  homes.push(home);
  return home;
}

/** The profile's three device items, read raw in a fresh process (null: absent). */
const deviceItems = (profileId: string) =>
  rawKeychainItems({ build, env: keyring.env, serviceName: DEV_SERVICE_NAME }, profileId, KINDS);

const operations = (name: string) => double.requests.filter((r) => r.operation === name);

/** A TokenManager in a child, with one profile of the always-remember pool signed in (MFA). */
async function signedIn(username: string) {
  const dir = await newHome();
  const child = await startSessionChild(keyring.env);
  children.push(child);
  replyValue(await child.open({ dir, serviceName: DEV_SERVICE_NAME, timeoutMs: 5_000 }));
  const profile = replyValue(
    await child.call('addProfile', {
      name: username,
      userPoolId: ALWAYS,
      clientId: 'keydevalways',
      username,
      endpoint: double.endpoint,
    }),
  ) as { id: string };
  replyValue(await child.call('signIn', username, PASSWORD));
  const step = replyValue(await child.call('respond', username, { code: CODE })) as {
    device?: string;
  };
  expect(step.device).toBe('remembered');
  return { child, dir, id: profile.id };
}

describe('a remembered device in the keychain', () => {
  it('refreshes with it, keeps it across a sign-out, skips MFA with it, and forgets it everywhere', async () => {
    const { child, dir, id } = await signedIn('amy');
    const items = await deviceItems(id);
    expect(items.every((item) => item !== null && item !== 'error')).toBe(true);
    const [deviceKey, , devicePassword] = items;

    const refreshes = operations('InitiateAuth').length;
    replyValue(await child.call('refreshNow', 'amy'));
    const refresh = operations('InitiateAuth').slice(refreshes);
    expect(refresh.map((r) => r.body.AuthParameters)).toEqual([
      expect.objectContaining({ DEVICE_KEY: deviceKey }),
    ]);

    replyValue(await child.call('signOut', 'amy'));
    expect(await deviceItems(id)).toEqual(items);
    const step = replyValue(await child.call('signIn', 'amy', PASSWORD)) as { type: string };
    expect(step.type).toBe('signed-in');
    expect(replyValue(await child.call('holdsDevice', 'amy'))).toBe(true);

    const outcome = replyValue(await child.call('signOut', 'amy', { global: true })) as {
      device?: unknown;
    };
    expect(outcome.device).toEqual({ held: true, forgottenAtCognito: true });
    expect(operations('ForgetDevice').at(-1)?.body).toMatchObject({ DeviceKey: deviceKey });
    expect(double.devices(ALWAYS, 'amy')).toEqual([]);
    expect(await deviceItems(id)).toEqual([null, null, null]);

    const files = await filesUnder(dir);
    expect(findLeaks(files, [{ label: 'device password', value: devicePassword ?? '' }])).toEqual(
      [],
    );
  });

  it('removing a signed-in profile forgets the device at Cognito and deletes the items', async () => {
    const { child, id } = await signedIn('ben');
    const outcome = replyValue(await child.call('removeProfile', 'ben')) as { device?: unknown };
    expect(outcome.device).toEqual({ held: true, forgottenAtCognito: true });
    expect(double.devices(ALWAYS, 'ben')).toEqual([]);
    expect(await deviceItems(id)).toEqual([null, null, null]);
  });

  it('removing a signed-out profile says Cognito was not asked, and still deletes the items', async () => {
    const { child, id } = await signedIn('cal');
    replyValue(await child.call('signOut', 'cal'));
    const forgets = operations('ForgetDevice').length;
    const outcome = replyValue(await child.call('removeProfile', 'cal')) as { device?: unknown };
    expect(outcome.device).toEqual({ held: true, forgottenAtCognito: false });
    expect(operations('ForgetDevice')).toHaveLength(forgets);
    expect(double.devices(ALWAYS, 'cal')).toHaveLength(1);
    expect(await deviceItems(id)).toEqual([null, null, null]);
  });
});

/** Runs the CLI on the keyring's bus with its data in `home`. */
const cli = (home: string, args: string[]) =>
  runCli(args, {
    env: {
      ...(keyring.env as Record<string, string>),
      COGNITO_TOKEN_MANAGER_HOME: home,
      COGNITO_TOKEN_MANAGER_DEV: '1',
      CT_PW: PASSWORD,
      CT_CODE: CODE,
    },
  });

describe('cognito-tokens login --remember-device (a pool where users opt in)', () => {
  it('tracks without remembering, remembers when asked, then signs in without an MFA code', async () => {
    const home = await newHome();
    const add = await cli(home, [
      ...['profiles', 'add', 'dan', '--pool-id', OPT_IN, '--client-id', 'keydevoptin'],
      ...['--username', 'dan', '--endpoint', double.endpoint],
    ]);
    expect(add.code, add.stderr).toBe(0);
    const login = ['login', 'dan', '--password-env', 'CT_PW'];

    const first = await cli(home, [...login, '--mfa-code-env', 'CT_CODE']);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toContain(
      'This computer is tracked as a device but not remembered: sign in with --remember-device',
    );
    const second = await cli(home, [...login, '--mfa-code-env', 'CT_CODE', '--remember-device']);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stderr).toContain('This computer is a remembered device of the user');
    expect(double.devices(OPT_IN, 'dan')).toMatchObject([{ remembered: true }]);

    // No --mfa-code-env: a non-interactive run would fail if Cognito asked for the code.
    const third = await cli(home, login);
    expect(third.code, third.stderr).toBe(0);
    const refreshed = await cli(home, ['token', 'dan', '--refresh']);
    expect(refreshed.code, refreshed.stderr).toBe(0);

    const listed = await cli(home, ['profiles', 'list', '--output', 'json']);
    const [{ id }] = JSON.parse(listed.stdout) as [{ id: string }];
    const [, , devicePassword] = await deviceItems(id);
    const logout = await cli(home, ['logout', 'dan', '--global']);
    expect(logout.code, logout.stderr).toBe(0);
    expect(logout.stderr).toContain(
      "This computer's remembered device is forgotten, at Cognito and in the keychain.",
    );
    const stateless = await cli(home, [
      ...['login', '--pool-id', OPT_IN, '--client-id', 'keydevoptin', '--username', 'dan'],
      '--remember-device',
    ]);
    expect(stateless.code).toBe(2);
    expect(stateless.stderr).toContain('--remember-device needs a saved profile');

    const runs = [first, second, third, refreshed, logout, stateless];
    const captures = [
      ...(await filesUnder(home)),
      ...runs.map((run, i) => ({ where: `run ${i}`, text: run.stdout + run.stderr })),
    ];
    expect(devicePassword).toMatch(/^[A-Za-z0-9+/=]{56}$/);
    expect(
      findLeaks(captures, [{ label: 'device password', value: devicePassword ?? '' }]),
    ).toEqual([]);
  });
});
