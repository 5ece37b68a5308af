// The choice flow at a terminal, in process (a scripted terminal, as in cli-prompts.test.ts):
// the methods Cognito offers are numbered, a code method never asks for the password, and a
// password method asks for it (hidden) only once picked.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { converse } from '../support/scripted-terminal';
import { useDouble } from '../support/use-double';

const POOL_ID = 'eu-west-1_CliChoicePrompts';
const CLIENT = 'choicepromptsclient';
const PASSWORD = 'Choice-Prompt-1!';
const CODE = '864209';

const login = (): string[] => [
  'login',
  ...['--pool-id', POOL_ID, '--client-id', CLIENT, '--endpoint', double.endpoint],
  ...['--username', 'zoe', '--flow', 'choice'],
];

const double = useDouble([
  {
    userPoolId: POOL_ID,
    fixedCode: CODE,
    clients: [{ clientId: CLIENT, flows: ['USER_AUTH', 'REFRESH_TOKEN_AUTH'] }],
    users: [
      {
        username: 'zoe',
        password: PASSWORD,
        email: 'zoe@example.com',
        attributes: { phone_number: '+15555550142' },
      },
    ],
  },
]);

describe('cognito-tokens login --flow choice at a terminal', () => {
  it('numbers the methods, takes the email code, and never asks for the password', async () => {
    const run = await converse(login(), [
      [
        /Choose how to sign in\.\n {2}1\) PASSWORD \(the password\)\n.*4\) SMS_OTP .*\[1-4\]: $/s,
        '3',
      ],
      [/Enter the code sent by email to z\*+@.*\nCode: $/s, CODE],
    ]);
    expect({ code: run.code, unanswered: run.unanswered }, run.screen).toEqual({
      code: 0,
      unanswered: 0,
    });
    expect(JSON.parse(run.stdout)).toMatchObject({ username: 'zoe' });
    expect(run.screen).not.toMatch(/Password: /);
  });

  it('asks for the password, hidden, once PASSWORD_SRP is picked by name', async () => {
    const run = await converse(login(), [
      [/\[1-4\]: $/, 'password_srp'],
      [/Password: $/, PASSWORD],
    ]);
    expect({ code: run.code, unanswered: run.unanswered }, run.screen).toEqual({
      code: 0,
      unanswered: 0,
    });
    expect(JSON.parse(run.stdout)).toMatchObject({ username: 'zoe' });
    expect(run.screen + run.stdout).not.toContain(PASSWORD);
    expect(double.requests.at(-1)?.body).toMatchObject({ ChallengeName: 'PASSWORD_VERIFIER' });
  });

  it('login NAME of a saved choice profile offers the methods first, without asking for the password', async () => {
    const home = mkdtempSync(join(tmpdir(), 'ctm-choice-profile-'));
    const env = {
      COGNITO_TOKEN_MANAGER_HOME: home,
      DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent/ctm',
    };
    const added = await converse(
      [
        'profiles',
        'add',
        'pl',
        '--pool-id',
        POOL_ID,
        '--client-id',
        CLIENT,
        '--endpoint',
        double.endpoint,
        '--username',
        'zoe',
        '--flow',
        'choice',
      ],
      [],
      env,
    );
    expect(added.code, added.screen).toBe(0);
    const run = await converse(
      ['login', 'pl'],
      [
        [/\[1-4\]: $/, '3'],
        [/Code: $/, CODE],
      ],
      env,
    );
    expect({ code: run.code, unanswered: run.unanswered }, run.screen).toEqual({
      code: 0,
      unanswered: 0,
    });
    expect(run.screen).not.toMatch(/Password for zoe/);
    rmSync(home, { recursive: true, force: true });
  });
});
