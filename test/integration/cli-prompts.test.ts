// The interactive path of cognito-tokens login, in process: a scripted "terminal" (stdin in
// readline's terminal mode, stderr watched for prompts) answers each prompt as a person would,
// against the strict Cognito double. A real pseudo-TTY is not available to CI.
import { describe, expect, it } from 'vitest';
import { converse } from '../support/scripted-terminal';
import { totpCode } from '../support/cognito-local-totp';
import { useDouble } from '../support/use-double';

const POOL_ID = 'eu-west-1_CliPrompts';
const CLIENT = 'prompts-client';
const SECRET_CLIENT = 'prompts-secret-client';
const CLIENT_SECRET = 'prompts-client-secret-abcdef0123456789';
const PASSWORD = 'Prompt-Pass-1!';
const NEW_PASSWORD = 'Prompt-Fresh-2!';
const TOTP_SECRET = 'KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU';

const login = (username: string, client = CLIENT): string[] => [
  'login',
  '--pool-id',
  POOL_ID,
  '--client-id',
  client,
  '--endpoint',
  double.endpoint,
  '--username',
  username,
];

function expectClean(screen: string, stdout: string, secrets: string[]): void {
  for (const secret of secrets) expect(screen).not.toContain(secret);
  for (const secret of secrets) expect(stdout).not.toContain(secret);
  expect(screen).not.toContain('    at ');
}

const double = useDouble([
  {
    userPoolId: POOL_ID,
    fixedCode: '246810',
    clients: [{ clientId: CLIENT }, { clientId: SECRET_CLIENT, clientSecret: CLIENT_SECRET }],
    users: [
      {
        username: 'newbie',
        password: PASSWORD,
        status: 'FORCE_CHANGE_PASSWORD',
        requiredAttributes: ['given_name'],
      },
      {
        username: 'chooser',
        password: PASSWORD,
        attributes: { phone_number: '+15555550100' },
        mfa: { sms: true, totpSecret: TOTP_SECRET },
      },
      { username: 'setup', password: PASSWORD, mfa: { setupRequired: true } },
      { username: 'withheld', password: PASSWORD, mfa: { setupRequired: true } },
      { username: 'plain', password: PASSWORD },
    ],
  },
]);

describe('cognito-tokens login at a terminal', () => {
  it('hides the password, asks the new password twice until both match, then asks the attribute', async () => {
    const run = await converse(login('newbie'), [
      [/Password: $/, PASSWORD],
      [/New password: $/, NEW_PASSWORD],
      [/New password \(again\): $/, 'Typo-Pass-3!'],
      [/differ; try again\.\nNew password: $/, NEW_PASSWORD],
      [/New password \(again\): $/, NEW_PASSWORD],
      [/Given name: $/, 'Ada'],
    ]);
    expect({ code: run.code, unanswered: run.unanswered }, run.screen).toEqual({
      code: 0,
      unanswered: 0,
    });
    expect(JSON.parse(run.stdout)).toMatchObject({ username: 'newbie' });
    expect(run.screen).toContain('Ada');
    expect(run.screen).toContain('Signed in as newbie.');
    expectClean(run.screen, run.stdout, [PASSWORD, NEW_PASSWORD, 'Typo-Pass-3!']);
  });

  it('numbers the MFA choices, takes a number, then the SMS code', async () => {
    const run = await converse(login('chooser'), [
      [/Password: $/, PASSWORD],
      [/1\) SMS_MFA\n {2}2\) SOFTWARE_TOKEN_MFA\n.*\[1-2\]: $/, '3'],
      [/Enter a number from 1 to 2\.\n.*\[1-2\]: $/, '1'],
      [/\+\*+0100.*\nCode: $/s, '246810'],
    ]);
    expect({ code: run.code, unanswered: run.unanswered }, run.screen).toEqual({
      code: 0,
      unanswered: 0,
    });
    expect(JSON.parse(run.stdout)).toMatchObject({ username: 'chooser' });
    expectClean(run.screen, run.stdout, [PASSWORD]);
  });

  it('withholds the setup key when stderr is not a terminal, unless --show-setup-uri', async () => {
    const withheld = await converse(
      login('setup'),
      [[/Password: $/, PASSWORD]],
      {},
      {
        stderrIsTerminal: false,
      },
    );
    expect(withheld.code).toBe(2);
    expect(withheld.screen).toContain('its setup key is withheld because stderr is not a terminal');
    expect(withheld.screen).not.toContain('otpauth://');
    const codeFromUri = async (screen: string): Promise<string> => {
      const secret = /otpauth:\/\/\S*[?&]secret=([A-Z2-7]+)/.exec(screen)?.[1];
      if (!secret) throw new Error(`no otpauth URI on screen:\n${screen}`);
      return totpCode(secret);
    };
    const shown = await converse(
      [...login('withheld'), '--show-setup-uri'],
      [
        [/Password: $/, PASSWORD],
        [/otpauth:\/\/totp\/.*\n.*: $/s, codeFromUri],
      ],
      {},
      { stderrIsTerminal: false },
    );
    expect({ code: shown.code, unanswered: shown.unanswered }, shown.screen).toEqual({
      code: 0,
      unanswered: 0,
    });
  });

  it('shows the otpauth URI at MFA_SETUP and accepts the first code from it', async () => {
    const codeFromUri = async (screen: string): Promise<string> => {
      const secret = /otpauth:\/\/\S*[?&]secret=([A-Z2-7]+)/.exec(screen)?.[1];
      if (!secret) throw new Error(`no otpauth URI on screen:\n${screen}`);
      return totpCode(secret);
    };
    const run = await converse(login('setup'), [
      [/Password: $/, PASSWORD],
      [/otpauth:\/\/totp\/.*\n.*: $/s, codeFromUri],
    ]);
    expect({ code: run.code, unanswered: run.unanswered }, run.screen).toEqual({
      code: 0,
      unanswered: 0,
    });
    expect(JSON.parse(run.stdout)).toMatchObject({ username: 'setup' });
    expect(run.stdout).not.toContain('otpauth://');
  });

  it('asks for the client secret hidden with --client-secret-prompt', async () => {
    const run = await converse(
      [...login('plain', SECRET_CLIENT), '--client-secret-prompt', '--print', 'id'],
      [
        [/Client secret: $/, CLIENT_SECRET],
        [/Password: $/, PASSWORD],
      ],
    );
    expect({ code: run.code, unanswered: run.unanswered }, run.screen).toEqual({
      code: 0,
      unanswered: 0,
    });
    expect(run.stdout).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+\n$/);
    expectClean(run.screen, run.stdout, [PASSWORD, CLIENT_SECRET]);
  });

  it('Ctrl-C at the password prompt cancels with exit 130', async () => {
    const run = await converse(login('plain'), [[/Password: $/, '\x03']]);
    expect(run.code).toBe(130);
    expect(run.stdout).toBe('');
    expect(run.screen).toMatch(/cognito-tokens: Cancelled\.\n$/);
  });
});
