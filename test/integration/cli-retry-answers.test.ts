// At a terminal a refused answer is asked again with the same Cognito session (up to 3 tries);
// a script's -env answer is not. The password commands in both forms. Strict Cognito double.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse, runScripted as script } from '../support/scripted-terminal';
import { useDouble } from '../support/use-double';

const POOL_ID = 'eu-west-1_CliRetry';
const CLIENT = 'retryclient1';
const PASSWORD = 'Retry-Pass-1!';
const NEW_PASSWORD = 'Retry-Fresh-2!';
const RESET_PASSWORD = 'Retry-Reset-3!';
const CODE = '135790';

let home: string;

const double = useDouble([
  {
    userPoolId: POOL_ID,
    fixedCode: CODE,
    emailAlias: true,
    clients: [{ clientId: CLIENT }],
    users: [
      { username: 'newbie', password: PASSWORD, status: 'FORCE_CHANGE_PASSWORD' },
      {
        username: 'texter',
        password: PASSWORD,
        attributes: { phone_number: '+15555550111' },
        mfa: { sms: true },
      },
      { username: 'forgetful', password: PASSWORD, email: 'forgetful@example.com' },
    ],
  },
]);

beforeAll(() => {
  home = mkdtempSync(join(tmpdir(), 'ctm-cli-retry-'));
});

afterAll(() => {
  rmSync(home, { recursive: true, force: true });
});

const login = (username: string): string[] => [
  'login',
  ...['--pool-id', POOL_ID, '--client-id', CLIENT, '--endpoint', double.endpoint],
  ...['--username', username, '--print', 'id'],
];

describe('a refused answer at a terminal', () => {
  it('asks for the new password again when the policy refuses it, in the same session', async () => {
    const initiates = () => double.requests.filter((r) => r.operation === 'InitiateAuth').length;
    const before = initiates();
    const run = await converse(login('newbie'), [
      [/Password: $/, PASSWORD],
      [/New password: $/, 'short'],
      [/New password \(again\): $/, 'short'],
      [/password policy: .*\nNew password: $/s, NEW_PASSWORD],
      [/New password \(again\): $/, NEW_PASSWORD],
    ]);
    expect({ code: run.code, unanswered: run.unanswered }, run.screen).toEqual({
      code: 0,
      unanswered: 0,
    });
    expect(initiates() - before).toBe(1);
    expect(run.screen).not.toContain(NEW_PASSWORD);
  });

  it('asks for the SMS code again when it is wrong, and gives up after three tries', async () => {
    const again = await converse(login('texter'), [
      [/Password: $/, PASSWORD],
      [/Code: $/, '000000'],
      [/The code is wrong: check it and enter it again\.\nCode: $/, CODE],
    ]);
    expect({ code: again.code, unanswered: again.unanswered }, again.screen).toEqual({
      code: 0,
      unanswered: 0,
    });
    const spent = await converse(login('texter'), [
      [/Password: $/, PASSWORD],
      [/Code: $/, '000001'],
      [/wrong.*\nCode: $/s, '000002'],
      [/wrong.*\nCode: $/s, '000003'],
    ]);
    expect(spent.code, spent.screen).toBe(3);
    expect(spent.screen).toMatch(/The code is wrong: check it and enter it again\.\n$/);
  });

  it('ends a script at once: an -env answer is never asked for again', async () => {
    const run = await script(
      [...login('texter'), '--password-env', 'PW', '--mfa-code-env', 'MFA'],
      {
        PW: PASSWORD,
        MFA: '000000',
      },
    );
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/The code is wrong/);
  });

  it('names an unset variable by its name and flag', async () => {
    const run = await script([...login('texter'), '--password-env', 'CT_NOT_SET'], {});
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      'The environment variable CT_NOT_SET (named by --password-env) is not set or is empty.',
    );
  });
});

describe('cognito-tokens password forgot', () => {
  const env = () => ({ COGNITO_TOKEN_MANAGER_HOME: home });

  beforeAll(async () => {
    const added = await script(
      [
        ...['profiles', 'add', 'forget', '--pool-id', POOL_ID, '--client-id', CLIENT],
        ...['--endpoint', double.endpoint, '--username', 'forgetful@example.com'],
      ],
      env(),
    );
    expect(added.code, added.stderr).toBe(0);
  });

  it('sends the code, then takes it and the new password, asking again for a wrong code', async () => {
    const run = await converse(
      ['password', 'forgot', 'forget'],
      [
        [/sent a reset code to \S+ by email for forgetful@example\.com\.\nCode: $/s, '999999'],
        [/New password: $/, RESET_PASSWORD],
        [/New password \(again\): $/, RESET_PASSWORD],
        [/The code is wrong: check it and enter it again\.\nCode: $/, CODE],
      ],
      env(),
    );
    expect({ code: run.code, unanswered: run.unanswered }, run.screen).toEqual({
      code: 0,
      unanswered: 0,
    });
    expect(run.screen).toContain(
      'The password of forgetful@example.com is reset; sign in with cognito-tokens login forget.',
    );
    expect(run.screen).not.toContain('forgetful@example.com by');
    const signIn = await script([...login('forgetful'), '--password-env', 'PW'], {
      PW: RESET_PASSWORD,
    });
    expect(signIn.code, signIn.stderr).toBe(0);
  });

  it('in a script takes both from -env flags and exits 3 with the policy sentence', async () => {
    const run = await script(
      ['password', 'forgot', 'forget', '--code-env', 'C', '--new-password-env', 'N'],
      {
        ...env(),
        C: CODE,
        N: 'weak',
      },
    );
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/does not meet the user pool's password policy/);
    expect(run.stderr).not.toContain('weak');
  });

  it('refuses to start in a script without both -env flags, before Cognito sends anything', async () => {
    const sent = () => double.requests.filter((r) => r.operation === 'ForgotPassword').length;
    const before = sent();
    const run = await script(['password', 'forgot', 'forget'], env());
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/pass --code-env VAR and --new-password-env VAR/);
    expect(sent()).toBe(before);
  });
});
