// `cognito-tokens doctor` for a browser and an M2M profile, as a user runs it: the built CLI in
// a child process, a real gnome-keyring for the client secret, and the strict Cognito double as
// the endpoint and the managed login. Every line it prints is read and reviewed as written here.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startKeyring, type KeyringSession } from '../support/keyring';
import { expectNoLeaks, RunLog } from '../support/leak-check';
import { ensureCliBuilt, runCli } from '../support/run-cli';
import { useDouble } from '../support/use-double';

const POOL = 'eu-west-1_CliDoctor1';
const SECRET = 'cli-doctor-m2m-secret-0123456789abcdef';
let keyring: KeyringSession;
const homes: string[] = [];
const runs = new RunLog();

const double = useDouble([
  {
    userPoolId: POOL,
    clients: [
      {
        clientId: 'webclient',
        oauthFlows: ['code'],
        oauthScopes: ['openid', 'email', 'profile'],
        callbackUrls: ['http://localhost:8976/callback'],
      },
      {
        clientId: 'machineclient',
        clientSecret: SECRET,
        oauthFlows: ['client_credentials'],
        oauthScopes: ['orders/read'],
      },
    ],
    users: [],
  },
]);

beforeAll(async () => {
  await ensureCliBuilt();
  keyring = await startKeyring();
  runs.track('client secret', SECRET);
}, 120_000);
afterAll(async () => {
  await expectNoLeaks(runs, homes);
  await Promise.all(homes.map((home) => rm(home, { recursive: true, force: true })));
  await keyring.stop();
});

async function cli(home: string, args: string[]) {
  const env = { ...keyring.env, COGNITO_TOKEN_MANAGER_HOME: home, M2M_SECRET: SECRET };
  return runs.record(args.slice(0, 2).join(' '), await runCli(args, { env }));
}

async function homeWith(name: string, kindArgs: string[]): Promise<string> {
  const home = await mkdtemp(join(tmpdir(), 'ctm-cli-doctor-oauth-'));
  homes.push(home);
  const add = await cli(home, [
    'profiles',
    'add',
    name,
    '--pool-id',
    POOL,
    '--endpoint',
    double.endpoint,
    '--domain',
    double.endpoint,
    ...kindArgs,
  ]);
  expect(add.code, add.stderr).toBe(0);
  return home;
}

const linesOf = (stdout: string) => stdout.replace(/ +/g, ' ').split('\n');
const clockLine: unknown = expect.stringMatching(
  /^✓ Clock This computer's clock agrees with the server's \((to the second|within 1 s)\)\.$/,
);

describe('cognito-tokens doctor for the managed login', () => {
  it('checks a browser profile: the domain and the redirect URI, no flow probes', async () => {
    const home = await homeWith('web', ['--sign-in', 'browser', '--client-id', 'webclient']);
    const run = await cli(home, ['doctor', 'web']);
    expect(run.stderr).toBe('');
    expect(linesOf(run.stdout)).toEqual([
      `✓ Endpoint answers ${double.endpoint} answers.`,
      "– User pool exists The emulator does not serve the pool's OpenID configuration, so this check does not apply.",
      `✓ Managed login answers ${double.endpoint} answers as Cognito's managed login.`,
      '✓ Redirect URI accepted The app client accepts http://localhost:8976/callback, and Cognito offers its sign-in page.',
      '– Signed-in tokens The profile is not signed in here, so there are no tokens to check.',
      clockLine,
      "i Refresh-token rotation The profile refreshes at the managed login's token endpoint (grant_type=refresh_token) and keeps its refresh token unless Cognito sends a new one.",
      '✓ Keychain The keychain stores and returns secrets.',
      '',
      'Nothing stops web from signing in.',
      '',
    ]);
    expect(run.code).toBe(0);
  });

  it('exits 3 with the fix when the redirect URI is not a callback URL', async () => {
    const home = await homeWith('web8977', [
      '--sign-in',
      'browser',
      '--client-id',
      'webclient',
      '--redirect-uri',
      'http://localhost:8977/callback',
    ]);
    const run = await cli(home, ['doctor', 'web8977']);
    expect(run.code).toBe(3);
    const lines = linesOf(run.stdout);
    expect(lines.slice(3, 5)).toEqual([
      "✗ Redirect URI accepted http://localhost:8977/callback is not one of the app client's callback URLs (redirect_mismatch).",
      " Fix: Add http://localhost:8977/callback to the app client's callback URLs; Cognito matches the port exactly.",
    ]);
    expect(lines.at(-2)).toBe('web8977 cannot sign in until the ✗ lines are fixed.');
  });

  it('checks an M2M profile with one token it never prints', async () => {
    const home = await homeWith('orders', [
      '--sign-in',
      'client-credentials',
      '--client-id',
      'machineclient',
      '--client-secret-env',
      'M2M_SECRET',
      '--scopes',
      'orders/read',
    ]);
    const before = double.requests.length;
    const run = await cli(home, ['doctor', 'orders']);
    expect(run.stderr).toBe('');
    expect(linesOf(run.stdout)).toEqual([
      `✓ Endpoint answers ${double.endpoint} answers.`,
      "– User pool exists The emulator does not serve the pool's OpenID configuration, so this check does not apply.",
      `✓ Managed login answers ${double.endpoint} answers as Cognito's managed login.`,
      '✓ Client credentials Cognito issued an access token for "orders/read" to the app client and its stored secret (the doctor dropped it: it is neither shown nor kept).',
      '– Signed-in tokens The profile is not signed in here, so there are no tokens to check.',
      clockLine,
      'i Token renewal An M2M profile has no refresh token: when its access token is due, a new one is asked for with the client secret.',
      '✓ Keychain The keychain stores and returns secrets.',
      '',
      'Nothing stops orders from signing in.',
      '',
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(/eyJ/);
    const sent = double.requests.slice(before).map((r) => r.operation);
    expect(sent).toEqual(['OAuth /oauth2/token']);
  });

  it('says in its help that an M2M check fetches and discards one token', async () => {
    const run = await runCli(['doctor', '--help']);
    expect(run.stdout).toContain(
      'fetches one access token with the stored secret and scopes, and\n            discards it (it is neither printed nor stored).',
    );
  });
});
