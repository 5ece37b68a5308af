// `cognito-tokens token` against the strict double and a real gnome-keyring: with a wrong clock
// (libfaketime shifts only the child's clock; the double keeps the real time), drift measured
// from the tokens' iat is kept per profile and used, the fast path included, and shown by
// `status`; and a due refresh that fails still prints the valid token and says why.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startKeyring, type KeyringSession } from '../support/keyring';
import { CLI_ENTRY, ensureCliBuilt, jwtPayload } from '../support/run-cli';
import { useDouble } from '../support/use-double';

const POOL = 'eu-north-1_Clock1';
const PASSWORD = 'Clock-Pass-1!';
const hasFaketime = spawnSync('faketime', ['--version']).error === undefined;
if (!hasFaketime)
  console.log(
    'cli-token-double: clock tests skipped, `faketime` (Debian libfaketime) is not installed',
  );

let keyring: KeyringSession;
const homes: string[] = [];

const double = useDouble([
  {
    userPoolId: POOL,
    clients: [
      // Due in their last second, expired after two.
      { clientId: 'twosecond', tokenValiditySeconds: 2 },
      // Due in their last 3 seconds: room for a refresh and its retries to fail meanwhile.
      { clientId: 'sixsecond', tokenValiditySeconds: 6 },
      // A 300 s refresh window: a clock 10 minutes fast would call them due at once.
      { clientId: 'fifteenminute', tokenValiditySeconds: 900 },
    ],
    users: [{ username: 'cleo', password: PASSWORD }],
  },
]);

beforeAll(async () => {
  await ensureCliBuilt();
  keyring = await startKeyring();
});
afterAll(async () => {
  await Promise.all(homes.map((home) => rm(home, { recursive: true, force: true })));
  await keyring.stop();
});

/** Runs the CLI with its clock shifted by `offset` seconds (e.g. '-600'), or as it is (null). */
function cliAt(offset: string | null, home: string, args: string[]) {
  const env = { ...keyring.env, PATH: process.env.PATH ?? '', COGNITO_TOKEN_MANAGER_HOME: home };
  const command = [process.execPath, CLI_ENTRY, ...args];
  const [file, ...rest] = offset === null ? command : ['faketime', '-f', offset, ...command];
  const child = spawn(file ?? '', rest, {
    env: { ...env, CT_PW: PASSWORD },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    child.once('close', (code) => {
      resolve({ code, stdout, stderr });
    });
  });
}

const refreshes = () =>
  double.requests.filter(
    (r) => r.operation === 'InitiateAuth' && r.body.AuthFlow === 'REFRESH_TOKEN_AUTH',
  ).length;

async function signedIn(offset: string | null, clientId: string): Promise<string> {
  const home = await mkdtemp(join(tmpdir(), 'ctm-clock-'));
  homes.push(home);
  const add = await cliAt(offset, home, [
    'profiles',
    'add',
    'clk',
    '--pool-id',
    POOL,
    '--client-id',
    clientId,
    '--username',
    'cleo',
    '--endpoint',
    double.endpoint,
    // SRP signs a timestamp, which Cognito refuses from a clock this far off.
    '--flow',
    'password',
  ]);
  expect(add.code, add.stderr).toBe(0);
  const login = await cliAt(offset, home, ['login', 'clk', '--password-env', 'CT_PW']);
  expect(login.code, login.stderr).toBe(0);
  return home;
}

