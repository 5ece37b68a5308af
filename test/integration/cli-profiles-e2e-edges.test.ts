// cognito-tokens end to end at the edges: importing an Amplify file and exporting, no keychain
// at all, a corrupt profile file, and a network failure written to the log. Each ends with the
// leak check over the data folder and every captured output.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2eRig, type E2eRig } from '../support/cli-e2e-rig';
import { startHttpProxy } from '../support/http-proxy';
import { expectNoLeaks, RunLog } from '../support/leak-check';
import { expectFailure } from '../support/run-cli';

const PASSWORD = 'Edge-Perm-Pass-1!';
// Short enough to wait out, long enough that the run inside the refresh window (a CLI start and a
// refused refresh, retried by the SDK) ends before the token does on a loaded machine: with 4 s,
// a fresh-clone CI run once took longer than the 1.7 s left and found the token expired.
const SHORT_TOKEN_SECONDS = 10;
const AMPLIFY = fileURLToPath(new URL('../fixtures/amplify/amplify_outputs.json', import.meta.url));
const NO_KEYCHAIN =
  /Secrets will not be remembered after this session because no D-Bus session is running/;

let rig: E2eRig;
let userCount = 0;

beforeAll(async () => {
  rig = await startE2eRig();
}, 120_000);
afterAll(async () => {
  await rig.stop();
});

async function confirmedUser(): Promise<string> {
  userCount += 1;
  const username = `edge-user${userCount}`;
  await rig.local.createUser(rig.rawPoolId, username, `${PASSWORD}x`);
  await rig.local.setPassword(rig.rawPoolId, username, PASSWORD);
  return username;
}

function addArgs(
  name: string,
  username: string,
  endpoint = rig.local.endpoint,
  clientId = rig.clientId,
): string[] {
  return ['profiles', 'add', name, '--pool-id', rig.poolId, '--client-id', clientId].concat([
    '--endpoint',
    endpoint,
    '--flow',
    'password',
    '--username',
    username,
  ]);
}

