// cognito-tokens end to end, each command a child process, over a real gnome-keyring and a real
// cognito-local: a profile's whole life, a refresh in a later process, and removal. After each
// journey, no password, client secret or token may be found in the data folder or any output.
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { profileIdOf, startE2eRig, type E2eRig } from '../support/cli-e2e-rig';
import { expectNoLeaks, RunLog } from '../support/leak-check';
import { expectFailure, jwtPayload, type TokenOutput } from '../support/run-cli';

const TEMP = 'E2e-Temp-Pass-1!';
const NEW = 'E2e-New-Pass-2!';
const PERMANENT = 'E2e-Perm-Pass-3!';
const SESSION_KINDS = ['id-token', 'access-token', 'refresh-token'];

let rig: E2eRig;
let userCount = 0;

beforeAll(async () => {
  rig = await startE2eRig();
}, 120_000);
afterAll(async () => {
  await rig.stop();
});

function addArgs(name: string, username: string, extra: string[] = []): string[] {
  const pool = ['--pool-id', rig.poolId, '--client-id', rig.clientId];
  const where = ['--endpoint', rig.local.endpoint, '--flow', 'password', '--username', username];
  return ['profiles', 'add', name, ...pool, ...where, ...extra];
}

async function newUser(confirmed: boolean): Promise<string> {
  userCount += 1;
  const username = `e2e-user${userCount}`;
  await rig.local.createUser(rig.rawPoolId, username, TEMP);
  if (confirmed) await rig.local.setPassword(rig.rawPoolId, username, PERMANENT);
  return username;
}

/** What sh makes of `env` output: the variables it exports, printed back. */
function evalExports(lines: string, names: string[]): string[] {
  const script = `${lines}printf '%s\\0' ${names.map((n) => `"$${n}"`).join(' ')}`;
  return execFileSync('sh', ['-c', script], { encoding: 'utf8' }).split('\0').slice(0, -1);
}