describe.runIf(hasFaketime)('the CLI with a clock 10 minutes off', () => {
  it('slow: `token` refreshes tokens Cognito already counts as expired, and `status` shows the drift', async () => {
    const home = await signedIn('-600', 'twosecond');
    await new Promise((resolve) => setTimeout(resolve, 2_500)); // expired by the real clock
    const before = refreshes();
    const token = await cliAt('-600', home, ['token', 'clk']);
    expect(token.code, token.stderr).toBe(0);
    expect(refreshes() - before).toBe(1);
    expect(Number(jwtPayload(token.stdout.trim()).exp) * 1000).toBeGreaterThan(Date.now());
    const status = await cliAt('-600', home, ['status']);
    expect(status.stderr).toMatch(/clock is (9m 5\ds|10m \ds) behind Cognito's/);
  });

  it('set right after a sign-in: `token` never prints the ID token that expired meanwhile', async () => {
    // The journey of the issue: signed in while the clock was 10 minutes fast, the clock is
    // then corrected (NTP after a resume). The kept drift must not make the token look fresh.
    const home = await signedIn('+600', 'twosecond');
    await new Promise((resolve) => setTimeout(resolve, 2_500)); // expired by the real clock
    const before = refreshes();
    const token = await cliAt(null, home, ['token', 'clk']);
    expect(token.code, token.stderr).toBe(0);
    expect(Number(jwtPayload(token.stdout.trim()).exp) * 1000).toBeGreaterThan(Date.now());
    expect(refreshes() - before).toBe(1);
    // Measured again at that refresh: the next run with the right clock trusts its tokens.
    const again = await cliAt(null, home, ['token', 'clk']);
    expect(again.code, again.stderr).toBe(0);
  });

  it("fast: `token` does not refresh tokens that are fresh by Cognito's clock", async () => {
    const home = await signedIn('+600', 'fifteenminute');
    const before = refreshes();
    for (let i = 0; i < 2; i += 1) {
      const token = await cliAt('+600', home, ['token', 'clk']);
      expect(token.code, token.stderr).toBe(0);
    }
    expect(refreshes()).toBe(before);
  });
});

describe('a due refresh that fails', () => {
  it('still prints the valid token, with one line on stderr saying the refresh failed and why', async () => {
    const home = await signedIn(null, 'sixsecond');
    const before = await cliAt(null, home, ['token', 'clk']);
    // Inside the last 3 seconds of the 6-second tokens: due, not yet expired.
    const exp = Number(jwtPayload(before.stdout.trim()).exp) * 1000;
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, exp - 3_000 - Date.now() + 50)));
    double.faults.serverErrorFor = 'InitiateAuth';
    let token;
    try {
      token = await cliAt(null, home, ['token', 'clk', '--timeout', '1']);
    } finally {
      delete double.faults.serverErrorFor;
    }
    expect(token.code, token.stderr).toBe(0);
    expect(token.stdout).toBe(before.stdout);
    const lines = token.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/still valid, but refreshing it failed: Cognito had a server error/);
  });

  it('refused for another reason than the refresh token: prints the valid token and says until when', async () => {
    const home = await signedIn(null, 'sixsecond');
    const before = await cliAt(null, home, ['token', 'clk']);
    const exp = Number(jwtPayload(before.stdout.trim()).exp) * 1000;
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, exp - 3_000 - Date.now() + 50)));
    // An administrator turned the refresh flow off: Cognito refuses, the refresh token stays good.
    const client = double.pool(POOL).clients.find((c) => c.clientId === 'sixsecond');
    if (!client) throw new Error('no sixsecond client');
    client.flows = ['USER_PASSWORD_AUTH'];
    let token;
    try {
      token = await cliAt(null, home, ['token', 'clk']);
    } finally {
      delete client.flows;
    }
    expect(token.code, token.stderr).toBe(0);
    expect(token.stdout).toBe(before.stdout);
    expect(token.stderr).toMatch(/refreshing it failed: .*REFRESH_TOKEN_AUTH/);
    expect(token.stderr).toMatch(/It lasts until \d\d:\d\d:\d\d/);
  });

  it('`token --refresh` exits non-zero when the refresh did not happen', async () => {
    const home = await signedIn(null, 'fifteenminute');
    double.faults.serverErrorFor = 'InitiateAuth';
    let token;
    try {
      token = await cliAt(null, home, ['token', 'clk', '--refresh', '--timeout', '1']);
    } finally {
      delete double.faults.serverErrorFor;
    }
    expect(token.code).toBe(4);
    expect(token.stdout).toBe('');
    expect(token.stderr).toMatch(/server error/);
    expect(token.stderr).toMatch(/still valid until \d\d:\d\d:\d\d/);
  });
});