describe('cognito-tokens at the edges', () => {
  it('imports an Amplify file with --username and exports without any secret-looking field', async () => {
    const runs = new RunLog();
    runs.track('password', PASSWORD);
    const home = await rig.newHome();
    const refused = await rig.cli(runs, home, ['profiles', 'import', AMPLIFY]);
    expectFailure(refused, 2, /amplify_outputs\.json cannot be imported: 1 field is wrong\./);
    expect(refused.stderr).toContain('username: is missing; an Amplify file names no user');

    const imported = await rig.cli(runs, home, [
      'profiles',
      'import',
      AMPLIFY,
      '--username',
      'ada',
      '--name',
      'amp',
    ]);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stderr).toContain('Added profile "amp" (us-east-1_AbC123xyZ).');
    const again = await rig.cli(runs, home, [
      'profiles',
      'import',
      AMPLIFY,
      '--username',
      'ada',
      '--name',
      'amp',
    ]);
    expect(again.stderr).toContain('Imported 0 of 1 profiles.');

    const exported = await rig.cli(runs, home, ['profiles', 'export']);
    expect(exported.code, exported.stderr).toBe(0);
    const doc = JSON.parse(exported.stdout) as {
      format: string;
      profiles: Record<string, unknown>[];
    };
    expect(doc.format).toBe('cognito-token-manager/profiles');
    expect(doc.profiles).toMatchObject([
      { name: 'amp', userPoolId: 'us-east-1_AbC123xyZ', username: 'ada' },
    ]);
    for (const profile of doc.profiles) {
      expect(profile).not.toHaveProperty('id');
      for (const [key, value] of Object.entries(profile)) {
        if (/secret|password|token/i.test(key)) expect(typeof value, key).toBe('boolean');
        expect(String(value)).not.toMatch(/eyJ[\w-]+\./);
      }
    }
    const file = join(home, 'export.json');
    const toFile = await rig.cli(runs, home, ['profiles', 'export', file]);
    expect(toFile.code, toFile.stderr).toBe(0);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ profiles: doc.profiles });
    expect(statSync(file).mode & 0o777).toBe(0o600);
    await expectNoLeaks(runs, [home]);
  });

  it('without a keychain, login still works in its process and says why nothing is remembered', async () => {
    const runs = new RunLog();
    runs.track('password', PASSWORD);
    const home = await rig.newHome();
    const username = await confirmedUser();
    const add = await rig.cli(runs, home, addArgs('nokeychain', username), { noBus: true });
    expect(add.code, add.stderr).toBe(0);

    const login = await rig.cli(
      runs,
      home,
      ['login', 'nokeychain', '--password-env', 'CT_PW', '--print', 'access'],
      {
        env: { CT_PW: PASSWORD },
        noBus: true,
        tokensOnStdout: true,
      },
    );
    expect(login.code, login.stderr).toBe(0);
    runs.track('access token', login.stdout.trim());
    expect(login.stdout).toMatch(/^eyJ[\w-]+\.[\w-]+\.[\w-]+\n$/);
    expect(login.stderr.match(new RegExp(NO_KEYCHAIN.source, 'g'))).toHaveLength(1);
    expect(login.stderr).toMatch(/run the command under `dbus-run-session`/);
    expect(login.stderr).toContain('The tokens were kept for this run only');

    const token = await rig.cli(runs, home, ['token', 'nokeychain'], { noBus: true });
    // Not "sign in again" (that could not last either), but why there are no tokens: exit 1.
    expectFailure(token, 1, /keychain cannot be reached \(no-session-bus\)/);
    expect(token.stderr.match(new RegExp(NO_KEYCHAIN.source, 'g'))).toHaveLength(1);
    await expectNoLeaks(runs, [home]);
  });

  it('says a missing keychain once per data folder on commands that can do without it', async () => {
    const runs = new RunLog();
    const home = await rig.newHome();
    const first = await rig.cli(runs, home, ['status'], { noBus: true });
    const second = await rig.cli(runs, home, ['status'], { noBus: true });
    expect(first.code).toBe(0);
    expect(second.code).toBe(0);
    expect(first.stderr).toMatch(NO_KEYCHAIN);
    expect(second.stderr).not.toMatch(NO_KEYCHAIN);
  });

  it('sets a corrupt profile file aside, says so once, and goes on', async () => {
    const runs = new RunLog();
    const home = await rig.newHome();
    const broken = '{ "schemaVersion": 1, "profiles": [ oops';
    writeFileSync(join(home, 'profiles.json'), broken);

    const first = await rig.cli(runs, home, ['status']);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toMatch(
      /^Note: The profile file could not be read because it is not valid JSON; it was set aside and the store started empty\. The original file is kept at .*profiles\.json\.corrupt-.*\.bak\.$/m,
    );
    const backups = readdirSync(home).filter((name) =>
      /^profiles\.json\.corrupt-.*\.bak$/.test(name),
    );
    expect(backups).toHaveLength(1);
    expect(readFileSync(join(home, backups[0] ?? ''), 'utf8')).toBe(broken);

    const second = await rig.cli(runs, home, ['status']);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stderr).not.toContain('Note:');
    const add = await rig.cli(runs, home, addArgs('after', 'someone'));
    expect(add.code, add.stderr).toBe(0);
    runs.track('unused password', PASSWORD);
    await expectNoLeaks(runs, [home]);
  });

  it('a failed refresh keeps valid tokens; once expired it is one sentence (exit 4), details in the log', async () => {
    const runs = new RunLog();
    runs.track('password', PASSWORD);
    const home = await rig.newHome();
    const username = await confirmedUser();
    const { clientId } = await rig.local.createClient(rig.rawPoolId, {
      accessTokenSeconds: SHORT_TOKEN_SECONDS,
      idTokenSeconds: SHORT_TOKEN_SECONDS,
    });
    const proxy = await startHttpProxy(rig.local.endpoint);
    try {
      // Tokens that live seconds: the refresh window is then half their life.
      const add = await rig.cli(runs, home, addArgs('flaky', username, proxy.endpoint, clientId));
      expect(add.code, add.stderr).toBe(0);
      const login = await rig.cli(
        runs,
        home,
        ['login', 'flaky', '--password-env', 'CT_PW', '--output', 'json'],
        {
          env: { CT_PW: PASSWORD },
          tokensOnStdout: true,
        },
      );
      expect(login.code, login.stderr).toBe(0);
      const tokens = JSON.parse(login.stdout) as Record<string, string>;
      for (const key of ['idToken', 'accessToken', 'refreshToken']) runs.track(key, tokens[key]);

      await proxy.setDown(true);
      const expiry = Date.parse(tokens.expiresAt ?? '');
      // Into the second half of the tokens' life, where a use tries to refresh first.
      const due = expiry - (SHORT_TOKEN_SECONDS * 1000) / 2 + 300;
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, due - Date.now())));
      const stillValid = await rig.cli(runs, home, ['token', 'flaky', '--timeout', '2'], {
        tokensOnStdout: true,
      });
      expect({ code: stillValid.code, stdout: stillValid.stdout }).toEqual({
        code: 0,
        stdout: `${tokens.idToken}\n`,
      });
      const log = join(home, 'logs', 'cognito-token-manager.log');
      expect(readFileSync(log, 'utf8')).toMatch(
        /WARN Refresh of profile [\w-]+ failed; will retry\./,
      );

      await new Promise((resolve) => setTimeout(resolve, Math.max(0, expiry - Date.now() + 500)));
      const expired = await rig.cli(runs, home, ['token', 'flaky', '--timeout', '2']);
      expectFailure(expired, 4);
      expect(expired.stderr.trim().split('\n')).toHaveLength(1);
      expect(readFileSync(log, 'utf8')).toContain('    at ');
    } finally {
      await proxy.close();
    }
    await expectNoLeaks(runs, [home]);
  });
});
