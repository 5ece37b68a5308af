// `cognito-tokens doctor` as a user runs it, against cognito-local with a real keyring: every
// line it prints (read and reviewed as written here), the JSON, and the exit codes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2eRig, type E2eRig } from '../support/cli-e2e-rig';
import { RunLog } from '../support/leak-check';

let rig: E2eRig;
beforeAll(async () => {
  rig = await startE2eRig();
}, 120_000);
afterAll(async () => {
  await rig.stop();
});

const add = (name: string, extra: string[], clientId = rig.clientId) => [
  'profiles',
  'add',
  name,
  '--pool-id',
  rig.poolId,
  '--client-id',
  clientId,
  '--endpoint',
  rig.local.endpoint,
  '--username',
  'nobody-in-particular',
  ...extra,
];

describe('cognito-tokens doctor', () => {
  it('prints one line per check and exits 0 when sign-in can work', async () => {
    const runs = new RunLog();
    const home = await rig.newHome();
    expect((await rig.cli(runs, home, add('local', ['--flow', 'password']))).code).toBe(0);
    const run = await rig.cli(runs, home, ['doctor', 'local']);
    expect(run.stderr).toBe('');
    const lines = run.stdout.replace(/ +/g, ' ').split('\n');
    expect(lines).toEqual([
      `✓ Endpoint answers ${rig.local.endpoint} answers.`,
      "– User pool exists The emulator does not serve the pool's OpenID configuration, so this check does not apply.",
      '✓ App client exists Cognito knows the app client.',
      '✓ Client secret The app client needs no secret.',
      'i Unknown users The pool hides whether a user exists (prevent user existence errors): a mistyped username reads as a wrong password, and the checks above cannot tell more.',
      "– SRP sign-in (USER_SRP_AUTH) The server does not implement USER_SRP_AUTH (an emulator's limit), so it was not checked.",
      '✓ Password sign-in (USER_PASSWORD_AUTH) The app client allows USER_PASSWORD_AUTH. This profile signs in this way.',
      "– Choice-based sign-in (USER_AUTH) The server does not implement USER_AUTH (an emulator's limit), so it was not checked.",
      '– Signed-in tokens The profile is not signed in here, so there are no tokens to check.',
      // The server's Date has one-second steps: the drift reads as 0 or 1 s.
      expect.stringMatching(
        /^✓ Clock This computer's clock agrees with the server's \((to the second|within 1 s)\)\.$/,
      ),
      'i Refresh-token rotation The profile refreshes without rotation (REFRESH_TOKEN_AUTH).',
      'i Device tracking No device key is held for this profile: device tracking is not in use here (the pool does not remember devices, or the profile has not signed in since it started to).',
      '✓ Keychain The keychain stores and returns secrets.',
      '',
      'Nothing stops local from signing in.',
      '',
    ]);
    expect(run.code).toBe(0);
  });

  it('exits 3 with the fix when the client is unknown, and gives the checks as JSON', async () => {
    const runs = new RunLog();
    const home = await rig.newHome();
    await rig.cli(runs, home, add('wrong', ['--flow', 'password'], 'noSuchClient1'));
    const run = await rig.cli(runs, home, ['doctor', 'wrong', '--output', 'json']);
    expect(run.code).toBe(3);
    const report = JSON.parse(run.stdout) as {
      ok: boolean;
      checks: { id: string; status: string; fix?: string }[];
    };
    expect(report.ok).toBe(false);
    expect(report.checks.find((c) => c.id === 'client')).toMatchObject({
      status: 'fail',
      fix: "Check the app client id and the user pool id (and that the pool is in the profile's region).",
    });
  });

  it('refuses an unknown output format in one sentence', async () => {
    const runs = new RunLog();
    const home = await rig.newHome();
    const run = await rig.cli(runs, home, ['doctor', '--output', 'yaml']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--output must be json/);
  });
});
