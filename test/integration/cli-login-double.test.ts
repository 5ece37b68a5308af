// cognito-tokens login as a child process against the strict Cognito double: SRP (the default
// flow), SECRET_HASH with an email alias, challenges answered from flags and environment.
// Failures are in cli-login-double-errors.test.ts.
import { beforeAll, describe, expect, it } from 'vitest';
import { totpCode } from '../support/cognito-local-totp';
import { type DoubleUser } from '../support/cognito-double';
import {
  ensureCliBuilt,
  expectNoLeaks,
  expectTokenJson,
  jwtPayload,
  runCli,
  type CliRunOptions,
  loginArgs,
} from '../support/run-cli';
import { useDouble } from '../support/use-double';

const POOL_ID = 'eu-west-1_CliDouble';
const PUBLIC_CLIENT = 'cli-public-client';
const SECRET_CLIENT = 'cli-secret-client';
const CLIENT_SECRET = 'cli-double-client-secret-0123456789abcdef';
const PASSWORD = 'Double-Pass-1!';
const TEMP_PASSWORD = 'Temp-Double-1!';
const NEW_PASSWORD = 'Fresh-Double-2!';
const TOTP_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const SMS_CODE = '654321';
/** Everything that must never be printed. */
const SECRETS = [PASSWORD, TEMP_PASSWORD, NEW_PASSWORD, CLIENT_SECRET, TOTP_SECRET];

const users: DoubleUser[] = [
  { username: 'ada', password: PASSWORD, email: 'ada@example.com' },
  { username: '7d3c1a52-grace', password: PASSWORD, email: 'grace@example.com' },
  {
    username: 'newbie',
    password: TEMP_PASSWORD,
    status: 'FORCE_CHANGE_PASSWORD',
    requiredAttributes: ['given_name', 'family_name'],
  },
  { username: 'totp-user', password: PASSWORD, mfa: { totpSecret: TOTP_SECRET } },
  {
    username: 'chooser',
    password: PASSWORD,
    attributes: { phone_number: '+15555550123' },
    mfa: { sms: true, totpSecret: TOTP_SECRET },
  },
];

/** login's connection flags for the double, plus the given ones. */
const login = (client: string, ...rest: string[]): string[] =>
  loginArgs(POOL_ID, double.endpoint, client, ...rest);

const withPassword = (extra: Record<string, string> = {}): CliRunOptions => ({
  env: { CT_PW: PASSWORD, ...extra },
});

const double = useDouble([
  {
    userPoolId: POOL_ID,
    emailAlias: true,
    fixedCode: SMS_CODE,
    clients: [
      { clientId: PUBLIC_CLIENT },
      { clientId: SECRET_CLIENT, clientSecret: CLIENT_SECRET },
    ],
    users,
  },
]);

beforeAll(async () => {
  await ensureCliBuilt();
}, 120_000);

describe('cognito-tokens login against the Cognito double', () => {
  it('signs in with SRP by default and prints the tokens as JSON', async () => {
    const run = await runCli(
      login(PUBLIC_CLIENT, '--username', 'ada', '--password-env', 'CT_PW'),
      withPassword(),
    );
    const output = expectTokenJson(run);
    expect(output.username).toBe('ada');
    expect(jwtPayload(output.idToken)).toMatchObject({
      'cognito:username': 'ada',
      token_use: 'id',
    });
    expect(double.requests.some((r) => r.body.AuthFlow === 'USER_SRP_AUTH')).toBe(true);
    expectNoLeaks(run, SECRETS);
  });

  it('--print id prints only the id token and a newline', async () => {
    const run = await runCli(
      login(PUBLIC_CLIENT, '--username', 'ada', '--password-env', 'CT_PW', '--print', 'id'),
      withPassword(),
    );
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
    expect(run.stdout).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+\n$/);
    expect(jwtPayload(run.stdout.trim())).toMatchObject({ token_use: 'id' });
    expectNoLeaks(run, SECRETS);
  });

  it('uses the client secret from --client-secret-env with an email alias', async () => {
    const args = login(SECRET_CLIENT, '--username', 'grace@example.com', '--password-env', 'CT_PW');
    const run = await runCli(
      [...args, '--client-secret-env', 'CT_SECRET'],
      withPassword({ CT_SECRET: CLIENT_SECRET }),
    );
    const output = expectTokenJson(run);
    // The internal name, which SECRET_HASH needs from here on, not the alias typed.
    expect(output.username).toBe('7d3c1a52-grace');
    expectNoLeaks(run, SECRETS);
  });

  it('walks NEW_PASSWORD_REQUIRED with --new-password-env and --attribute', async () => {
    const args = login(
      PUBLIC_CLIENT,
      '--username',
      'newbie',
      '--password-env',
      'CT_PW',
      '--new-password-env',
      'CT_NEW',
    );
    const attributes = ['--attribute', 'given_name=Ada', '--attribute', 'family_name=Lovelace'];
    const run = await runCli([...args, ...attributes], {
      env: { CT_PW: TEMP_PASSWORD, CT_NEW: NEW_PASSWORD },
    });
    const output = expectTokenJson(run);
    expect(jwtPayload(output.idToken)).toMatchObject({
      given_name: 'Ada',
      family_name: 'Lovelace',
    });
    expect(run.stderr).toContain('Choose a new password');
    expectNoLeaks(run, SECRETS);
  });

  it('answers SOFTWARE_TOKEN_MFA from --mfa-code-env', async () => {
    const code = await totpCode(TOTP_SECRET);
    const args = login(
      PUBLIC_CLIENT,
      '--username',
      'totp-user',
      '--password-env',
      'CT_PW',
      '--mfa-code-env',
      'CT_CODE',
    );
    const run = await runCli(args, withPassword({ CT_CODE: code }));
    expect(expectTokenJson(run).username).toBe('totp-user');
    expect(run.stderr).toContain('authenticator app');
    expectNoLeaks(run, [...SECRETS, code]);
  });

  it('answers SELECT_MFA_TYPE with --mfa-type, then the SMS code', async () => {
    const args = login(
      PUBLIC_CLIENT,
      '--username',
      'chooser',
      '--password-env',
      'CT_PW',
      '--mfa-code-env',
      'CT_CODE',
    );
    const run = await runCli(
      [...args, '--mfa-type', 'SMS_MFA'],
      withPassword({ CT_CODE: SMS_CODE }),
    );
    expect(expectTokenJson(run).username).toBe('chooser');
    expect(run.stderr).toContain('+*******0123');
    expectNoLeaks(run, SECRETS);
  });
});
