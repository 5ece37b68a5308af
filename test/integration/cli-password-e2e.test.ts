// The password commands and token --refresh end to end: each command a child process over a
// real gnome-keyring and a real cognito-local, then the leak check over the data folder and
// every output.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2eRig, type E2eRig } from '../support/cli-e2e-rig';
import { COGNITO_LOCAL_CODE } from '../support/cognito-local-process';
import { expectNoLeaks, RunLog } from '../support/leak-check';
import { jwtPayload } from '../support/run-cli';

const FIRST = 'Pwd-First-Pass-1!';
const SECOND = 'Pwd-Second-Pass-2!';
const THIRD = 'Pwd-Third-Pass-3!';

let rig: E2eRig;

beforeAll(async () => {
  rig = await startE2eRig();
}, 120_000);
afterAll(async () => {
  await rig.stop();
});

describe('cognito-tokens password and token --refresh', () => {
  it('changes the password of a signed-in profile, resets a forgotten one, and refreshes on demand', async () => {
    const runs = new RunLog();
    for (const [label, value] of [
      ['first password', FIRST],
      ['second password', SECOND],
      ['third password', THIRD],
    ] as const) {
      runs.track(label, value);
    }
    const home = await rig.newHome();
    await rig.local.createUser(rig.rawPoolId, 'pwd-user', 'Pwd-Temp-Pass-0!', {
      email: 'pwd-user@example.com',
      email_verified: 'true',
    });
    await rig.local.setPassword(rig.rawPoolId, 'pwd-user', FIRST);
    const pool = ['--pool-id', rig.poolId, '--client-id', rig.clientId];
    const where = ['--endpoint', rig.local.endpoint, '--flow', 'password'];
    const added = await rig.cli(runs, home, [
      'profiles',
      'add',
      'pwd',
      ...pool,
      ...where,
      '--username',
      'pwd-user',
    ]);
    expect(added.code, added.stderr).toBe(0);

    const login = await rig.cli(runs, home, ['login', 'pwd', '--password-env', 'PW'], {
      env: { PW: FIRST },
    });
    expect(login.code, login.stderr).toBe(0);

    const wrong = await rig.cli(
      runs,
      home,
      ['password', 'change', 'pwd', '--password-env', 'OLD', '--new-password-env', 'NEW'],
      { env: { OLD: THIRD, NEW: SECOND } },
    );
    expect(wrong.code).toBe(3);
    expect(wrong.stderr).toBe('cognito-tokens: The current password is wrong.\n');

    const changed = await rig.cli(
      runs,
      home,
      ['password', 'change', 'pwd', '--password-env', 'OLD', '--new-password-env', 'NEW'],
      { env: { OLD: FIRST, NEW: SECOND } },
    );
    expect(changed.code, changed.stderr).toBe(0);
    expect(changed.stderr).toBe('Changed the password of pwd-user (profile pwd).\n');

    const before = await rig.cli(runs, home, ['token', 'pwd'], { tokensOnStdout: true });
    runs.track('id token', before.stdout.trim());
    const refreshed = await rig.cli(runs, home, ['token', 'pwd', '--refresh'], {
      tokensOnStdout: true,
    });
    expect(refreshed.code, refreshed.stderr).toBe(0);
    runs.track('refreshed id token', refreshed.stdout.trim());
    expect(refreshed.stdout).not.toBe(before.stdout);
    expect(jwtPayload(refreshed.stdout.trim())).toMatchObject({ 'cognito:username': 'pwd-user' });
    const after = await rig.cli(runs, home, ['token', 'pwd'], { tokensOnStdout: true });
    expect(after.stdout).toBe(refreshed.stdout);

    const reset = await rig.cli(
      runs,
      home,
      ['password', 'forgot', 'pwd', '--code-env', 'CODE', '--new-password-env', 'NEW'],
      { env: { CODE: COGNITO_LOCAL_CODE, NEW: THIRD } },
    );
    expect(reset.code, reset.stderr).toBe(0);
    expect(reset.stderr).toContain(
      'The password of pwd-user is reset; sign in with cognito-tokens login pwd.',
    );
    const again = await rig.cli(runs, home, ['login', 'pwd', '--password-env', 'PW'], {
      env: { PW: THIRD },
    });
    expect(again.code, again.stderr).toBe(0);

    await expectNoLeaks(runs, [home]);
  });
});