describe('cognito-tokens profiles, login, token, env, status, logout', () => {
  it('walks a profile from first sign-in to logout, across processes, leaking nothing', async () => {
    const runs = new RunLog();
    runs.track('temporary password', TEMP);
    runs.track('new password', NEW);
    const home = await rig.newHome();
    const username = await newUser(false);

    const added = await rig.cli(runs, home, addArgs('journey', username));
    expect(added.code, added.stderr).toBe(0);
    expect(added.stderr).toContain('"journey" is now the active profile.');

    const secrets = { CT_PW: TEMP, CT_NEW: NEW };
    const login = await rig.cli(
      runs,
      home,
      [
        'login',
        'journey',
        '--password-env',
        'CT_PW',
        '--new-password-env',
        'CT_NEW',
        '--output',
        'json',
      ],
      { env: secrets, tokensOnStdout: true },
    );
    expect(login.code, login.stderr).toBe(0);
    expect(login.stderr).toMatch(
      /Signed in to profile "journey" as e2e-user\d+; the tokens expire in \S/,
    );
    const tokens = JSON.parse(login.stdout) as TokenOutput;
    runs.track('id token', tokens.idToken);
    runs.track('access token', tokens.accessToken);
    runs.track('refresh token', tokens.refreshToken);

    // The keychain, read by another process, holds the session.
    const id = await profileIdOf(rig, runs, home, 'journey');
    const stored = await rig.vaultItems(id, SESSION_KINDS);
    expect(stored).toEqual([tokens.idToken, tokens.accessToken, tokens.refreshToken]);

    const token = await rig.cli(runs, home, ['token', 'journey'], { tokensOnStdout: true });
    expect({ code: token.code, stdout: token.stdout, stderr: token.stderr }).toEqual({
      code: 0,
      stdout: `${tokens.idToken}\n`,
      stderr: '',
    });
    const header = await rig.cli(runs, home, ['token', '--access', '--header'], {
      tokensOnStdout: true,
    });
    expect(header.stdout).toBe(`Authorization: Bearer ${tokens.accessToken}\n`);

    const status = await rig.cli(runs, home, ['status']);
    expect(status.code, status.stderr).toBe(0);
    const row = status.stdout.split('\n').find((line) => line.includes('journey')) ?? '';
    expect(row).toMatch(
      new RegExp(
        `^\\*\\s+journey\\s+us-east-1\\s+password\\s+${username}\\s+signed-in\\s+\\d+[hm] \\d+[ms]$`,
      ),
    );
    const json = await rig.cli(runs, home, ['status', '--output', 'json']);
    expect(JSON.parse(json.stdout)).toMatchObject([
      { name: 'journey', state: 'signed-in', active: true },
    ]);

    // A new process, no password anywhere in its environment, still gets a token.
    const later = await rig.cli(runs, home, ['token', '--access'], { tokensOnStdout: true });
    expect(later.code, later.stderr).toBe(0);
    expect(later.stdout).toBe(`${tokens.accessToken}\n`);

    const env = await rig.cli(runs, home, ['env', 'journey'], { tokensOnStdout: true });
    expect(env.code, env.stderr).toBe(0);
    const names = [
      'COGNITO_ID_TOKEN',
      'COGNITO_ACCESS_TOKEN',
      'COGNITO_USER_POOL_ID',
      'COGNITO_CLIENT_ID',
      'COGNITO_REGION',
      'COGNITO_USERNAME',
    ];
    expect(evalExports(env.stdout, names)).toEqual([
      tokens.idToken,
      tokens.accessToken,
      rig.poolId,
      rig.clientId,
      'us-east-1',
      username,
    ]);
    expect(env.stdout).not.toContain(tokens.refreshToken ?? 'no refresh token');

    const logout = await rig.cli(runs, home, ['logout', 'journey']);
    expect(logout.code, logout.stderr).toBe(0);
    expect(await rig.vaultItems(id, SESSION_KINDS)).toEqual([null, null, null]);
    const after = await rig.cli(runs, home, ['token', 'journey']);
    expectFailure(
      after,
      3,
      /^cognito-tokens: Profile "journey" is not signed in: sign in first \(cognito-tokens login journey\)\.$/,
    );

    await expectNoLeaks(runs, [home]);
  });

  it('refreshes in a later process when the tokens are inside the refresh window', async () => {
    const runs = new RunLog();
    runs.track('password', PERMANENT);
    const home = await rig.newHome();
    const username = await newUser(true);
    // Tokens that live 4 s: from their second half on, a use refreshes them first.
    const { clientId } = await rig.local.createClient(rig.rawPoolId, {
      accessTokenSeconds: 4,
      idTokenSeconds: 4,
    });
    const add = await rig.cli(runs, home, [
      ...addArgs('refresher', username).map((arg) => (arg === rig.clientId ? clientId : arg)),
    ]);
    expect(add.code, add.stderr).toBe(0);
    const login = await rig.cli(
      runs,
      home,
      ['login', 'refresher', '--password-env', 'CT_PW', '--print', 'id'],
      {
        env: { CT_PW: PERMANENT },
        tokensOnStdout: true,
      },
    );
    expect(login.code, login.stderr).toBe(0);
    const first = login.stdout.trim();
    runs.track('first id token', first);
    const id = await profileIdOf(rig, runs, home, 'refresher');
    const [refreshToken] = await rig.vaultItems(id, ['refresh-token']);
    runs.track('refresh token', refreshToken);

    await new Promise((resolve) => setTimeout(resolve, 2_300)); // past half-life, and a new iat
    const token = await rig.cli(runs, home, ['token', 'refresher'], { tokensOnStdout: true });
    expect(token.code, token.stderr).toBe(0);
    const second = token.stdout.trim();
    runs.track('refreshed id token', second);
    expect(second).not.toBe(first);
    expect(jwtPayload(second).iat).toBeGreaterThan(Number(jwtPayload(first).iat));
    const [storedId, storedAccess] = await rig.vaultItems(id, ['id-token', 'access-token']);
    expect(storedId).toBe(second);
    runs.track('refreshed access token', storedAccess);

    await expectNoLeaks(runs, [home]);
  });

  it('remove deletes the profile and every keychain item it had (client secret included)', async () => {
    const runs = new RunLog();
    const clientSecret = 'e2e-client-secret-0123456789abcdefghij';
    runs.track('client secret', clientSecret);
    runs.track('password', PERMANENT);
    const home = await rig.newHome();
    const username = await newUser(true);
    const extra = [
      '--client-secret-env',
      'CT_SECRET',
      '--remember-password',
      '--password-env',
      'CT_PW',
    ];
    const env = { CT_SECRET: clientSecret, CT_PW: PERMANENT };
    const add = await rig.cli(runs, home, addArgs('doomed', username, extra), { env });
    expect(add.code, add.stderr).toBe(0);
    // No --password-env: the remembered password signs in.
    const login = await rig.cli(runs, home, ['login', 'doomed']);
    expect(login.code, login.stderr).toBe(0);

    const id = await profileIdOf(rig, runs, home, 'doomed');
    const kinds = ['client-secret', 'password', ...SESSION_KINDS];
    const before = await rig.vaultItems(id, kinds);
    expect(before.slice(0, 2)).toEqual([clientSecret, PERMANENT]);
    before.forEach((value, i) => {
      expect(value, kinds[i]).toEqual(expect.any(String));
      runs.track(`stored ${kinds[i] ?? ''}`, value);
    });

    const remove = await rig.cli(runs, home, ['profiles', 'remove', 'doomed']);
    expect(remove.code, remove.stderr).toBe(0);
    expect(remove.stderr).toContain('Removed profile "doomed" and 5 keychain items.');
    expect(await rig.vaultItems(id, kinds)).toEqual([null, null, null, null, null]);
    const list = await rig.cli(runs, home, ['profiles', 'list', '--output', 'json']);
    expect(JSON.parse(list.stdout)).toEqual([]);

    await expectNoLeaks(runs, [home]);
  });
});
